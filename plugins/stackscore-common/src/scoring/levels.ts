import type { ScorecardId } from '../catalogue/types';
import { checkLevels } from '../scorecards';
import type {
  CheckResult,
  ScorecardLevel,
  ScorecardScore,
} from '../schemas/results';

/** A result counts as passed when it passed or an active exemption covers its failure. */
function countsAsPassed(result: Pick<CheckResult, 'status' | 'exempted'>) {
  return result.status === 'pass' || result.exempted === true;
}

/**
 * Computes one scorecard's level and score from an entity's results.
 *
 * A level is reached when every applicable check at that level and below passes (an active exemption
 * counts as a pass). `error` results are applicable and not passed. Score = passed / applicable.
 * When no check of the scorecard applies, the level is `none` with `applicable: 0`; callers show that as
 * "not applicable" rather than as a failure.
 *
 * @public
 */
export function computeScorecardScore(
  scorecard: ScorecardId,
  results: ReadonlyArray<
    Pick<CheckResult, 'scorecard' | 'level' | 'status' | 'exempted'>
  >,
): ScorecardScore {
  const applicable = results.filter(
    r => r.scorecard === scorecard && r.status !== 'not-applicable',
  );
  const passed = applicable.filter(countsAsPassed).length;
  let level: ScorecardLevel = 'none';
  if (applicable.length > 0) {
    for (const candidate of checkLevels) {
      const rank = checkLevels.indexOf(candidate);
      const blocking = applicable.some(
        r => checkLevels.indexOf(r.level) <= rank && !countsAsPassed(r),
      );
      if (blocking) break;
      level = candidate;
    }
  }
  return {
    id: scorecard,
    level,
    score: applicable.length === 0 ? 0 : passed / applicable.length,
    passed,
    applicable: applicable.length,
  };
}

/**
 * Orders scorecard levels: -1 when a is lower than b, 0 when equal, 1 when higher.
 *
 * @public
 */
export function compareScorecardLevels(
  a: ScorecardLevel,
  b: ScorecardLevel,
): number {
  const rank = (l: ScorecardLevel) =>
    l === 'none' ? -1 : checkLevels.indexOf(l);
  return Math.sign(rank(a) - rank(b));
}
