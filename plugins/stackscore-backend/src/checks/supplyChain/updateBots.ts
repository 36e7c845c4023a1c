import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  UpdateBotFacts,
} from '@stackscore/plugin-stackscore-common';
import { errored } from '../outcomes';

/**
 * The update bot configurations a check may judge, and evidence for those that could not be read.
 *
 * @internal
 */
export interface ReadableBots {
  dependabot?: NonNullable<UpdateBotFacts['dependabot']>;
  renovate?: NonNullable<UpdateBotFacts['renovate']>;
  /** One entry per configuration that could not be parsed, naming the file and the reason. */
  unreadable: Evidence[];
}

/**
 * Splits the configured bots into those that can be judged and those that could not be read. An unreadable
 * configuration is never judged as if it were empty: Renovate would fall back to its defaults and look
 * perfect, Dependabot would look like it covers nothing.
 *
 * @internal
 */
export function readableBots(facts: EntityFacts): ReadableBots {
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
  return {
    dependabot: dependabot?.error ? undefined : dependabot,
    renovate: renovate?.error ? undefined : renovate,
    unreadable,
  };
}

/**
 * A pass stands (something readable satisfied the check); anything else becomes an error when a bot
 * configuration could not be read, since that configuration may be the one that would have satisfied it.
 *
 * @internal
 */
export function unlessUnreadable(
  outcome: CheckOutcome,
  unreadable: readonly Evidence[],
): CheckOutcome {
  if (outcome.status === 'pass' || unreadable.length === 0) return outcome;
  return errored(...unreadable, ...outcome.evidence);
}
