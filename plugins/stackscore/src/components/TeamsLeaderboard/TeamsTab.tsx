import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreApiRef } from '../../api';
import { TeamsLeaderboard } from './TeamsLeaderboard';

/**
 * The Teams tab: every owner of a scored entity in one table, sortable by name, entity count, mean score
 * or any scorecard.
 *
 * @internal
 */
export function TeamsTab() {
  const api = useApi(stackscoreApiRef);
  const { value, loading, error } = useAsync(() => api.getOverview(), [api]);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value || value.teams.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No teams yet"
        description="Teams appear once their entities have been scored. Scoring runs on the schedule configured under stackscore.schedule; start one now from the Runs tab."
      />
    );
  }
  return (
    <InfoCard
      title="Teams"
      subheader={`${value.teams.length} owners · click a column header to sort · cells show each scorecard's mean score, outlined in the median level`}
      noPadding
    >
      <TeamsLeaderboard teams={value.teams} sortable />
    </InfoCard>
  );
}
