import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { RunResponse } from '@stackscore/plugin-stackscore-common';
import { runProgress } from './format';

/**
 * Progress of one run: a determinate bar (labelled "Run progress" so tests and assistive technology can
 * read its value) and "N of M · P%".
 *
 * @internal
 */
export function RunProgress({ run }: { run: RunResponse }) {
  const { processed, total, percent } = runProgress(run);
  const heading =
    run.status === 'running' ? 'Run in progress' : `Run ${run.status}`;
  return (
    <Box mb={2}>
      <Typography variant="subtitle2">
        {heading} · {run.trigger} · started{' '}
        {new Date(run.startedAt).toLocaleString()}
      </Typography>
      <Box my={1}>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-label="Run progress"
        />
      </Box>
      <Box display="flex" gridGap={12} aria-live="polite">
        <Typography variant="body2">
          {processed} of {total} · {percent}%
        </Typography>
        {(run.failed > 0 || run.skipped > 0) && (
          <Typography variant="body2" color="textSecondary">
            {run.done - run.failed - run.skipped} scored, {run.failed} failed,{' '}
            {run.skipped} unchanged
          </Typography>
        )}
      </Box>
    </Box>
  );
}
