import type {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import { ForwardedError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { HumanDuration } from '@backstage/types';
import type {
  EntityDeletion,
  HistoryDeletion,
  RetentionStore,
} from '../database/RetentionStore';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Reads `stackscore.retention.days`: how many days of history (result changes, score points, finished runs,
 * ended exemptions) are kept. Defaults to a year, so trends can compare with the same month last year.
 *
 * @internal
 */
export function readRetentionDays(config: Config): number {
  const days = config.getOptionalNumber('stackscore.retention.days') ?? 365;
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(
      `Invalid configuration at stackscore.retention.days: ${days} is not a positive whole number`,
    );
  }
  return days;
}

/**
 * What one cleanup pass needs.
 *
 * @internal
 */
export interface CleanupOptions {
  catalog: CatalogService;
  auth: AuthService;
  retention: RetentionStore;
  retentionDays: number;
  logger: LoggerService;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * What one cleanup pass removed.
 *
 * @internal
 */
export interface CleanupResult {
  cutoff: Date;
  history: HistoryDeletion;
  entities: EntityDeletion;
}

/**
 * Removes history older than the retention window, then everything of entities no longer in the catalog.
 *
 * @internal
 */
export async function runCleanup(
  options: CleanupOptions,
): Promise<CleanupResult> {
  const { catalog, auth, retention, retentionDays, logger } = options;
  const now = options.now?.() ?? new Date();
  const cutoff = new Date(now.getTime() - retentionDays * dayMs);

  const history = await retention.deleteHistoryOlderThan(cutoff);

  let refs: Set<string>;
  try {
    const { items } = await catalog.getEntities(
      {
        filter: { kind: 'Component' },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    refs = new Set(items.map(entity => stringifyEntityRef(entity)));
  } catch (error) {
    throw new ForwardedError(
      'Stackscore cleanup could not list the catalog; entities were not cleaned up',
      error,
    );
  }
  const entities = await retention.deleteEntitiesNotIn(refs);

  if (entities.status === 'skipped') {
    logger.warn('Stackscore cleanup kept the scores of all entities', {
      reason: entities.reason,
    });
  }
  logger.info('Stackscore cleanup finished', {
    cutoff: cutoff.toISOString(),
    retentionDays,
    deletedResultHistory: history.resultHistory,
    deletedScorePoints: history.scorePoints,
    deletedRuns: history.runs,
    deletedExemptions: history.exemptions,
    removedEntities:
      entities.status === 'deleted' ? entities.removedEntityRefs.length : 0,
  });
  return { cutoff, history, entities };
}

/**
 * The scheduler task id of the cleanup.
 *
 * @internal
 */
export const cleanupTaskId = 'stackscore-cleanup';

/**
 * Schedules the cleanup as one global task, so only one replica cleans up at a time.
 *
 * @internal
 */
export async function scheduleCleanup(
  options: CleanupOptions & {
    scheduler: SchedulerService;
    frequency?: HumanDuration;
  },
): Promise<void> {
  const { scheduler, frequency, ...cleanup } = options;
  await scheduler.scheduleTask({
    id: cleanupTaskId,
    scope: 'global',
    frequency: frequency ?? { hours: 1 },
    timeout: { minutes: 15 },
    // Lets the catalog finish its first listing after a restart before its absence is taken as removal.
    initialDelay: { minutes: 1 },
    fn: async () => {
      await runCleanup(cleanup);
    },
  });
}
