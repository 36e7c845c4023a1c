import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { EntityScores } from '@stackscore/plugin-stackscore-common';
import { Knex } from 'knex';
import { DatabaseRetentionStore } from '../database/DatabaseRetentionStore';
import { DatabaseScoreStore } from '../database/DatabaseScoreStore';
import { applyDatabaseMigrations } from '../database/migrations';
import {
  cleanupTaskId,
  readRetentionDays,
  runCleanup,
  scheduleCleanup,
} from './cleanup';

jest.setTimeout(60_000);

const now = new Date('2026-11-22T12:00:00Z');

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

function scores(status: 'pass' | 'fail'): EntityScores {
  return {
    entity: { kind: 'Component', namespace: 'default', name: 'x' },
    ecosystems: [],
    scorecards: [
      {
        id: 'security',
        level: status === 'pass' ? 'bronze' : 'none',
        score: status === 'pass' ? 1 : 0,
        passed: status === 'pass' ? 1 : 0,
        applicable: 1,
      },
    ],
    results: [
      {
        checkId: 'security.sast-in-ci',
        scorecard: 'security',
        level: 'bronze',
        severity: 'high',
        status,
        evidence: [],
      },
    ],
  };
}

async function count(db: Knex, table: string, entityRef?: string) {
  const [{ n }] = await db(table)
    .where(entityRef ? { entity_ref: entityRef } : {})
    .count({ n: '*' });
  return Number(n);
}

describe('runCleanup', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scoreStore = await DatabaseScoreStore.create({ db });
    const save = (name: string, status: 'pass' | 'fail', scoredAt: Date) =>
      scoreStore.saveScores({
        entity: {
          entityRef: `component:default/${name}`,
          kind: 'Component',
          namespace: 'default',
          name,
          tags: [],
          ecosystems: [],
        },
        snapshot: { entityHash: 'h', catalogueVersion: 'v1' },
        scores: scores(status),
        scoredAt,
      });
    const retention = await DatabaseRetentionStore.create({ db });
    return { db, save, retention };
  }

  it.each(databases.eachSupportedId())(
    'removes entities that left the catalog and history older than the retention, keeping recent rows, %p',
    async databaseId => {
      const { db, save, retention } = await setup(databaseId);
      const orders = 'component:default/orders';
      const legacy = 'component:default/legacy-billing';
      // orders: first scored failing 400 days ago (outside a 365-day window), fixed yesterday.
      await save('orders', 'fail', new Date('2025-10-18T12:00:00Z'));
      await save('orders', 'pass', new Date('2026-11-21T12:00:00Z'));
      await save('legacy-billing', 'fail', new Date('2026-11-21T12:00:00Z'));

      expect(await count(db, 'stackscore_result_history', orders)).toBe(2);
      expect(await count(db, 'stackscore_score_points', orders)).toBe(2);
      expect(await count(db, 'stackscore_entities', legacy)).toBe(1);
      expect(await count(db, 'stackscore_check_results', legacy)).toBe(1);

      const logger = mockServices.logger.mock();
      const result = await runCleanup({
        catalog: catalogServiceMock({
          entities: [component('orders'), component('new-service')],
        }),
        auth: mockServices.auth(),
        retention,
        retentionDays: 365,
        logger,
        now: () => now,
      });

      expect(result).toEqual({
        cutoff: new Date('2025-11-22T12:00:00Z'),
        history: { resultHistory: 1, scorePoints: 1, runs: 0, exemptions: 0 },
        entities: {
          status: 'deleted',
          removedEntityRefs: [legacy],
          rows: {
            entities: 1,
            checkResults: 1,
            scorecardScores: 1,
            scorePoints: 1,
            resultHistory: 1,
            exemptions: 0,
            technologies: 0,
            remediationItems: expect.any(Number),
          },
        },
      });

      for (const table of [
        'stackscore_entities',
        'stackscore_check_results',
        'stackscore_scorecard_scores',
        'stackscore_score_points',
        'stackscore_result_history',
      ]) {
        expect(await count(db, table, legacy)).toBe(0);
      }
      expect(await count(db, 'stackscore_entities', orders)).toBe(1);
      expect(await count(db, 'stackscore_check_results', orders)).toBe(1);
      expect(await count(db, 'stackscore_scorecard_scores', orders)).toBe(1);
      const [history] = await db('stackscore_result_history');
      expect([history.entity_ref, history.status]).toEqual([orders, 'pass']);
      const [point] = await db('stackscore_score_points');
      expect([point.entity_ref, point.day]).toEqual([orders, '2026-11-21']);

      expect(logger.info).toHaveBeenCalledWith(
        'Stackscore cleanup finished',
        expect.objectContaining({
          deletedResultHistory: 1,
          deletedScorePoints: 1,
          removedEntities: 1,
        }),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps every entity when the catalog lists no components, %p',
    async databaseId => {
      const { db, save, retention } = await setup(databaseId);
      await save('orders', 'pass', new Date('2026-11-21T12:00:00Z'));
      const logger = mockServices.logger.mock();

      const result = await runCleanup({
        catalog: catalogServiceMock({ entities: [] }),
        auth: mockServices.auth(),
        retention,
        retentionDays: 365,
        logger,
        now: () => now,
      });

      expect(result.entities.status).toBe('skipped');
      expect(await count(db, 'stackscore_entities')).toBe(1);
      expect(await count(db, 'stackscore_check_results')).toBe(1);
      expect(await count(db, 'stackscore_score_points')).toBe(1);
      expect(logger.warn).toHaveBeenCalledWith(
        'Stackscore cleanup kept the scores of all entities',
        { reason: expect.stringMatching(/catalog listing is empty/) },
      );
    },
  );

  it('keeps entities, after removing old history, when the catalog cannot be listed', async () => {
    const { db, save, retention } = await setup('SQLITE_3');
    await save('orders', 'pass', new Date('2024-01-01T12:00:00Z'));
    const catalog = catalogServiceMock();
    catalog.getEntities = async () => {
      throw new Error('catalog unavailable');
    };

    await expect(
      runCleanup({
        catalog,
        auth: mockServices.auth(),
        retention,
        retentionDays: 30,
        logger: mockServices.logger.mock(),
        now: () => now,
      }),
    ).rejects.toThrow(
      'Stackscore cleanup could not list the catalog; entities were not cleaned up; caused by Error: catalog unavailable',
    );
    expect(await count(db, 'stackscore_result_history')).toBe(0);
    expect(await count(db, 'stackscore_entities')).toBe(1);
  });
});

describe('scheduleCleanup', () => {
  it('schedules one global task that runs the cleanup', async () => {
    const scheduler = mockServices.scheduler.mock();
    const retention = {
      deleteHistoryOlderThan: jest.fn().mockResolvedValue({
        resultHistory: 0,
        scorePoints: 0,
        runs: 0,
        exemptions: 0,
      }),
      deleteEntitiesNotIn: jest.fn().mockResolvedValue({
        status: 'deleted',
        removedEntityRefs: [],
        rows: {},
      }),
    };
    await scheduleCleanup({
      scheduler,
      catalog: catalogServiceMock({ entities: [component('orders')] }),
      auth: mockServices.auth(),
      retention,
      retentionDays: 7,
      logger: mockServices.logger.mock(),
      now: () => now,
    });

    expect(scheduler.scheduleTask).toHaveBeenCalledTimes(1);
    const task = scheduler.scheduleTask.mock.calls[0][0];
    expect(task).toMatchObject({
      id: cleanupTaskId,
      scope: 'global',
      frequency: { hours: 1 },
      initialDelay: { minutes: 1 },
    });
    await task.fn(new AbortController().signal);
    expect(retention.deleteHistoryOlderThan).toHaveBeenCalledWith(
      new Date('2026-11-15T12:00:00Z'),
    );
    expect(retention.deleteEntitiesNotIn).toHaveBeenCalledWith(
      new Set(['component:default/orders']),
    );
  });
});

describe('readRetentionDays', () => {
  it('defaults to a year and reads the configured number of days', () => {
    expect(readRetentionDays(new ConfigReader({}))).toBe(365);
    expect(
      readRetentionDays(
        new ConfigReader({ stackscore: { retention: { days: 90 } } }),
      ),
    ).toBe(90);
  });

  it.each([0, -3, 1.5])('rejects %p naming the key', days => {
    expect(() =>
      readRetentionDays(
        new ConfigReader({ stackscore: { retention: { days } } }),
      ),
    ).toThrow(
      `Invalid configuration at stackscore.retention.days: ${days} is not a positive whole number`,
    );
  });

  it('rejects a value that is not a number', () => {
    expect(() =>
      readRetentionDays(
        new ConfigReader({ stackscore: { retention: { days: 'forever' } } }),
      ),
    ).toThrow(/stackscore\.retention\.days/);
  });
});
