import { ChangeEvent, useMemo, useState } from 'react';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import { HeaderCell } from '../shared/HeaderCell';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import {
  RollupEntityResponse,
  getScorecard,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { ScoreCell } from '../shared/ScoreCell';
import {
  HeatmapSort,
  HeatmapSortKey,
  defaultHeatmapSort,
  nextSort,
  sortServices,
} from './heatmapSort';

/**
 * Page sizes offered; a page is what renders, so 500 services cost no more than 100.
 *
 * @internal
 */
export const heatmapPageSizes = [25, 50, 100];

const columns: Array<{
  key: HeatmapSortKey;
  title: string;
  align: 'left' | 'center';
}> = [
  { key: 'name', title: 'Service', align: 'left' },
  { key: 'owner', title: 'Owner', align: 'left' },
  ...scorecardIds.map(id => ({
    key: id,
    title: getScorecard(id)?.title ?? id,
    align: 'center' as const,
  })),
  { key: 'score', title: 'Mean', align: 'center' },
];

function ServiceRow({ item }: { item: RollupEntityResponse }) {
  return (
    <TableRow hover>
      <TableCell>
        <EntityRefLink entityRef={item.entityRef} />
      </TableCell>
      <TableCell>
        {item.owner ? (
          <EntityRefLink entityRef={item.owner} defaultKind="group" />
        ) : (
          '—'
        )}
      </TableCell>
      {scorecardIds.map(id => (
        <ScoreCell key={id} value={item.scorecards[id]} />
      ))}
      <ScoreCell
        value={item.score === undefined ? undefined : { score: item.score }}
      />
    </TableRow>
  );
}

/**
 * Services × scorecards: one row per service with its score on each scorecard and its mean, sortable by any
 * column and paged on the client so only one page of rows is ever rendered.
 *
 * @internal
 */
export function ServiceHeatmap({
  items,
}: {
  items: readonly RollupEntityResponse[];
}) {
  const [sort, setSort] = useState<HeatmapSort>(defaultHeatmapSort);
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(50);

  // Sorting 500 rows is cheap once, but not on every render (hover, pagination); only redo it when the
  // services or the sort change.
  const sorted = useMemo(() => sortServices(items, sort), [items, sort]);

  // A refetch (e.g. without subgroups) can shrink the list below the current page; show its last page then.
  const lastPage = Math.max(0, Math.ceil(sorted.length / rowsPerPage) - 1);
  const currentPage = Math.min(page, lastPage);
  const rows = useMemo(
    () =>
      sorted.slice(
        currentPage * rowsPerPage,
        currentPage * rowsPerPage + rowsPerPage,
      ),
    [sorted, currentPage, rowsPerPage],
  );

  const sortBy = (key: HeatmapSortKey) => {
    setSort(current => nextSort(current, key));
    setPage(0);
  };

  const changeRowsPerPage = (event: ChangeEvent<HTMLInputElement>) => {
    setRowsPerPage(Number(event.target.value));
    setPage(0);
  };

  return (
    <>
      <Box overflow="auto">
        <Table size="small" aria-label="Service heatmap">
          <TableHead>
            <TableRow>
              {columns.map(column => {
                const active = sort.key === column.key;
                return (
                  <HeaderCell
                    key={column.key}
                    align={column.align}
                    sortDirection={active ? sort.order : false}
                  >
                    <TableSortLabel
                      active={active}
                      direction={active ? sort.order : 'asc'}
                      onClick={() => sortBy(column.key)}
                    >
                      {column.title}
                    </TableSortLabel>
                  </HeaderCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(item => (
              <ServiceRow key={item.entityRef} item={item} />
            ))}
          </TableBody>
        </Table>
      </Box>
      <TablePagination
        component="div"
        count={sorted.length}
        page={currentPage}
        rowsPerPage={rowsPerPage}
        rowsPerPageOptions={heatmapPageSizes}
        onPageChange={(_event, next) => setPage(next)}
        onRowsPerPageChange={changeRowsPerPage}
      />
    </>
  );
}
