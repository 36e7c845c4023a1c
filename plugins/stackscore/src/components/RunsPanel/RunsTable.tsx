import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableHead from '@material-ui/core/TableHead';
import { HeaderCell } from '../shared/HeaderCell';
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
          <HeaderCell padding="checkbox" />
          <HeaderCell>Started</HeaderCell>
          <HeaderCell>Trigger</HeaderCell>
          <HeaderCell>Status</HeaderCell>
          <HeaderCell>Shard</HeaderCell>
          <HeaderCell align="right">Done / total</HeaderCell>
          <HeaderCell align="right">Failed</HeaderCell>
          <HeaderCell align="right">Skipped</HeaderCell>
          <HeaderCell align="right">Duration</HeaderCell>
          <HeaderCell>Finished</HeaderCell>
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
