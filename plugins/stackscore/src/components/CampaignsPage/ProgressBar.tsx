import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { CampaignProgress } from '@stackscore/plugin-stackscore-common';

/**
 * Compliant out of in scope as a bar with the numbers beside it.
 *
 * @internal
 */
export function ProgressBar({ progress }: { progress: CampaignProgress }) {
  const percent = Math.round(progress.ratio * 100);
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      <Box flex={1}>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-label={`${progress.compliant} of ${progress.inScope} compliant`}
        />
      </Box>
      <Typography variant="body2" style={{ whiteSpace: 'nowrap' }}>
        {progress.compliant} / {progress.inScope} ({percent}%)
      </Typography>
    </Box>
  );
}
