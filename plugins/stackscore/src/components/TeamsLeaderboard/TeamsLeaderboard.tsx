import { useMemo, useState } from 'react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import { HeaderCell } from '../shared/HeaderCell';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import {
  getScorecard,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { ScoreCell } from '../shared/ScoreCell';
import { percent } from '../shared/levels';
import { TeamLink } from './TeamLink';
import {
  OverviewTeam,
  TeamSortKey,
  medianLevel,
  rankTeams,
  sortTeams,
  teamMean,
} from './teams';

/**
 * Props of {@link TeamsLeaderboard}.
 *
 * @internal
 */
export interface TeamsLeaderboardProps {
  /** Owners as the overview returns them. */
  teams: readonly OverviewTeam[];
  /** Show only the best this many teams (by mean score). */
  limit?: number;
  /** Let people order the table by clicking a column header. */
  sortable?: boolean;
}

interface Column {
  key: TeamSortKey;
  label: string;
  numeric: boolean;
}

const columns: Column[] = [
  { key: 'name', label: 'Team', numeric: false },
  { key: 'entities', label: 'Entities', numeric: true },
  { key: 'score', label: 'Mean score', numeric: true },
  ...scorecardIds.map(id => ({
    key: id,
    label: getScorecard(id)?.title ?? id,
    numeric: true,
  })),
];

/**
 * Teams ranked by mean score with a heatmap cell per scorecard; each team links to its Stackscore tab.
 * With `sortable`, clicking a header orders the rows by that column (clicking again reverses it); the rank
 * stays the rank by mean score.
 *
 * @internal
 */
export function TeamsLeaderboard({
  teams,
  limit,
  sortable = false,
}: TeamsLeaderboardProps) {
  const [sort, setSort] = useState<{
    key: TeamSortKey;
    order: 'asc' | 'desc';
  }>({ key: 'score', order: 'desc' });
  const ranks = useMemo(() => rankTeams(teams), [teams]);
  const rows = useMemo(() => {
    const sorted = sortTeams(teams, sort.key, sort.order);
    return limit === undefined ? sorted : sorted.slice(0, limit);
  }, [teams, sort, limit]);

  const orderBy = (key: TeamSortKey) =>
    setSort(current =>
      current.key === key
        ? { key, order: current.order === 'asc' ? 'desc' : 'asc' }
        : // Names read best A→Z; numbers are most useful best-first.
          { key, order: key === 'name' ? 'asc' : 'desc' },
    );

  return (
    <Table size="small" aria-label="Teams by score">
      <TableHead>
        <TableRow>
          <HeaderCell>Rank</HeaderCell>
          {columns.map(column => (
            <HeaderCell
              key={column.key}
              align={column.numeric ? 'center' : 'left'}
              sortDirection={sort.key === column.key ? sort.order : false}
            >
              {sortable ? (
                <TableSortLabel
                  active={sort.key === column.key}
                  direction={sort.key === column.key ? sort.order : 'asc'}
                  onClick={() => orderBy(column.key)}
                >
                  {column.label}
                </TableSortLabel>
              ) : (
                column.label
              )}
            </HeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(team => {
          const mean = teamMean(team);
          return (
            <TableRow key={team.ref ?? ''}>
              <TableCell>{ranks.get(team)}</TableCell>
              <TableCell>
                <TeamLink team={team} />
              </TableCell>
              <TableCell align="center">{team.entities}</TableCell>
              <TableCell align="center">
                {mean === undefined ? 'n/a' : percent(mean)}
              </TableCell>
              {scorecardIds.map(id => {
                const average = team.averages[id];
                return (
                  <ScoreCell
                    key={id}
                    value={
                      average === undefined
                        ? undefined
                        : {
                            score: average,
                            level: medianLevel(team.levelDistribution[id]),
                          }
                    }
                  />
                );
              })}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
