import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  UpdateBotFacts,
} from '@stackscore/plugin-stackscore-common';
import { errored } from '../outcomes';

/**
 * The update bot configurations a check may judge: those that could be parsed.
 *
 * @internal
 */
export interface ReadableBots {
  dependabot?: NonNullable<UpdateBotFacts['dependabot']>;
  renovate?: NonNullable<UpdateBotFacts['renovate']>;
}

/**
 * Judges the update bots with only the configurations that could be parsed. An unreadable configuration is
 * never judged as if it were empty (Renovate would fall back to its defaults and look perfect, Dependabot
 * would look like it covers nothing): a pass stands, since something readable satisfied the check, and
 * anything else becomes an error naming the unreadable file, which may be the one that would have passed.
 *
 * @internal
 */
export function judgeReadableBots(
  facts: EntityFacts,
  judge: (bots: ReadableBots) => CheckOutcome,
): CheckOutcome {
  const { dependabot, renovate } = facts.updateBots;
  const unreadable: Evidence[] = [];
  for (const bot of [dependabot, renovate]) {
    if (bot?.error) {
      unreadable.push({
        message: `Could not read ${bot.file}: ${bot.error}`,
        file: bot.file,
      });
    }
  }
  const outcome = judge({
    dependabot: dependabot?.error ? undefined : dependabot,
    renovate: renovate?.error ? undefined : renovate,
  });
  if (outcome.status === 'pass' || unreadable.length === 0) return outcome;
  return errored(...unreadable, ...outcome.evidence);
}
