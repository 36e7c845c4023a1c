import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  CheckDefinition,
  CheckOutcome,
  EntityFacts,
} from '@stackscore/plugin-stackscore-common';

/**
 * What a fact collector gets for one entity.
 *
 * @public
 */
export interface FactCollectorContext {
  entity: Entity;
  logger: LoggerService;
}

/**
 * Gathers facts for an entity, e.g. from PagerDuty or Prometheus. Collectors may do I/O; checks may not.
 * What `collect` returns is stored under `facts.extensions[id]`.
 *
 * @public
 */
export interface StackscoreFactCollector {
  /** Unique, kebab-case; used in logs and in error evidence. */
  readonly id: string;
  collect(context: FactCollectorContext): Promise<Record<string, unknown>>;
}

/**
 * A check contributed by an extension: its catalogue entry and a pure evaluation over facts.
 *
 * @public
 */
export interface StackscoreCheck {
  definition: CheckDefinition;
  /**
   * Pure: no I/O, no clock; the same facts always give the same outcome. What an extension collector
   * returned is under `facts.extensions[collectorId]`.
   */
  evaluate(facts: EntityFacts): CheckOutcome;
}

/**
 * Extension point for adding fact collectors to the Stackscore backend.
 *
 * @public
 */
export interface StackscoreCollectorsExtensionPoint {
  addFactCollector(...collectors: StackscoreFactCollector[]): void;
}

/**
 * Extension point for adding fact collectors to the Stackscore backend.
 *
 * @public
 */
export const stackscoreCollectorsExtensionPoint =
  createExtensionPoint<StackscoreCollectorsExtensionPoint>({
    id: 'stackscore.collectors',
  });

/**
 * Extension point for adding checks to the Stackscore backend.
 *
 * @public
 */
export interface StackscoreChecksExtensionPoint {
  addCheck(...checks: StackscoreCheck[]): void;
}

/**
 * Extension point for adding checks to the Stackscore backend.
 *
 * @public
 */
export const stackscoreChecksExtensionPoint =
  createExtensionPoint<StackscoreChecksExtensionPoint>({
    id: 'stackscore.checks',
  });
