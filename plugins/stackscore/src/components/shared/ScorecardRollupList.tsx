import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  ScorecardRollupResponse,
  getScorecard,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { percent } from './levels';
import { LevelDistributionBar } from './LevelDistributionBar';

/**
 * Per scorecard, the mean score and how the services spread over the levels. The full form (tab) has a legend
 * with counts under each bar; the compact form (card) puts title, thin bar and mean on one line.
 *
 * @internal
 */
export function ScorecardRollupList({
  rollup,
  compact = false,
}: {
  rollup: ScorecardRollupResponse;
  compact?: boolean;
}) {
  return (
    <Box display="flex" flexDirection="column" gridGap={compact ? 8 : 16}>
      {scorecardIds.map(id => {
        const title = getScorecard(id)?.title ?? id;
        const distribution = rollup.levelDistribution[id];
        const average = rollup.averages[id];
        const mean = average === undefined ? 'n/a' : `mean ${percent(average)}`;
        if (compact) {
          return (
            <Box key={id} display="flex" alignItems="center" gridGap={12}>
              <Typography variant="body2" style={{ flex: '0 0 40%' }}>
                {title}
              </Typography>
              <Box flex={1}>
                {distribution ? (
                  <LevelDistributionBar
                    distribution={distribution}
                    label={title}
                    compact
                  />
                ) : (
                  <Typography variant="caption" color="textSecondary">
                    applies to no service
                  </Typography>
                )}
              </Box>
              <Typography
                variant="body2"
                style={{ flex: '0 0 auto', minWidth: 80, textAlign: 'right' }}
              >
                {mean}
              </Typography>
            </Box>
          );
        }
        return (
          <Box key={id}>
            <Box display="flex" justifyContent="space-between" mb={0.5}>
              <Typography variant="subtitle2">{title}</Typography>
              <Typography variant="subtitle2">{mean}</Typography>
            </Box>
            {distribution ? (
              <LevelDistributionBar distribution={distribution} label={title} />
            ) : (
              <Typography variant="caption" color="textSecondary">
                Applies to nothing scored here.
              </Typography>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
