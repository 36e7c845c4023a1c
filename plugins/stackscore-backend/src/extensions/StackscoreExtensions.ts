import type {
  StackscoreCheck,
  StackscoreChecksExtensionPoint,
  StackscoreCollectorsExtensionPoint,
  StackscoreFactCollector,
} from '@stackscore/plugin-stackscore-node';
import { scorecardIdSchema } from '@stackscore/plugin-stackscore-common';

const checkIdPattern = /^[a-z][a-z-]*\.[a-z0-9][a-z0-9-]*$/;

/**
 * Holds the collectors and checks that backend modules add through the extension points, and rejects
 * additions that would make the catalogue ambiguous (duplicate or malformed ids).
 *
 * @internal
 */
export class StackscoreExtensions
  implements StackscoreChecksExtensionPoint, StackscoreCollectorsExtensionPoint
{
  readonly #checks = new Map<string, StackscoreCheck>();
  readonly #collectors = new Map<string, StackscoreFactCollector>();

  constructor(private readonly reservedCheckIds: ReadonlySet<string>) {}

  addCheck(...checks: StackscoreCheck[]): void {
    for (const check of checks) {
      const { id, scorecard } = check.definition;
      if (!checkIdPattern.test(id) || !id.startsWith(`${scorecard}.`)) {
        throw new Error(
          `Stackscore check id '${id}' must look like '<scorecard>.<slug>' with scorecard '${scorecard}'`,
        );
      }
      if (!scorecardIdSchema.safeParse(scorecard).success) {
        throw new Error(
          `Stackscore check '${id}' names unknown scorecard '${scorecard}'`,
        );
      }
      if (this.reservedCheckIds.has(id) || this.#checks.has(id)) {
        throw new Error(`Stackscore check id '${id}' is already registered`);
      }
      this.#checks.set(id, check);
    }
  }

  addFactCollector(...collectors: StackscoreFactCollector[]): void {
    for (const collector of collectors) {
      if (this.#collectors.has(collector.id)) {
        throw new Error(
          `Stackscore fact collector '${collector.id}' is already registered`,
        );
      }
      this.#collectors.set(collector.id, collector);
    }
  }

  get checks(): StackscoreCheck[] {
    return [...this.#checks.values()];
  }

  get collectors(): StackscoreFactCollector[] {
    return [...this.#collectors.values()];
  }
}
