import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { RunProgress } from './RunProgress';
import { RunsTable } from './RunsTable';
import { StartRunButton } from './StartRunButton';
import { useRuns } from './useRuns';

/**
 * Props of {@link RunsPanel}.
 *
 * @internal
 */
export interface RunsPanelProps {
  /** How often running runs are re-read, in milliseconds (default one second). */
  pollIntervalMs?: number;
}

/**
 * The Runs tab: scoring runs newest first with older pages on request, "Start run" for people allowed to,
 * and live progress of the current run, polled while it runs and kept at its final figures afterwards.
 *
 * @internal
 */
export function RunsPanel({ pollIntervalMs = 1000 }: RunsPanelProps) {
  const {
    runs,
    loading,
    error,
    nextCursor,
    loadOlder,
    olderState,
    start,
    startState,
    followed,
    pollError,
  } = useRuns(pollIntervalMs);

  const action = (
    <StartRunButton starting={startState.loading} onStart={() => start()} />
  );

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else if (runs.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No runs yet"
        description="Runs score the catalog's components. They start on the schedule configured under stackscore.schedule (shortly after the backend starts, then at its frequency), or now with Start run."
      />
    );
  } else {
    body = (
      <>
        <RunsTable runs={runs} />
        {olderState.error && <ResponseErrorPanel error={olderState.error} />}
        {nextCursor && (
          <Box mt={2} textAlign="center">
            <Button
              variant="outlined"
              disabled={olderState.loading}
              onClick={() => loadOlder()}
            >
              {olderState.loading ? 'Loading…' : 'Load older runs'}
            </Button>
          </Box>
        )}
      </>
    );
  }

  return (
    <InfoCard
      title="Scoring runs"
      subheader="Each run scores the catalog's components; unchanged ones are skipped"
      action={
        <Box pt={1} pr={1}>
          {action}
        </Box>
      }
    >
      {startState.error && <ResponseErrorPanel error={startState.error} />}
      {followed && <RunProgress run={followed} />}
      {pollError && (
        <Typography variant="caption" color="error" paragraph>
          Could not refresh the run’s progress ({pollError.message}); retrying.
        </Typography>
      )}
      {body}
    </InfoCard>
  );
}
