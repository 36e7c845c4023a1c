import Chip from '@material-ui/core/Chip';
import type { DecisionStatus } from '@stackscore/plugin-stackscore-common';

// Colours that read on both the light and the dark Backstage theme, with white text.
const statusColours: Record<DecisionStatus, string> = {
  proposed: '#1565c0',
  accepted: '#2e7d32',
  rejected: '#c62828',
  deprecated: '#616161',
  superseded: '#ef6c00',
};

/**
 * A decision's status as a coloured chip labelled with the status itself ("accepted", "superseded").
 *
 * @internal
 */
export function DecisionStatusChip({ status }: { status: DecisionStatus }) {
  return (
    <Chip
      size="small"
      label={status}
      style={{ backgroundColor: statusColours[status], color: '#fff' }}
    />
  );
}
