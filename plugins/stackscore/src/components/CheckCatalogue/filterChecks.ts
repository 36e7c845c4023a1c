import type {
  CheckDefinition,
  CheckLevel,
  ScorecardId,
} from '@stackscore/plugin-stackscore-common';

/**
 * What the catalogue browser narrows the checks to; an absent field does not filter.
 *
 * @internal
 */
export interface CheckFilter {
  scorecard?: ScorecardId;
  level?: CheckLevel;
  /** Matched case-insensitively against the id and the title. */
  text?: string;
}

/**
 * The checks matching every set field of a filter, in catalogue order.
 *
 * @internal
 */
export function filterChecks(
  checks: readonly CheckDefinition[],
  filter: CheckFilter,
): CheckDefinition[] {
  const text = filter.text?.trim().toLocaleLowerCase();
  return checks.filter(
    check =>
      (!filter.scorecard || check.scorecard === filter.scorecard) &&
      (!filter.level || check.level === filter.level) &&
      (!text ||
        check.id.toLocaleLowerCase().includes(text) ||
        check.title.toLocaleLowerCase().includes(text)),
  );
}
