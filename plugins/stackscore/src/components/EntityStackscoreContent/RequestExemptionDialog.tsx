import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stackscoreApiRef } from '../../api';

/** An exemption is reviewed again after a quarter unless the requester picks another date. */
const defaultDays = 90;
/** The backend refuses expiries more than a year ahead; the date picker says so up front. */
const maxDays = 365;

const dayOffset = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * Asks for a reason and an expiry date, then waives one check for one entity. The caller decides whether the
 * user may see this at all (the backend checks the permission again).
 *
 * @internal
 */
export function RequestExemptionDialog({
  open,
  entityRef,
  checkId,
  checkTitle,
  onClose,
  onCreated,
}: {
  open: boolean;
  entityRef: string;
  checkId: string;
  checkTitle: string;
  onClose: () => void;
  onCreated: () => void;
}) {
  const api = useApi(stackscoreApiRef);
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState(dayOffset(defaultDays));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.createExemption({
        entityRef,
        checkId,
        reason: reason.trim(),
        // End of the chosen day in UTC, so "until 2027-02-20" includes that day.
        expiresAt: `${expires}T23:59:59.000Z`,
      });
      setReason('');
      onCreated();
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Request an exemption</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Waive “{checkTitle}” ({checkId}) for {entityRef}. While the exemption
          is active the failure counts as a pass and is marked as exempted; it
          stops counting on its expiry date.
        </DialogContentText>
        <TextField
          id={`exemption-reason-${checkId}`}
          label="Reason"
          required
          multiline
          minRows={3}
          fullWidth
          margin="normal"
          value={reason}
          onChange={event => setReason(event.target.value)}
          inputProps={{ maxLength: 2000 }}
          helperText="Why the check cannot pass now, and what will change by the expiry date"
        />
        <TextField
          id={`exemption-expires-${checkId}`}
          label="Expires on"
          type="date"
          required
          fullWidth
          margin="normal"
          value={expires}
          onChange={event => setExpires(event.target.value)}
          InputLabelProps={{ shrink: true }}
          inputProps={{ min: dayOffset(1), max: dayOffset(maxDays) }}
          helperText="At most one year ahead"
        />
        {error && <ResponseErrorPanel error={error} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={saving || !reason.trim() || !expires}
        >
          {saving ? 'Requesting…' : 'Request exemption'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
