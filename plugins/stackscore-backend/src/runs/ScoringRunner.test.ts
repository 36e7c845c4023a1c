import path from 'path';
import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { exampleEntity } from '../__testUtils__/startStackscore';
import { applyDatabaseMigrations } from '../database/migrations';
import { DatabaseRunStore } from '../database/DatabaseRunStore';
import { DatabaseScoreStore } from '../database/DatabaseScoreStore';
import { createScoringPipeline } from '../pipeline/defaultPipeline';
import { EntityScorer } from './EntityScorer';
import { ScoringRunner } from './ScoringRunner';
import { shardOf } from './fingerprints';

jest.setTimeout(120_000);

const examples = path.resolve(__dirname, '../../../../examples/repos');

function component(
  name: string,
  sourceDir = name,
  extra: Partial<Entity['spec']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations: { 'stackscore.io/source-dir': sourceDir } },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments',
      ...extra,
    },
  };
}

describe('ScoringRunner', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const runs = await DatabaseRunStore.create({ db });
    const pipeline = createScoringPipeline({
      // A collector that never answers for one entity stands in for a hanging repository host.
      extensionCollectors: [
        {
          id: 'hangs-for-stuck',
          collect: ({ entity }) =>
            entity.metadata.name === 'stuck'
              ? new Promise(() => {})
              : Promise.resolve({}),
        },
      ],
    });
    const scorer = new EntityScorer({
      pipeline,
      settings: { internalNpmScopes: ['larkspur'], installScriptAllowlist: [] },
      store: scores,
      urlReader: mockServices.urlReader.mock(),
      localRoot: examples,
      logger: mockServices.logger.mock(),
    });
    const runnerFor = (entities: Entity[]) =>
      new ScoringRunner({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        scorer,
        runs,
        logger: mockServices.logger.mock(),
        limits: { concurrency: 2, entityTimeoutMs: 1500 },
      });
    return { scores, runs, runnerFor };
  }

  it.each(databases.eachSupportedId())(
    'scores every component, records a stuck one as failed and goes on, %p',
    async databaseId => {
      const { scores, runnerFor } = await setup(databaseId);
      const runner = runnerFor([
        await exampleEntity('checkout-api'),
        await exampleEntity('promo-codes'),
        component('stuck', 'tokenizer'),
      ]);
      const run = await runner.run({ trigger: 'manual' });
      expect(run).toMatchObject({
        status: 'partial',
        total: 3,
        done: 3,
        failed: 1,
        skipped: 0,
      });
      expect(run.failures).toEqual([
        {
          entityRef: 'component:default/stuck',
          message: 'Scoring component:default/stuck took longer than 1500 ms',
        },
      ]);
      const checkout = await scores.getEntityScores(
        'component:default/checkout-api',
      );
      expect(checkout?.scorecards.map(s => s.level)).toEqual([
        'gold',
        'gold',
        'gold',
        'gold',
      ]);
      const promo = await scores.getEntityScores(
        'component:default/promo-codes',
      );
      expect(promo?.scorecards.map(s => s.level)).toEqual([
        'none',
        'none',
        'none',
        'none',
      ]);
      expect(
        await scores.getEntityScores('component:default/stuck'),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'skips unchanged entities and rescores changed ones, %p',
    async databaseId => {
      const { runnerFor } = await setup(databaseId);
      const entities = [component('checkout-api'), component('fx-rates')];
      expect(
        await runnerFor(entities).run({ trigger: 'schedule' }),
      ).toMatchObject({
        status: 'succeeded',
        done: 2,
        skipped: 0,
      });
      expect(
        await runnerFor(entities).run({ trigger: 'schedule' }),
      ).toMatchObject({
        status: 'succeeded',
        done: 2,
        skipped: 2,
      });
      const changed = [
        component('checkout-api', 'checkout-api', {
          lifecycle: 'experimental',
        }),
        entities[1],
      ];
      expect(
        await runnerFor(changed).run({ trigger: 'schedule' }),
      ).toMatchObject({
        done: 2,
        skipped: 1,
      });
    },
  );

  it('scores only its shard when the catalog is split', async () => {
    const { runnerFor } = await setup('SQLITE_3');
    const names = [
      'checkout-api',
      'fx-rates',
      'promo-codes',
      'tokenizer',
      'notifications',
    ];
    const entities = names.map(n => component(n));
    const inShard0 = names.filter(
      n => shardOf(`component:default/${n}`, 2) === 0,
    );
    const run0 = await runnerFor(entities).run({
      trigger: 'schedule',
      shard: { index: 0, count: 2 },
    });
    const run1 = await runnerFor(entities).run({
      trigger: 'schedule',
      shard: { index: 1, count: 2 },
    });
    expect(run0.total).toBe(inShard0.length);
    expect(run0.total + run1.total).toBe(names.length);
    expect(run0).toMatchObject({ shard: 0, shards: 2, status: 'succeeded' });
  });

  it('marks the run failed with the reason when the catalog cannot be listed', async () => {
    const { runs } = await setup('SQLITE_3');
    const catalog = catalogServiceMock();
    catalog.getEntities = async () => {
      throw new Error('catalog unavailable');
    };
    const runner = new ScoringRunner({
      catalog,
      auth: mockServices.auth(),
      scorer: {} as EntityScorer,
      runs,
      logger: mockServices.logger.mock(),
      limits: { concurrency: 1, entityTimeoutMs: 1000 },
    });
    const run = await runner.run({ trigger: 'schedule' });
    expect(run.status).toBe('failed');
    expect(run.failures[0].message).toMatch(
      /Could not list the catalog: Error: catalog unavailable/,
    );
  });

  it('keeps scoring when progress cannot be written, and reports the end even when the store is gone', async () => {
    const { runs } = await setup('SQLITE_3');
    let storeDown = false;
    const failing = Object.create(runs) as typeof runs;
    failing.updateProgress = async () => {
      throw new Error('Connection terminated unexpectedly');
    };
    failing.finishRun = async (...args) => {
      if (storeDown) throw new Error('Connection terminated unexpectedly');
      return runs.finishRun(...args);
    };
    const scorer = {
      score: async () => {
        storeDown = true;
        throw new Error('Connection terminated unexpectedly');
      },
    } as unknown as EntityScorer;
    const runner = new ScoringRunner({
      catalog: catalogServiceMock({
        entities: [component('checkout-api'), component('promo-codes')],
      }),
      auth: mockServices.auth(),
      scorer,
      runs: failing,
      logger: mockServices.logger.mock(),
      limits: { concurrency: 1, entityTimeoutMs: 1000 },
    });
    const run = await runner.run({ trigger: 'manual' });
    expect(run).toMatchObject({ status: 'failed', total: 2 });
    expect(run.finishedAt).toBeInstanceOf(Date);
    expect(run.failures[0].message).toMatch(/Connection terminated/);
    // Nothing could be recorded: the stored run is still open, for the stale-run sweep to close.
    expect((await runs.getRun(run.id))!.status).toBe('running');
  });
});
