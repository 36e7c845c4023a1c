import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { perFacts } from '../memo';
import { CommandRef, ciCommands, dockerCommands } from './ciSteps';
import { InstallCommand, classifyInstall, installContext } from './installs';

/**
 * A CI or Dockerfile command with what it installs.
 *
 * @internal
 */
export interface ClassifiedCommand {
  command: CommandRef;
  /** CI commands and Dockerfile commands follow different freezing rules (pnpm freezes when CI is set). */
  inCi: boolean;
  install: InstallCommand;
}

/**
 * Every CI and Dockerfile command classified into dependency restores and tool installs, once per entity;
 * `frozen-install` and `no-floating-versions` both read it.
 *
 * @internal
 */
export const classifiedInstallCommands = perFacts(
  (facts: EntityFacts): ClassifiedCommand[] => {
    const result: ClassifiedCommand[] = [];
    const sources: [CommandRef[], boolean][] = [
      [ciCommands(facts), true],
      [dockerCommands(facts), false],
    ];
    for (const [commands, inCi] of sources) {
      const context = installContext(facts, inCi);
      for (const command of commands) {
        result.push({
          command,
          inCi,
          install: classifyInstall(command.text, context),
        });
      }
    }
    return result;
  },
);
