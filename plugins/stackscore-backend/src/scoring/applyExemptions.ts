import {
  CheckResult,
  ScorecardScore,
  computeScorecardScore,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';

/**
 * Marks failing or erroring results that an active exemption covers as `exempted` and recomputes the
 * scorecards, so levels honour exemptions at read time and stop honouring them the moment they expire.
 * Stored results stay as evaluated.
 *
 * @internal
 */
export function applyExemptions(
  results: readonly CheckResult[],
  exemptedCheckIds: ReadonlySet<string>,
): { results: CheckResult[]; scorecards: ScorecardScore[] } {
  const marked = results.map(result =>
    exemptedCheckIds.has(result.checkId) &&
    (result.status === 'fail' || result.status === 'error')
      ? { ...result, exempted: true }
      : result,
  );
  return {
    results: marked,
    scorecards: scorecardIds.map(id => computeScorecardScore(id, marked)),
  };
}
