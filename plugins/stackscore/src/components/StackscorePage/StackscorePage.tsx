import {
  Content,
  ContentHeader,
  Header,
  Page,
  SupportButton,
} from '@backstage/core-components';
import { ScorecardOverview } from '../ScorecardOverview';

/**
 * The `/stackscore` page.
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
      <Content>
        <ContentHeader title="Scorecards">
          <SupportButton>
            Every service is scored against these four scorecards. A level is
            reached when every applicable check at that level and below passes.
          </SupportButton>
        </ContentHeader>
        <ScorecardOverview />
      </Content>
    </Page>
  );
}
