import Chip from '@material-ui/core/Chip';
import type {
  CampaignHealth,
  RemediationStatus,
} from '@stackscore/plugin-stackscore-common';
import { healthLabels, statusLabels } from './format';

const statusColours: Record<RemediationStatus, string> = {
  open: '#c62828',
  'in-progress': '#ef6c00',
  exempted: '#6a1b9a',
  resolved: '#2e7d32',
};

const healthColours: Record<CampaignHealth, string> = {
  'not-started': '#757575',
  'on-track': '#2e7d32',
  'at-risk': '#ef6c00',
  overdue: '#c62828',
  complete: '#1565c0',
};

/**
 * A remediation item's status as a small coloured chip.
 *
 * @internal
 */
export function StatusChip({ status }: { status: RemediationStatus }) {
  return (
    <Chip
      size="small"
      label={statusLabels[status]}
      style={{ backgroundColor: statusColours[status], color: '#fff' }}
    />
  );
}

/**
 * A campaign's (or team's) health as a small coloured chip.
 *
 * @internal
 */
export function HealthChip({ health }: { health: CampaignHealth }) {
  return (
    <Chip
      size="small"
      label={healthLabels[health]}
      style={{ backgroundColor: healthColours[health], color: '#fff' }}
    />
  );
}
