import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { RunResponse } from '@stackscore/plugin-stackscore-common';
import { RunRow } from './RunRow';

/**
 * Runs newest first: when, why, outcome, shard, counts and duration.
 *
 * @internal
 */
export function RunsTable({ runs }: { runs: readonly RunResponse[] }) {
  return (
    <Table size="small" aria-label="Scoring runs">
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox" />
          <TableCell>Started</TableCell>
          <TableCell>Trigger</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Shard</TableCell>
          <TableCell align="right">Done / total</TableCell>
          <TableCell align="right">Failed</TableCell>
          <TableCell align="right">Skipped</TableCell>
          <TableCell align="right">Duration</TableCell>
          <TableCell>Finished</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {runs.map(run => (
          <RunRow key={run.id} run={run} />
        ))}
      </TableBody>
    </Table>
  );
}
