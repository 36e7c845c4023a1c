import type {
  CheckResult,
  Ecosystem,
  ScorecardScore,
} from '@stackscore/plugin-stackscore-common';
import type { ScoreStore } from '../database/ScoreStore';

/** Test-only: a scorecard score out of four applicable checks, `passed` of them passing. */
export const scorecardScore = (
  id: ScorecardScore['id'],
  level: ScorecardScore['level'],
  passed: number,
): ScorecardScore => ({ id, level, score: passed / 4, passed, applicable: 4 });

/**
 * Test-only: stores scores of a component at a time: scorecard scores, check results or both, with the
 * catalog fields that scopes and filters read.
 */
export function saveComponentScores(
  store: ScoreStore,
  scoredAt: Date,
  {
    scorecards = [],
    results = [],
    name = 'orders',
    owner,
    lifecycle,
    tags = [],
    ecosystem = 'go',
  }: {
    scorecards?: ScorecardScore[];
    results?: CheckResult[];
    name?: string;
    owner?: string;
    lifecycle?: string;
    tags?: string[];
    ecosystem?: Ecosystem;
  } = {},
) {
  return store.saveScores({
    entity: {
      entityRef: `component:default/${name}`,
      kind: 'Component',
      namespace: 'default',
      name,
      owner,
      ...(lifecycle ? { lifecycle } : {}),
      tags,
      ecosystems: [ecosystem],
    },
    snapshot: { entityHash: scoredAt.toISOString(), catalogueVersion: '1' },
    scores: {
      entity: { kind: 'Component', namespace: 'default', name },
      ecosystems: [ecosystem],
      scorecards,
      results,
    },
    scoredAt,
  });
}

/**
 * Test-only: stores only scorecard scores (no check results) for a Go component at a time, which is all the
 * history tables are built from.
 */
export function saveScorecards(
  store: ScoreStore,
  scoredAt: Date,
  scorecards: ScorecardScore[],
  options: { name?: string; owner?: string } = {},
) {
  return saveComponentScores(store, scoredAt, { ...options, scorecards });
}
