import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type {
  CheckDefinition,
  CheckResult,
  ExemptionResponse,
} from '@stackscore/plugin-stackscore-common';
import { EvidenceList } from '../shared/EvidenceList';
import { why } from '../shared/guidance';
import { RequestExemptionDialog } from './RequestExemptionDialog';

const statusColours: Record<string, string> = {
  pass: '#2e7d32',
  fail: '#c62828',
  error: '#ef6c00',
  'not-applicable': '#757575',
};

function StatusChip({ result }: { result: CheckResult }) {
  const label = result.exempted ? 'exempted' : result.status;
  return (
    <Chip
      size="small"
      label={label}
      style={{
        backgroundColor: result.exempted
          ? '#5c6bc0'
          : statusColours[result.status],
        color: '#fff',
      }}
    />
  );
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * One check of an entity: status, evidence, the fix while it fails, the guidance it comes from, the active
 * exemption covering it, and a way to request one when the user may.
 *
 * @internal
 */
export function CheckRow({
  entityRef,
  result,
  definition,
  exemption,
  canRequestExemption,
  onExempted,
}: {
  entityRef: string;
  result: CheckResult;
  definition: CheckDefinition | undefined;
  exemption: ExemptionResponse | undefined;
  canRequestExemption: boolean;
  onExempted: () => void;
}) {
  const [dialogOpen, setDialogOpen] = useState(false);
  const because = why(definition);
  const title = definition?.title ?? result.checkId;
  const failing =
    (result.status === 'fail' || result.status === 'error') && !result.exempted;
  return (
    <ListItem divider alignItems="flex-start">
      <ListItemText
        disableTypography
        primary={
          <Box display="flex" alignItems="center" gridGap={8}>
            <StatusChip result={result} />
            <Typography variant="subtitle2">{title}</Typography>
            <Typography variant="caption" color="textSecondary">
              {result.checkId} · {result.severity}
            </Typography>
          </Box>
        }
        secondary={
          <Box mt={1}>
            <EvidenceList evidence={result.evidence} />
            {result.status === 'fail' && !result.exempted && definition && (
              <Typography variant="body2">
                <strong>Fix:</strong> {definition.remediation.summary}
              </Typography>
            )}
            {exemption && (
              <Typography variant="body2">
                <strong>Exempted</strong> until {day(exemption.expiresAt)} by{' '}
                {exemption.createdBy}: {exemption.reason}
              </Typography>
            )}
            {because && (
              <Typography variant="caption" color="textSecondary">
                Why: {because}
              </Typography>
            )}
            {failing && canRequestExemption && (
              <Box mt={1}>
                <Button size="small" onClick={() => setDialogOpen(true)}>
                  Request exemption
                </Button>
                <RequestExemptionDialog
                  open={dialogOpen}
                  entityRef={entityRef}
                  checkId={result.checkId}
                  checkTitle={title}
                  onClose={() => setDialogOpen(false)}
                  onCreated={() => {
                    setDialogOpen(false);
                    onExempted();
                  }}
                />
              </Box>
            )}
          </Box>
        }
      />
    </ListItem>
  );
}
