import { styleText } from 'util';
import {
  EntityScores,
  getCheckDefinition,
  getScorecard,
} from '@stackscore/plugin-stackscore-common';

type Style = Parameters<typeof styleText>[0];

const levelStyle: Record<string, Style> = {
  gold: 'yellow',
  silver: 'white',
  bronze: 'magenta',
  none: 'red',
};

/**
 * A readable report: a line per scorecard, then failing and erroring checks grouped by scorecard with
 * their evidence and remediation. Colour only when asked (a TTY without NO_COLOR).
 *
 * @internal
 */
export function formatTable(
  scores: EntityScores,
  options: {
    colour: boolean;
    remediationFor?: (checkId: string) => string | undefined;
  },
): string {
  const paint = (style: Style, text: string) =>
    options.colour ? styleText(style, text) : text;
  const { entity } = scores;
  const lines: string[] = [];
  const ref = `${entity.kind.toLowerCase()}:${entity.namespace}/${entity.name}`;
  const ecosystems = scores.ecosystems.length
    ? ` — ${scores.ecosystems.join(', ')}`
    : '';
  lines.push(`${paint('bold', entity.name)} (${ref})${ecosystems}`, '');
  const titleWidth = 22;
  for (const card of scores.scorecards) {
    const title = (getScorecard(card.id)?.title ?? card.id).padEnd(titleWidth);
    const level = card.applicable === 0 ? 'n/a' : card.level;
    const ratio =
      card.applicable === 0
        ? 'no applicable checks'
        : `${card.passed}/${card.applicable} passed (${Math.round(
            card.score * 100,
          )}%)`;
    lines.push(
      `  ${title} ${paint(
        levelStyle[card.level] ?? 'white',
        level.padEnd(7),
      )} ${ratio}`,
    );
  }
  for (const card of scores.scorecards) {
    const failing = scores.results.filter(
      r =>
        r.scorecard === card.id &&
        (r.status === 'fail' || r.status === 'error'),
    );
    if (failing.length === 0) continue;
    lines.push('', paint('bold', getScorecard(card.id)?.title ?? card.id));
    for (const result of failing) {
      const definition = getCheckDefinition(result.checkId);
      const mark =
        result.status === 'error' ? paint('yellow', '!') : paint('red', '✗');
      lines.push(
        `  ${mark} ${result.checkId} [${result.level} · ${result.severity}]${
          definition ? ` ${definition.title}` : ''
        }${result.status === 'error' ? ' (could not be judged)' : ''}`,
      );
      for (const evidence of result.evidence.slice(0, 5)) {
        const where = evidence.file
          ? paint(
              'dim',
              ` (${evidence.file}${evidence.line ? `:${evidence.line}` : ''})`,
            )
          : '';
        lines.push(`      ${evidence.message}${where}`);
      }
      if (result.evidence.length > 5) {
        lines.push(`      … ${result.evidence.length - 5} more`);
      }
      const remediation =
        options.remediationFor?.(result.checkId) ??
        definition?.remediation.summary;
      if (remediation && result.status === 'fail') {
        lines.push(`      ${paint('cyan', 'fix:')} ${remediation}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
