import { useEffect, useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  remediationUpdateSchema,
  stackscoreRemediationUpdatePermission,
  type RemediationItem,
  type RemediationUpdateRequest,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../../api';
import { serverMessage } from '../responseErrors';
import { StatusChip } from './Chips';
import {
  actorName,
  describeEvent,
  firstIssueText,
  shortRef,
  statusLabels,
} from './format';

interface FormState {
  status: string;
  assignee: string;
  dueDate: string;
  ticketUrl: string;
  notes: string;
}

function formOf(item: RemediationItem): FormState {
  return {
    status: item.status,
    assignee: item.assignee ?? '',
    dueDate: item.dueDate ?? '',
    ticketUrl: item.ticketUrl ?? '',
    notes: item.notes ?? '',
  };
}

/** Only what changed, with emptied fields sent as `null` so they are cleared. */
function changesOf(item: RemediationItem, form: FormState) {
  const before = formOf(item);
  const change: Record<string, string | null> = {};
  for (const key of ['assignee', 'dueDate', 'ticketUrl', 'notes'] as const) {
    const value = form[key].trim();
    if (value !== before[key]) change[key] = value === '' ? null : value;
  }
  if (form.status !== before.status) change.status = form.status;
  return change as RemediationUpdateRequest;
}

/**
 * One remediation item: its fields, editable by the entity's owners (and admins), and every change made to
 * it. A failed save keeps what was typed and shows the server's reason.
 *
 * @internal
 */
export function ItemDialog({
  itemId,
  onClose,
  onChanged,
}: {
  itemId: string;
  onClose: () => void;
  /** Told after a successful save, so lists can reload. */
  onChanged?: (item: RemediationItem) => void;
}) {
  const api = useApi(stackscoreApiRef);
  const loaded = useAsyncRetry(
    () => api.getRemediationEvents(itemId),
    [api, itemId],
  );
  const item = loaded.value?.item;
  const { allowed, loading: checking } = usePermission({
    permission: stackscoreRemediationUpdatePermission,
    resourceRef: item?.entityRef,
  });
  const [form, setForm] = useState<FormState | undefined>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (item) setForm(current => current ?? formOf(item));
  }, [item]);

  const set = (key: keyof FormState) => (value: string) =>
    setForm(current => (current ? { ...current, [key]: value } : current));

  const locked = item?.status === 'resolved' || item?.status === 'exempted';
  const editable = allowed && !checking;

  async function save() {
    if (!item || !form) return;
    const change = changesOf(item, form);
    if (Object.keys(change).length === 0) {
      onClose();
      return;
    }
    const parsed = remediationUpdateSchema.safeParse(change);
    if (!parsed.success) {
      setError(firstIssueText(parsed.error));
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const saved = await api.updateRemediation(item.id, change);
      onChanged?.(saved);
      setForm(formOf(saved));
      loaded.retry();
    } catch (e) {
      setError(serverMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>
        {item ? `${item.checkId} on ${shortRef(item.entityRef)}` : 'Item'}
      </DialogTitle>
      <DialogContent>
        {loaded.loading && !item && <Progress />}
        {loaded.error && <ResponseErrorPanel error={loaded.error} />}
        {item && form && (
          <>
            <Box display="flex" alignItems="center" mb={2} style={{ gap: 8 }}>
              <StatusChip status={item.status} />
              <Typography variant="body2">
                {item.severity} · {item.level} · owner{' '}
                {item.owner ? shortRef(item.owner) : 'none'} · failing since{' '}
                {item.failingSince.slice(0, 10)}
              </Typography>
            </Box>
            {!editable && !checking && (
              <Alert severity="info" style={{ marginBottom: 16 }}>
                Only the owners of {shortRef(item.entityRef)} (and Stackscore
                admins) can change this item.
              </Alert>
            )}
            {locked && (
              <Alert severity="info" style={{ marginBottom: 16 }}>
                {item.status === 'resolved'
                  ? 'The check passes, so the item is resolved; it reopens by itself if the check fails again.'
                  : 'An active exemption covers this check; the item opens again when the exemption ends and the check still fails.'}
              </Alert>
            )}
            <Box
              display="grid"
              style={{ gap: 16, gridTemplateColumns: '1fr 1fr' }}
            >
              <TextField
                id="remediation-item-status"
                select
                SelectProps={{ native: true }}
                InputLabelProps={{ shrink: true }}
                label="Status"
                value={form.status}
                onChange={e => set('status')(e.target.value)}
                disabled={!editable || locked}
              >
                {(locked
                  ? [item.status]
                  : (['open', 'in-progress'] as const)
                ).map(status => (
                  <option key={status} value={status}>
                    {statusLabels[status]}
                  </option>
                ))}
              </TextField>
              <TextField
                id="remediation-item-assignee"
                label="Assignee"
                placeholder="user:default/alice"
                value={form.assignee}
                onChange={e => set('assignee')(e.target.value)}
                disabled={!editable}
              />
              <TextField
                id="remediation-item-due-date"
                label="Due date"
                type="date"
                InputLabelProps={{ shrink: true }}
                value={form.dueDate}
                onChange={e => set('dueDate')(e.target.value)}
                disabled={!editable}
                helperText={
                  item.dueSource === 'campaign'
                    ? 'Set by a campaign deadline; a date set here wins'
                    : undefined
                }
              />
              <TextField
                id="remediation-item-ticket-link"
                label="Ticket link"
                placeholder="https://…"
                value={form.ticketUrl}
                onChange={e => set('ticketUrl')(e.target.value)}
                disabled={!editable}
              />
            </Box>
            <TextField
              id="remediation-item-notes"
              label="Notes"
              multiline
              minRows={2}
              fullWidth
              margin="normal"
              value={form.notes}
              onChange={e => set('notes')(e.target.value)}
              disabled={!editable}
            />
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
            <Typography variant="h6" style={{ marginTop: 16 }}>
              History
            </Typography>
            <List dense aria-label="Item history">
              {loaded.value?.events.map(event => (
                <ListItem key={event.id} disableGutters>
                  <ListItemText
                    primary={describeEvent(event)}
                    secondary={`${actorName(event.actor)} · ${new Date(
                      event.at,
                    ).toLocaleString()}`}
                  />
                </ListItem>
              ))}
            </List>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        {editable && item && (
          <Button
            color="primary"
            variant="contained"
            onClick={save}
            disabled={saving}
          >
            Save
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
