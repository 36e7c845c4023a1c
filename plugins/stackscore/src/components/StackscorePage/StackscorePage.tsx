import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { CheckCatalogue } from '../CheckCatalogue';
import { OrgOverview } from '../OrgOverview';
import { RadarPage } from '../RadarPage';
import { RunsPanel } from '../RunsPanel';
import { StackDecisionsPage } from '../StackDecisionsPage';
import { TeamsTab } from '../TeamsLeaderboard';

/**
 * The body of the Stackscore page, without page chrome; the new frontend system supplies its own title bar.
 * Tabs are routed relative to wherever the page is mounted: Overview at its root, then `teams`, `checks`
 * (which opens `?check=<id>`), `radar` (`?team=<group ref>&entry=<id>`), `stack` (`?team=<group ref>`) and
 * `runs`.
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
        <StackDecisionsPage />
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
