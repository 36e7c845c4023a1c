import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { useNavigate } from 'react-router-dom';
import { stackscoreDecisionCreatePermission } from '@stackscore/plugin-stackscore-common';
import { CheckCatalogue } from '../CheckCatalogue';
import { stackDraftDecision } from '../DecisionEditor';
import { DecisionsPage, NewDecisionState } from '../DecisionsPage';
import { OrgOverview } from '../OrgOverview';
import { RadarPage } from '../RadarPage';
import { RunsPanel } from '../RunsPanel';
import { RemediationBoard } from '../RemediationBoard';
import { CampaignsPage } from '../CampaignsPage';
import { StackDecisionsPage } from '../StackDecisionsPage';
import { TeamsTab } from '../TeamsLeaderboard';
import { useDecisionLinks } from '../shared/decisionLinks';

/** The Stack decisions tab, whose recommendations people allowed to write decisions can record as one. */
function StackDecisionsTab() {
  const navigate = useNavigate();
  const links = useDecisionLinks();
  const { allowed } = usePermission({
    permission: stackscoreDecisionCreatePermission,
  });
  return (
    <StackDecisionsPage
      onRecordDecision={
        allowed
          ? draft =>
              navigate(links.newDecision(), {
                state: {
                  draft: stackDraftDecision(draft),
                } satisfies NewDecisionState,
              })
          : undefined
      }
    />
  );
}

/**
 * The body of the Stackscore page, without page chrome; the new frontend system supplies its own title bar.
 * Tabs are routed relative to wherever the page is mounted: Overview at its root, then `teams`, `checks`
 * (which opens `?check=<id>`), `radar` (`?team=<group ref>&entry=<id>`), `stack` (`?team=<group ref>`),
 * `decisions` (the list, `decisions/new` and `decisions/<id>`), `remediation` (`?team=`, `?campaign=`,
 * `?check=`, `?assignee=me`, `?item=`), `campaigns` (the list, `campaigns/new`, `campaigns/<id>` and
 * `campaigns/<id>/edit`) and `runs`.
 *
 * @public
 */
export function StackscoreContent() {
  return (
    <TabbedLayout>
      <TabbedLayout.Route path="/" title="Overview">
        <OrgOverview />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/teams" title="Teams">
        <TeamsTab />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/checks" title="Checks">
        <CheckCatalogue />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/radar" title="Radar">
        <RadarPage />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/stack" title="Stack decisions">
        <StackDecisionsTab />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/decisions" title="Decisions">
        <DecisionsPage />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/remediation" title="Remediation">
        <RemediationBoard />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/campaigns" title="Campaigns">
        <CampaignsPage />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/runs" title="Runs">
        <RunsPanel />
      </TabbedLayout.Route>
    </TabbedLayout>
  );
}

/**
 * The `/stackscore` page with its header, for apps on the legacy frontend system.
 *
 * @public
 */
export function StackscorePage() {
  return (
    <Page themeId="tool">
      <Header
        title="Stackscore"
        subtitle="Engineering guidance, scored: SLOs, observability, security and supply chain"
      />
      <StackscoreContent />
    </Page>
  );
}
