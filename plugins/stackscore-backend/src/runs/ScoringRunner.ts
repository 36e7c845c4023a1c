import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { RunFailure, RunRecord, RunStore } from '../database/RunStore';
import type { EntityScorer } from './EntityScorer';
import { shardOf } from './fingerprints';

/**
 * How a run treats its entities.
 *
 * @internal
 */
export interface RunLimits {
  /** Entities scored at once. */
  concurrency: number;
  /** A single entity taking longer is recorded as failed and the run goes on. */
  entityTimeoutMs: number;
}

/** How often a running run says it is alive, besides its progress updates. */
export const runHeartbeatMs = 20_000;

/**
 * A run silent for this long has lost its backend (killed, crashed, cut off from the database): six missed
 * heartbeats, far more than a busy event loop delays one.
 *
 * @internal
 */
export const staleRunAfterMs = 6 * runHeartbeatMs;

/**
 * Closes runs whose backend stopped, so they do not show as running forever; called before a run starts and
 * when runs are read.
 *
 * @internal
 */
export function closeStaleRuns(runs: RunStore, now = Date.now()) {
  return runs.failStaleRuns(new Date(now - staleRunAfterMs));
}

/** Rejects when the promise takes longer than the timeout. */
function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs scoring passes: lists the catalog's components (optionally one shard of them), scores each with
 * bounded concurrency and a per-entity timeout, and keeps the run's progress in the store while it runs.
 *
 * @internal
 */
export class ScoringRunner {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      scorer: EntityScorer;
      runs: RunStore;
      logger: LoggerService;
      limits: RunLimits;
      /** Work that follows a finished run (campaign due dates for new items); its failure is only logged. */
      onRunFinished?: () => Promise<void>;
    },
  ) {}

  /** Components of the catalog, or of one shard of it. */
  async listEntities(shard?: {
    index: number;
    count: number;
  }): Promise<Entity[]> {
    const { items } = await this.options.catalog.getEntities(
      { filter: { kind: 'Component' } },
      { credentials: await this.options.auth.getOwnServiceCredentials() },
    );
    return shard
      ? items.filter(
          e => shardOf(stringifyEntityRef(e), shard.count) === shard.index,
        )
      : items;
  }

  /** Starts a run and returns its record at once; scoring goes on in the background. */
  async start(options: {
    trigger: RunRecord['trigger'];
    shard?: { index: number; count: number };
  }): Promise<{ run: RunRecord; finished: Promise<RunRecord> }> {
    const { runs, logger } = this.options;
    await closeStaleRuns(runs);
    let entities: Entity[];
    try {
      entities = await this.listEntities(options.shard);
    } catch (error) {
      const run = await runs.createRun({
        trigger: options.trigger,
        shard: options.shard?.index,
        shards: options.shard?.count,
        total: 0,
      });
      const failure = {
        entityRef: '*',
        message: `Could not list the catalog: ${String(error)}`,
      };
      await runs.finishRun(run.id, {
        status: 'failed',
        done: 0,
        failed: 0,
        skipped: 0,
        failures: [failure],
      });
      return { run, finished: runs.getRun(run.id).then(r => r!) };
    }
    const run = await runs.createRun({
      trigger: options.trigger,
      shard: options.shard?.index,
      shards: options.shard?.count,
      total: entities.length,
    });
    const finished = this.process(run, entities).catch(async error => {
      logger.error('Stackscore run failed', {
        runId: run.id,
        error: String(error),
      });
      const outcome = {
        status: 'failed' as const,
        done: 0,
        failed: 0,
        skipped: 0,
        failures: [{ entityRef: '*', message: String(error) }],
      };
      try {
        await runs.finishRun(run.id, outcome);
        return (await runs.getRun(run.id))!;
      } catch (storeError) {
        // The database is gone as well: the record stays "running" until it is closed as stale, and the caller
        // still learns how the run ended.
        logger.error('Could not record the failed run', {
          runId: run.id,
          error: String(storeError),
        });
        return { ...run, ...outcome, finishedAt: new Date() };
      }
    });
    return { run, finished };
  }

  /** Runs to completion and returns the finished record. */
  async run(options: {
    trigger: RunRecord['trigger'];
    shard?: { index: number; count: number };
  }): Promise<RunRecord> {
    return (await this.start(options)).finished;
  }

  private async process(
    run: RunRecord,
    entities: Entity[],
  ): Promise<RunRecord> {
    const { scorer, runs, logger, limits } = this.options;
    const log = logger.child({ runId: run.id });
    const started = Date.now();
    const progress = {
      done: 0,
      failed: 0,
      skipped: 0,
      failures: [] as RunFailure[],
    };
    let lastWrite = 0;
    const report = async (force = false) => {
      // Progress is written at most twice a second so large runs do not hammer the database.
      if (!force && Date.now() - lastWrite < 500) return;
      lastWrite = Date.now();
      try {
        await runs.updateProgress(run.id, progress);
      } catch (error) {
        // Progress is informational; losing one update must not stop the scoring.
        log.warn('Could not record run progress', { error: String(error) });
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < entities.length) {
        const entity = entities[next++];
        const ref = stringifyEntityRef(entity);
        let cancelled = false;
        try {
          const outcome = await withTimeout(
            scorer.score(entity, { isCancelled: () => cancelled }),
            limits.entityTimeoutMs,
            `Scoring ${ref}`,
          );
          if (outcome.status === 'skipped') progress.skipped++;
          progress.done++;
        } catch (error) {
          cancelled = true;
          progress.done++;
          progress.failed++;
          const message =
            error instanceof Error ? error.message : String(error);
          progress.failures.push({ entityRef: ref, message });
          log.warn('Could not score entity', {
            entityRef: ref,
            error: message,
          });
        }
        await report();
      }
    };
    const heartbeat = setInterval(() => {
      runs.heartbeat(run.id).catch(error =>
        log.warn('Could not record the run heartbeat', {
          error: String(error),
        }),
      );
    }, runHeartbeatMs);
    try {
      await Promise.all(
        Array.from(
          {
            length: Math.max(1, Math.min(limits.concurrency, entities.length)),
          },
          worker,
        ),
      );
    } finally {
      clearInterval(heartbeat);
    }

    let status: RunRecord['status'] = 'succeeded';
    if (progress.failed > 0) {
      status = progress.failed === entities.length ? 'failed' : 'partial';
    }
    await runs.finishRun(run.id, { status, ...progress });
    log.info('Stackscore run finished', {
      status,
      total: entities.length,
      scored: progress.done - progress.skipped - progress.failed,
      skipped: progress.skipped,
      failed: progress.failed,
      durationMs: Date.now() - started,
    });
    await this.options
      .onRunFinished?.()
      .catch(error =>
        log.error(`Stackscore work after the run failed: ${error}`),
      );
    return (await runs.getRun(run.id))!;
  }
}
