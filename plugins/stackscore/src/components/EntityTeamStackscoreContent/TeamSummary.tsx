import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { TeamScoresResponse } from '@stackscore/plugin-stackscore-common';
import { ScorecardRollupList } from '../shared/ScorecardRollupList';

/**
 * How many services the group has scored, and per scorecard their mean score and level distribution.
 *
 * @internal
 */
export function TeamSummary({ scores }: { scores: TeamScoresResponse }) {
  const subgroups = scores.team.subgroups.length;
  return (
    <InfoCard title="Summary">
      <Box display="flex" alignItems="baseline" gridGap={8} mb={2}>
        <Typography variant="h3" component="span">
          {scores.total}
        </Typography>
        <Typography variant="body1" component="span">
          {scores.total === 1 ? 'service scored' : 'services scored'}
        </Typography>
        {subgroups > 0 && (
          <Typography variant="body2" color="textSecondary" component="span">
            (including {subgroups} {subgroups === 1 ? 'subgroup' : 'subgroups'})
          </Typography>
        )}
      </Box>
      <ScorecardRollupList rollup={scores} />
    </InfoCard>
  );
}
