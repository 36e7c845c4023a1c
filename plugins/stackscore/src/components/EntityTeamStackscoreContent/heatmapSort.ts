import type {
  RollupEntityResponse,
  ScorecardId,
} from '@stackscore/plugin-stackscore-common';

/**
 * A heatmap column to sort by: the service's name, its owner, its mean score or one scorecard's score.
 *
 * @internal
 */
export type HeatmapSortKey = 'name' | 'owner' | 'score' | ScorecardId;

/**
 * The heatmap's sort column and direction.
 *
 * @internal
 */
export interface HeatmapSort {
  key: HeatmapSortKey;
  order: 'asc' | 'desc';
}

/**
 * Weakest services first: what a team usually wants to work on.
 *
 * @internal
 */
export const defaultHeatmapSort: HeatmapSort = { key: 'score', order: 'asc' };

const collator = new Intl.Collator(undefined, {
  numeric: true,
  sensitivity: 'base',
});

function valueOf(
  item: RollupEntityResponse,
  key: HeatmapSortKey,
): string | number | undefined {
  switch (key) {
    case 'name':
      return item.name;
    case 'owner':
      return item.owner;
    case 'score':
      return item.score;
    default:
      return item.scorecards[key]?.score;
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The services in heatmap order. Missing values (a scorecard that does not apply, no owner) go last in either
 * direction so flipping the order never buries the real figures under "n/a"; ties fall back to the name, then
 * the full ref, so the order is stable between renders.
 *
 * @internal
 */
export function sortServices(
  items: readonly RollupEntityResponse[],
  sort: HeatmapSort,
): RollupEntityResponse[] {
  const direction = sort.order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const left = valueOf(a, sort.key);
    const right = valueOf(b, sort.key);
    if (left === undefined && right !== undefined) return 1;
    if (right === undefined && left !== undefined) return -1;
    if (left !== undefined && right !== undefined) {
      const byValue = compareValues(left, right);
      if (byValue !== 0) return byValue * direction;
    }
    return (
      collator.compare(a.name, b.name) ||
      collator.compare(a.entityRef, b.entityRef)
    );
  });
}

/**
 * The sort after clicking a column header: the same column flips direction; a new column starts ascending
 * (A to Z, or lowest score first).
 *
 * @internal
 */
export function nextSort(
  current: HeatmapSort,
  key: HeatmapSortKey,
): HeatmapSort {
  if (current.key === key) {
    return { key, order: current.order === 'asc' ? 'desc' : 'asc' };
  }
  return { key, order: 'asc' };
}
