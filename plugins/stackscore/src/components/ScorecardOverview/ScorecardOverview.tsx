import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import type { ScorecardSummary } from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { levelColours } from '../shared/levels';

function ScorecardCard({ scorecard }: { scorecard: ScorecardSummary }) {
  return (
    <InfoCard
      title={scorecard.title}
      subheader={`${scorecard.totalChecks} checks`}
    >
      <Typography variant="body2" paragraph>
        {scorecard.description}
      </Typography>
      <Box display="flex" gridGap={8} flexWrap="wrap">
        {scorecard.levels.map(level => (
          <Chip
            key={level}
            size="small"
            label={`${level}: ${scorecard.checkCounts[level] ?? 0}`}
            style={{
              backgroundColor: levelColours[level].background,
              color: levelColours[level].text,
            }}
          />
        ))}
      </Box>
    </InfoCard>
  );
}

/**
 * The four scorecards with their descriptions and how many checks each level asks for.
 *
 * @public
 */
export function ScorecardOverview() {
  const api = useApi(stackscoreApiRef);
  const { value, loading, error } = useAsync(() => api.getScorecards(), [api]);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value || value.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No scorecards"
        description="The Stackscore backend returned no scorecards; check that its catalogue loaded (see the backend log)."
      />
    );
  }

  return (
    <Grid container spacing={3}>
      {value.map(scorecard => (
        <Grid item xs={12} md={6} key={scorecard.id}>
          <ScorecardCard scorecard={scorecard} />
        </Grid>
      ))}
    </Grid>
  );
}
