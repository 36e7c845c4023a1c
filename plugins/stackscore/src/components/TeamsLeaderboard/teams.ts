import type {
  LevelDistribution,
  OverviewResponse,
  ScorecardId,
  ScorecardLevel,
} from '@stackscore/plugin-stackscore-common';
import { levelOrder } from '../shared/levels';

/**
 * One owner's row of the overview: its entities and figures per scorecard.
 *
 * @internal
 */
export type OverviewTeam = OverviewResponse['teams'][number];

/**
 * What a team table can be ordered by: the name, the entity count, the mean score or one scorecard.
 *
 * @internal
 */
export type TeamSortKey = 'name' | 'entities' | 'score' | ScorecardId;

/**
 * A team's mean score: the mean of its scorecards' averages, so each scorecard weighs the same whatever
 * the number of entities it applies to; undefined when no scorecard applies to any of its entities.
 *
 * @internal
 */
export function teamMean(team: OverviewTeam): number | undefined {
  const averages = Object.values(team.averages).filter(
    (value): value is number => typeof value === 'number',
  );
  if (averages.length === 0) return undefined;
  return averages.reduce((sum, value) => sum + value, 0) / averages.length;
}

/**
 * The level the middle entity of a distribution reaches, shown with a team's average since a mean score
 * has no level of its own.
 *
 * @internal
 */
export function medianLevel(
  distribution: LevelDistribution | undefined,
): ScorecardLevel {
  if (!distribution) return 'none';
  const total = levelOrder.reduce(
    (sum, level) => sum + (distribution[level] ?? 0),
    0,
  );
  let seen = 0;
  for (const level of levelOrder) {
    seen += distribution[level] ?? 0;
    if (seen * 2 >= total && seen > 0) return level;
  }
  return 'none';
}

/**
 * How a team is named in tables: its title, else its entity ref, else "No owner" for unowned entities.
 *
 * @internal
 */
export function teamName(team: OverviewTeam): string {
  return team.title ?? team.ref ?? 'No owner';
}

function sortValue(team: OverviewTeam, key: TeamSortKey) {
  switch (key) {
    case 'name':
      return teamName(team).toLocaleLowerCase();
    case 'entities':
      return team.entities;
    case 'score':
      return teamMean(team);
    default:
      return team.averages[key];
  }
}

/**
 * Teams ordered by a column. Teams without a value (no scorecard applies) always come last, so ordering
 * by a score never puts "n/a" rows on top; ties fall back to the name.
 *
 * @internal
 */
export function sortTeams(
  teams: readonly OverviewTeam[],
  key: TeamSortKey,
  order: 'asc' | 'desc',
): OverviewTeam[] {
  const direction = order === 'asc' ? 1 : -1;
  return [...teams].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    if (left === undefined && right !== undefined) return 1;
    if (right === undefined && left !== undefined) return -1;
    if (left !== undefined && right !== undefined && left !== right) {
      if (typeof left === 'string' && typeof right === 'string') {
        return direction * left.localeCompare(right);
      }
      return direction * (left < right ? -1 : 1);
    }
    return teamName(a).localeCompare(teamName(b));
  });
}

/**
 * Rank of every team by mean score (1 = best), fixed whatever order a table shows the rows in.
 *
 * @internal
 */
export function rankTeams(
  teams: readonly OverviewTeam[],
): Map<OverviewTeam, number> {
  return new Map(
    sortTeams(teams, 'score', 'desc').map((team, index) => [team, index + 1]),
  );
}
