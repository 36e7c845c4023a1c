import type { ScorecardScore } from '@stackscore/plugin-stackscore-common';
import type { ScoreStore } from '../database/ScoreStore';

/** Test-only: a scorecard score out of four applicable checks, `passed` of them passing. */
export const scorecardScore = (
  id: ScorecardScore['id'],
  level: ScorecardScore['level'],
  passed: number,
): ScorecardScore => ({ id, level, score: passed / 4, passed, applicable: 4 });

/**
 * Test-only: stores only scorecard scores (no check results) for a Go component at a time, which is all the
 * history tables are built from.
 */
export function saveScorecards(
  store: ScoreStore,
  scoredAt: Date,
  scorecards: ScorecardScore[],
  { name = 'orders', owner }: { name?: string; owner?: string } = {},
) {
  return store.saveScores({
    entity: {
      entityRef: `component:default/${name}`,
      kind: 'Component',
      namespace: 'default',
      name,
      owner,
      tags: [],
      ecosystems: ['go'],
    },
    snapshot: { entityHash: scoredAt.toISOString(), catalogueVersion: '1' },
    scores: {
      entity: { kind: 'Component', namespace: 'default', name },
      ecosystems: ['go'],
      scorecards,
      results: [],
    },
    scoredAt,
  });
}
