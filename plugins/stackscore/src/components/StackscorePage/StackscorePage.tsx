import {
  Content,
  ContentHeader,
  Header,
  Page,
  SupportButton,
} from '@backstage/core-components';
import { ScorecardOverview } from '../ScorecardOverview';

/**
 * The body of the Stackscore page, without page chrome; the new frontend system supplies its own title bar.
 *
 * @public
 */
export function StackscoreContent() {
  return (
    <Content>
      <ContentHeader title="Scorecards">
        <SupportButton>
          Every service is scored against these four scorecards. A level is
          reached when every applicable check at that level and below passes.
        </SupportButton>
      </ContentHeader>
      <ScorecardOverview />
    </Content>
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
