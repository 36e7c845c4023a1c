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
import {
  DecisionResponse,
  RadarRing,
  radarRings,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { ringTitle } from '../shared/radar';

/** The backend's limit on a move's reason. */
const maxReasonLength = 1000;

/**
 * Moves a radar entry to another ring. A move is a decision, so it asks for the reason that goes on the
 * entry's timeline. The caller decides whether the user may see this at all; the backend checks again and
 * its refusal (400 or 403) is shown as it comes.
 *
 * @internal
 */
export function MoveRingDialog({
  open,
  entry,
  decisions = [],
  onClose,
  onMoved,
}: {
  open: boolean;
  entry: { id: string; title: string; ring: RadarRing };
  /** Decision records linked to the entry, offered as the record behind the move. */
  decisions?: readonly DecisionResponse[];
  onClose: () => void;
  onMoved: () => void;
}) {
  const api = useApi(stackscoreApiRef);
  const others = radarRings.filter(ring => ring.id !== entry.ring);
  const [ring, setRing] = useState<RadarRing>(others[0].id);
  const [reason, setReason] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.updateRadarEntry(entry.id, {
        ring,
        reason: reason.trim(),
        ...(decisionId ? { decisionId } : {}),
      });
      setReason('');
      onMoved();
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="stackscore-move-ring-title"
    >
      <DialogTitle id="stackscore-move-ring-title">
        Move “{entry.title}”
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          “{entry.title}” is in {ringTitle(entry.ring)}. The move and its reason
          are kept on the entry’s timeline.
        </DialogContentText>
        <TextField
          id="stackscore-move-ring-ring"
          select
          label="New ring"
          fullWidth
          margin="normal"
          value={ring}
          onChange={event => setRing(event.target.value as RadarRing)}
          SelectProps={{ native: true }}
          helperText={radarRings.find(r => r.id === ring)?.description}
        >
          {others.map(option => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </TextField>
        <TextField
          id="stackscore-move-ring-reason"
          label="Reason"
          required
          multiline
          minRows={3}
          fullWidth
          margin="normal"
          value={reason}
          onChange={event => setReason(event.target.value)}
          inputProps={{ maxLength: maxReasonLength }}
          helperText="Why the entry moves, for whoever reads its timeline later"
        />
        {decisions.length > 0 && (
          <TextField
            id="stackscore-move-ring-decision"
            select
            label="Decision record"
            fullWidth
            margin="normal"
            value={decisionId}
            onChange={event => setDecisionId(event.target.value)}
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            helperText="The record behind the move, shown on the timeline"
          >
            <option value="">None</option>
            {decisions.map(decision => (
              <option key={decision.id} value={decision.id}>
                #{decision.number} {decision.title}
              </option>
            ))}
          </TextField>
        )}
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
          disabled={saving || !reason.trim()}
        >
          {saving ? 'Moving…' : 'Move'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
