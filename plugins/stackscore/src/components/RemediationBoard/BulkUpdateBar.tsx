import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  remediationUpdateSchema,
  type RemediationItem,
  type RemediationUpdateRequest,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { serverMessage } from '../shared/responseErrors';
import {
  firstIssueText,
  shortRef,
  statusLabels,
} from '../shared/remediation/format';

/**
 * What happened to a bulk update: how many items changed and why the others did not.
 *
 * @internal
 */
export interface BulkOutcome {
  updated: number;
  failures: Array<{ item: RemediationItem; message: string }>;
}

/**
 * Applies one change to many items, one request each (each is authorised on its own entity), and reports
 * every refusal instead of stopping at the first.
 *
 * @internal
 */
export async function updateAll(
  update: (id: string, change: RemediationUpdateRequest) => Promise<unknown>,
  items: readonly RemediationItem[],
  change: RemediationUpdateRequest,
): Promise<BulkOutcome> {
  const settled = await Promise.allSettled(
    items.map(item => update(item.id, change)),
  );
  const failures = settled.flatMap((result, i) =>
    result.status === 'rejected'
      ? [{ item: items[i], message: serverMessage(result.reason) }]
      : [],
  );
  return { updated: items.length - failures.length, failures };
}

/**
 * The bar shown while items are selected on the board: set their status, assignee or due date together.
 *
 * @internal
 */
export function BulkUpdateBar({
  items,
  onDone,
  onClear,
}: {
  items: readonly RemediationItem[];
  onDone: () => void;
  onClear: () => void;
}) {
  const api = useApi(stackscoreApiRef);
  const [status, setStatus] = useState('');
  const [assignee, setAssignee] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BulkOutcome | undefined>();
  const [error, setError] = useState<string | undefined>();

  async function apply() {
    const change: Record<string, string> = {};
    if (status) change.status = status;
    if (assignee.trim()) change.assignee = assignee.trim();
    if (dueDate) change.dueDate = dueDate;
    const parsed = remediationUpdateSchema.safeParse(change);
    if (!parsed.success) {
      setError(firstIssueText(parsed.error));
      return;
    }
    setError(undefined);
    setBusy(true);
    const result = await updateAll(
      (id, c) => api.updateRemediation(id, c),
      items,
      change as RemediationUpdateRequest,
    );
    setBusy(false);
    setOutcome(result);
    if (result.failures.length === 0) onDone();
  }

  return (
    <Paper variant="outlined" style={{ padding: 12, marginBottom: 16 }}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 12 }}
      >
        <Typography variant="subtitle2">{items.length} selected</Typography>
        <TextField
          id="remediation-bulk-set-status"
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          size="small"
          variant="outlined"
          label="Set status"
          value={status}
          onChange={e => setStatus(e.target.value)}
          style={{ minWidth: 160 }}
        >
          <option value="">unchanged</option>
          {(['open', 'in-progress'] as const).map(s => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </TextField>
        <TextField
          id="remediation-bulk-assign-to"
          size="small"
          variant="outlined"
          label="Assign to"
          placeholder="user:default/alice"
          value={assignee}
          onChange={e => setAssignee(e.target.value)}
        />
        <TextField
          id="remediation-bulk-due-date"
          size="small"
          variant="outlined"
          label="Due date"
          type="date"
          InputLabelProps={{ shrink: true }}
          value={dueDate}
          onChange={e => setDueDate(e.target.value)}
        />
        <Button
          variant="contained"
          color="primary"
          onClick={apply}
          disabled={busy || (!status && !assignee.trim() && !dueDate)}
        >
          Apply to {items.length}
        </Button>
        <Button onClick={onClear}>Clear selection</Button>
      </Box>
      {error && (
        <Alert severity="error" style={{ marginTop: 8 }}>
          {error}
        </Alert>
      )}
      {outcome && outcome.failures.length > 0 && (
        <Alert severity="warning" style={{ marginTop: 8 }} role="alert">
          Updated {outcome.updated} of{' '}
          {outcome.updated + outcome.failures.length}.{' '}
          {outcome.failures
            .map(
              f =>
                `${f.item.checkId} on ${shortRef(f.item.entityRef)}: ${
                  f.message
                }`,
            )
            .join('; ')}
        </Alert>
      )}
    </Paper>
  );
}
