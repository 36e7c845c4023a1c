import { ChangeEvent, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { DecisionImportResponse } from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { TeamSelector } from '../shared/TeamSelector';
import { serverMessage } from '../shared/responseErrors';

/** A chosen file's text; FileReader rather than Blob.text() so older browsers (and jsdom) can read it. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });
}

/** The backend's limit on an imported document. */
const maxMarkdownLength = 100_000;

/**
 * Imports a MADR document as a new decision: pasted into the text area or read from a chosen `.md` file.
 * MADR files do not say which team they belong to, so the team can be picked here.
 *
 * @internal
 */
export function ImportMadrDialog({
  open,
  team: initialTeam,
  onClose,
  onImported,
}: {
  open: boolean;
  /** Group ref to file the record under, preselected from the list's filter. */
  team?: string;
  onClose: () => void;
  onImported: (result: DecisionImportResponse) => void;
}) {
  const api = useApi(stackscoreApiRef);
  const [markdown, setMarkdown] = useState('');
  const [team, setTeam] = useState(initialTeam);
  const [fileName, setFileName] = useState<string>();
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<unknown>();

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(undefined);
    try {
      setMarkdown(await readText(file));
      setFileName(file.name);
    } catch (e) {
      setError(e);
    }
  };

  const submit = async () => {
    setImporting(true);
    setError(undefined);
    try {
      const result = await api.importDecision({
        markdown,
        ...(team ? { scope: { team, entities: [] } } : {}),
      });
      setImporting(false);
      onImported(result);
    } catch (e) {
      setImporting(false);
      setError(e);
    }
  };

  const tooLong = markdown.length > maxMarkdownLength;

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="stackscore-import-madr-title"
    >
      <DialogTitle id="stackscore-import-madr-title">Import MADR</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Paste a decision written in the MADR format, or choose its markdown
          file. It becomes a new decision record; parts the importer cannot map
          are listed afterwards.
        </DialogContentText>
        <Box display="flex" alignItems="center" style={{ gap: 12 }}>
          <Button variant="outlined" component="label">
            Choose file
            <input
              type="file"
              accept=".md,.markdown,text/markdown,text/plain"
              hidden
              aria-label="MADR file"
              onChange={readFile}
            />
          </Button>
          {fileName && (
            <Typography variant="body2" color="textSecondary">
              {fileName}
            </Typography>
          )}
        </Box>
        <TextField
          id="stackscore-import-madr-markdown"
          label="MADR markdown"
          value={markdown}
          onChange={event => setMarkdown(event.target.value)}
          multiline
          minRows={10}
          maxRows={24}
          fullWidth
          margin="normal"
          variant="outlined"
          error={tooLong}
          helperText={
            tooLong
              ? `At most ${maxMarkdownLength.toLocaleString(
                  'en-US',
                )} characters`
              : undefined
          }
        />
        <TeamSelector
          id="stackscore-import-madr-team"
          value={team}
          onChange={setTeam}
          helperText="The team the imported record belongs to and is numbered under"
        />
        {Boolean(error) && (
          <Box mt={2}>
            <Alert severity="error">{serverMessage(error)}</Alert>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={importing}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={importing || !markdown.trim() || tooLong}
        >
          Import
        </Button>
      </DialogActions>
    </Dialog>
  );
}
