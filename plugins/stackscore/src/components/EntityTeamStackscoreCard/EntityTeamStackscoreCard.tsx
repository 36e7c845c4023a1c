import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
// Straight from the modules rather than the folder's index, so the card's chunk does not pull in the
// heatmap and the chart.
import { LevelLegend } from '../shared/LevelDistributionBar';
import { NoScoredServicesText } from '../EntityTeamStackscoreContent/NoScoredServices';
import { ScorecardRollupList } from '../shared/ScorecardRollupList';
import { TeamNotFound } from '../EntityTeamStackscoreContent/TeamNotFound';
import { isNotFound } from '../EntityTeamStackscoreContent/errors';
import { useTeamScores } from '../EntityTeamStackscoreContent/useTeamScores';

/** The group's Stackscore tab, built from the entity route so it is right whichever tab the card sits on. */
function useTeamTabLink(): string {
  const { entity } = useEntity();
  const entityRoute = useRouteRef(entityRouteRef);
  return `${entityRoute(entityRouteParams(entity))}/stackscore`;
}

/**
 * The group overview card: how many services the group (with its subgroups) has scored and, per scorecard,
 * their level distribution and mean score, with a link to the group's Stackscore tab. Reads a single row of
 * the rollup, since its figures cover every service regardless of page size.
 *
 * @public
 */
export function EntityTeamStackscoreCard() {
  const { value, loading, error } = useTeamScores({
    includeSubgroups: true,
    scope: 'summary',
  });
  const tabLink = useTeamTabLink();

  if (loading) return <Progress />;
  if (isNotFound(error)) return <TeamNotFound />;
  if (error) return <ResponseErrorPanel error={error} />;

  if (!value || value.total === 0) {
    return (
      <InfoCard title="Stackscore" subheader="No scored services">
        <NoScoredServicesText includeSubgroups />
      </InfoCard>
    );
  }

  return (
    <InfoCard
      title="Stackscore"
      subheader={`${value.total} ${
        value.total === 1 ? 'service' : 'services'
      } scored`}
      deepLink={{ title: 'View all', link: tabLink }}
    >
      <ScorecardRollupList rollup={value} compact />
      <Box mt={2}>
        <Typography variant="caption" color="textSecondary">
          Services per level
        </Typography>
        <LevelLegend />
      </Box>
    </InfoCard>
  );
}
