import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreApiRef } from '../../api';
import { ScorecardOverview } from '../ScorecardOverview';
import { TeamsLeaderboardCard } from './TeamsLeaderboardCard';
import { MostFailedChecks } from './MostFailedChecks';
import { OrganisationTotals } from './OrganisationTotals';
import { runsLink } from './links';
import { YourTeamItems } from './YourTeamItems';

/** How many teams the overview ranks; the Teams tab lists them all. */
const leaderboardSize = 10;

/**
 * The Overview tab: organisation totals per scorecard, the most failed checks, the signed-in user's teams'
 * open remediation items, the ten best teams, then
 * the four scorecards and their checks per level. When nothing has been scored yet it says how to get
 * scores instead.
 *
 * @internal
 */
export function OrgOverview() {
  const api = useApi(stackscoreApiRef);
  const overview = useAsync(() => api.getOverview(), [api]);
  // Only the titles of the most failed checks come from the catalogue: if it cannot be read the ids are
  // shown, so its failure does not hide the overview.
  const catalogue = useAsync(() => api.getChecks(), [api]);

  if (overview.loading) return <Progress />;
  if (overview.error) return <ResponseErrorPanel error={overview.error} />;
  const value = overview.value;

  if (!value || value.totals.entities === 0) {
    return (
      <>
        <EmptyState
          missing="data"
          title="Nothing scored yet"
          description="Stackscore scores every catalog component on a schedule (stackscore.schedule in app-config; the first run starts shortly after the backend starts). To score the catalog now, start a run from the Runs tab."
          action={
            <Button
              variant="contained"
              color="primary"
              component={RouterLink}
              to={runsLink}
            >
              Go to Runs
            </Button>
          }
        />
        <Box mt={3}>
          <ScorecardOverview />
        </Box>
      </>
    );
  }

  const definitions = new Map(
    (catalogue.value?.items ?? []).map(d => [d.id, d] as const),
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={5}>
        <OrganisationTotals totals={value.totals} />
      </Grid>
      <Grid item xs={12} lg={7}>
        <MostFailedChecks
          checks={value.mostFailedChecks}
          definitions={definitions}
        />
        {catalogue.error && (
          <Typography variant="caption" color="textSecondary">
            Check titles could not be loaded ({catalogue.error.message}); ids
            are shown instead.
          </Typography>
        )}
      </Grid>
      <Grid item xs={12}>
        <YourTeamItems />
      </Grid>
      <Grid item xs={12}>
        <TeamsLeaderboardCard teams={value.teams} size={leaderboardSize} />
      </Grid>
      <Grid item xs={12}>
        <ScorecardOverview />
      </Grid>
    </Grid>
  );
}
