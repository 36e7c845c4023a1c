import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { usePermission } from '@backstage/plugin-permission-react';
import { stackscoreRunCreatePermission } from '@stackscore/plugin-stackscore-common';

const deniedReason = `Starting a run needs the ${stackscoreRunCreatePermission.name} permission.`;

/**
 * "Start run", enabled only for people allowed to start scoring runs; others see why it is disabled.
 *
 * @internal
 */
export function StartRunButton({
  starting,
  onStart,
}: {
  starting: boolean;
  onStart: () => void;
}) {
  const { loading, allowed } = usePermission({
    permission: stackscoreRunCreatePermission,
  });
  const button = (
    <Button
      variant="contained"
      color="primary"
      disabled={loading || !allowed || starting}
      onClick={onStart}
    >
      {starting ? 'Starting…' : 'Start run'}
    </Button>
  );
  if (loading || allowed) return button;
  return (
    <Box display="flex" alignItems="center" gridGap={12}>
      <Typography variant="caption" color="textSecondary">
        {deniedReason}
      </Typography>
      <Tooltip title={deniedReason}>
        {/* A disabled button fires no events, so the tooltip listens on a wrapper. */}
        <span>{button}</span>
      </Tooltip>
    </Box>
  );
}
