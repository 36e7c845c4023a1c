import {
  CheckDefinition,
  getScorecard,
} from '@stackscore/plugin-stackscore-common';

/**
 * The catalogue as a plain-text table grouped by scorecard.
 *
 * @internal
 */
export function formatChecksTable(checks: readonly CheckDefinition[]): string {
  const lines: string[] = [];
  const scorecardsInOrder = [...new Set(checks.map(c => c.scorecard))];
  for (const scorecard of scorecardsInOrder) {
    lines.push(getScorecard(scorecard)?.title ?? scorecard);
    for (const check of checks.filter(c => c.scorecard === scorecard)) {
      const applies =
        check.applicability.ecosystems === 'any'
          ? 'any ecosystem'
          : check.applicability.ecosystems.join(', ');
      lines.push(
        `  ${check.id.padEnd(42)} ${check.level.padEnd(
          6,
        )} ${check.severity.padEnd(8)} ${check.title}`,
        `  ${''.padEnd(42)} applies: ${applies}${
          check.applicability.precondition
            ? `; ${check.applicability.precondition}`
            : ''
        }`,
        `  ${''.padEnd(42)} fix: ${check.remediation.summary}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
