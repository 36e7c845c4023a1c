import path from 'path';
import type {
  LifecycleServiceShutdownHook,
  RootLifecycleService,
} from '@backstage/backend-plugin-api';
import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';
import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { metricsServiceMock } from '@backstage/backend-test-utils/alpha';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { DatabaseRunStore } from '../database/DatabaseRunStore';
import { DatabaseScoreStore } from '../database/DatabaseScoreStore';
import type { RunRecord } from '../database/RunStore';
import { applyDatabaseMigrations } from '../database/migrations';
import { createScoringPipeline } from '../pipeline/defaultPipeline';
import { EntityScorer } from './EntityScorer';
import { ScoringRunner } from './ScoringRunner';
import { shardOf } from './fingerprints';
import { scheduleShardRuns, shardTaskId } from './schedule';

jest.setTimeout(60_000);

const examples = path.resolve(__dirname, '../../../../examples/repos');
const shards = 3;
const names = [
  'fx-rates',
  'invoice-service',
  'promo-codes',
  'checkout-api',
  'fraud-scoring',
  'notifications',
  'report-builder',
  'search-suggest',
  'storefront-web',
];

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations: { 'stackscore.io/source-dir': name } },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments',
    },
  };
}

interface ScoreCall {
  replica: string;
  entityRef: string;
  at: number;
}

/** The real scorer, recording which replica scored which entity when. */
class RecordingScorer extends EntityScorer {
  constructor(
    private readonly replica: string,
    private readonly calls: ScoreCall[],
    options: ConstructorParameters<typeof EntityScorer>[0],
  ) {
    super(options);
  }

  override async score(
    entity: Entity,
    options?: Parameters<EntityScorer['score']>[1],
  ) {
    const at = Date.now();
    // Unchanged entities are skipped in milliseconds; a little work per entity keeps every run long enough
    // that two replicas running the same shard at once would overlap visibly.
    await new Promise(resolve => setTimeout(resolve, 100));
    const outcome = await super.score(entity, options);
    this.calls.push({
      replica: this.replica,
      entityRef: stringifyEntityRef(entity),
      at,
    });
    return outcome;
  }
}

/** One backend replica: its own scheduler, runner and stores, on the shared database. */
async function startReplica(
  replica: string,
  db: Knex,
  entities: Entity[],
  calls: ScoreCall[],
) {
  const shutdownHooks: LifecycleServiceShutdownHook[] = [];
  const rootLifecycle: RootLifecycleService = {
    addStartupHook: () => {},
    addBeforeShutdownHook: () => {},
    addShutdownHook: hook => {
      shutdownHooks.push(hook);
    },
  };
  const logger = mockServices.logger.mock();
  const scheduler = DefaultSchedulerService.create({
    database: { getClient: async () => db },
    logger,
    metrics: metricsServiceMock.mock(),
    rootLifecycle,
    httpRouter: mockServices.httpRouter.mock(),
    pluginMetadata: { getId: () => 'stackscore' },
  });
  const scorer = new RecordingScorer(replica, calls, {
    pipeline: createScoringPipeline(),
    settings: { internalNpmScopes: ['larkspur'], installScriptAllowlist: [] },
    store: await DatabaseScoreStore.create({ db }),
    urlReader: mockServices.urlReader.mock(),
    localRoot: examples,
    logger,
  });
  const runner = new ScoringRunner({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    scorer,
    runs: await DatabaseRunStore.create({ db }),
    logger,
    limits: { concurrency: 2, entityTimeoutMs: 20_000 },
  });
  await scheduleShardRuns({
    scheduler,
    runner,
    schedule: {
      frequency: { seconds: 1 },
      timeout: { minutes: 1 },
      initialDelay: { seconds: 0 },
      shards,
    },
    logger,
  });
  return {
    stop: async () => {
      for (const hook of shutdownHooks) await hook();
    },
  };
}

async function waitFor(
  what: string,
  condition: () => Promise<boolean>,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

describe('two replicas on one database', () => {
  // Each replica is its own scheduler, runner and stores; they share nothing but the database, as two
  // backend processes do. SQLite runs the same claim queries, so the file has a test without PostgreSQL too.
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'score every shard through the Backstage scheduler, each entity once per run, no shard twice at once, %p',
    async databaseId => {
      const db = await databases.init(databaseId);
      await applyDatabaseMigrations({ getClient: async () => db });
      const entities = names.map(component);
      const refs = entities.map(e => stringifyEntityRef(e));
      const shardRefs = Array.from({ length: shards }, (_, index) =>
        refs.filter(ref => shardOf(ref, shards) === index).sort(),
      );
      expect(shardRefs.map(s => s.length)).toEqual([3, 3, 3]);

      const calls: ScoreCall[] = [];
      const runStore = await DatabaseRunStore.create({ db });
      // Started one after the other, as replicas do; each migrates the scheduler's tables on start.
      const replicas = new Map([
        ['a', await startReplica('a', db, entities, calls)],
        ['b', await startReplica('b', db, entities, calls)],
      ]);
      const stopped = new Set<string>();
      const stop = async (replica: string) => {
        if (stopped.has(replica)) return;
        stopped.add(replica);
        await replicas.get(replica)!.stop();
      };
      /** The replicas whose scoring falls in the run's time window; one, unless runs of a shard overlapped. */
      const replicasOf = (run: RunRecord) =>
        new Set(
          calls
            .filter(
              c =>
                shardOf(c.entityRef, shards) === run.shard &&
                c.at >= run.startedAt.getTime() &&
                c.at <= (run.finishedAt ?? new Date()).getTime(),
            )
            .map(c => c.replica),
        );
      const finishedRunsOfEveryShard = (
        atLeast: number,
        by?: { replica: string; startedAfter: number },
      ) =>
        waitFor(
          `${atLeast} finished runs of every shard`,
          async () => {
            const runs = (await runStore.listRuns({ limit: 1000 })).filter(
              r =>
                r.finishedAt &&
                (!by ||
                  (r.startedAt.getTime() > by.startedAfter &&
                    replicasOf(r).has(by.replica))),
            );
            return Array.from({ length: shards }).every(
              (_, index) =>
                runs.filter(r => r.shard === index).length >= atLeast,
            );
          },
          15_000,
        );

      try {
        await finishedRunsOfEveryShard(2);
        // The scheduler's claims decide which replica wins a shard; the one that did most of the work goes
        // down (a rolling deploy), and the other must carry on with every shard.
        const [busiest, survivor] = ['a', 'b'].sort(
          (x, y) =>
            calls.filter(c => c.replica === y).length -
            calls.filter(c => c.replica === x).length,
        );
        await stop(busiest);
        await finishedRunsOfEveryShard(2, {
          replica: survivor,
          startedAfter: Date.now(),
        });
      } finally {
        for (const replica of replicas.keys()) await stop(replica);
        // A run that was claimed before the stop still finishes and releases its task.
        await waitFor(
          'runs in flight to finish',
          async () => {
            const running = await db('stackscore_runs')
              .where({ status: 'running' })
              .count({ n: '*' });
            const claimed = await db('backstage_backend_tasks__tasks')
              .whereNotNull('current_run_ticket')
              .count({ n: '*' });
            return Number(running[0].n) + Number(claimed[0].n) === 0;
          },
          15_000,
        );
      }

      // Both replicas registered the same three global tasks: one row each, not one per replica.
      const tasks = await db('backstage_backend_tasks__tasks')
        .select('id')
        .orderBy('id');
      expect(tasks.map(t => t.id)).toEqual(
        Array.from({ length: shards }, (_, i) => shardTaskId(i, shards)).sort(),
      );

      const runs = await runStore.listRuns({ limit: 1000 });
      for (let index = 0; index < shards; index++) {
        const ofShard = runs
          .filter(r => r.shard === index)
          .sort((x, y) => x.startedAt.getTime() - y.startedAt.getTime());
        expect(ofShard.length).toBeGreaterThanOrEqual(4);

        // No two runs of one shard overlap in time.
        const overlapping = ofShard
          .slice(1)
          .filter(
            (run, i) =>
              run.startedAt.getTime() < ofShard[i].finishedAt!.getTime(),
          );
        expect(overlapping).toEqual([]);

        for (const run of ofShard) {
          expect(run).toMatchObject({
            trigger: 'schedule',
            status: 'succeeded',
            shards,
            total: shardRefs[index].length,
            done: shardRefs[index].length,
            failed: 0,
          });
          // Every entity of the shard was scored exactly once in this run, all by one replica.
          const inRun = calls.filter(
            c =>
              shardOf(c.entityRef, shards) === index &&
              c.at >= run.startedAt.getTime() &&
              c.at <= run.finishedAt!.getTime(),
          );
          expect(inRun.map(c => c.entityRef).sort()).toEqual(shardRefs[index]);
          expect(replicasOf(run).size).toBe(1);
        }
      }

      // Both replicas scored: the one that went down before it did, the other after.
      expect(new Set(runs.flatMap(run => [...replicasOf(run)]))).toEqual(
        new Set(['a', 'b']),
      );

      // Run totals add up to the catalog in every round, and no scoring happened outside a run.
      const firstRound = shardRefs.map(
        (_, index) => runs.filter(r => r.shard === index)[0].total,
      );
      expect(firstRound.reduce((a, b) => a + b, 0)).toBe(entities.length);
      expect(calls).toHaveLength(runs.reduce((sum, run) => sum + run.total, 0));

      const [{ n }] = await db('stackscore_entities').count({ n: '*' });
      expect(Number(n)).toBe(entities.length);
      const scored = await db('stackscore_check_results')
        .distinct('entity_ref')
        .orderBy('entity_ref');
      expect(scored.map(r => r.entity_ref)).toEqual([...refs].sort());
    },
  );
});
