import { Progress } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { DecisionHistoryEntry } from '@stackscore/plugin-stackscore-common';
import { HeaderCell } from '../shared/HeaderCell';
import { serverMessage } from '../shared/responseErrors';
import { Person } from './Person';

// Names and actions are single words the theme would otherwise break mid-word in narrow cells.
const wordCell = { wordBreak: 'normal' as const };

/** An ISO timestamp to the minute, in UTC like every other time the plugin shows. */
function minute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Every version of a decision, newest first: who changed it, when, how, and which fields.
 *
 * @internal
 */
export function DecisionHistory({
  entries,
  loading,
  error,
}: {
  entries?: DecisionHistoryEntry[];
  loading: boolean;
  error?: unknown;
}) {
  if (loading && !entries) return <Progress />;
  if (error) {
    return (
      <Typography variant="body2" color="error">
        Could not load the history: {serverMessage(error)}
      </Typography>
    );
  }
  const versions = [...(entries ?? [])].reverse();
  return (
    <Table size="small" aria-label="History">
      <TableHead>
        <TableRow>
          <HeaderCell>Version</HeaderCell>
          <HeaderCell>When</HeaderCell>
          <HeaderCell>By</HeaderCell>
          <HeaderCell>Action</HeaderCell>
          <HeaderCell>Changed</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {versions.map(entry => (
          <TableRow key={entry.version}>
            <TableCell>{entry.version}</TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {minute(entry.at)}
            </TableCell>
            <TableCell style={wordCell}>
              <Person who={entry.by} />
            </TableCell>
            <TableCell style={wordCell}>{entry.action}</TableCell>
            <TableCell>
              {entry.changes.length ? entry.changes.join(', ') : '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
