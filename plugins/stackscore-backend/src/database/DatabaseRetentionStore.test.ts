import { randomUUID } from 'crypto';
import { TestDatabases } from '@backstage/backend-test-utils';
import type { EntityScores } from '@stackscore/plugin-stackscore-common';
import { Knex } from 'knex';
import { DatabaseRetentionStore } from './DatabaseRetentionStore';
import { DatabaseScoreStore } from './DatabaseScoreStore';
import { applyDatabaseMigrations } from './migrations';

jest.setTimeout(60_000);

const tables = [
  'stackscore_entities',
  'stackscore_check_results',
  'stackscore_scorecard_scores',
  'stackscore_score_points',
  'stackscore_result_history',
  'stackscore_exemptions',
  'stackscore_entity_technologies',
  'stackscore_remediation_items',
] as const;

function scores(name: string, status: 'pass' | 'fail'): EntityScores {
  return {
    entity: { kind: 'Component', namespace: 'default', name },
    ecosystems: ['go'],
    scorecards: [
      {
        id: 'security',
        level: status === 'pass' ? 'gold' : 'none',
        score: status === 'pass' ? 1 : 0.5,
        passed: status === 'pass' ? 2 : 1,
        applicable: 2,
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
      {
        checkId: 'security.cors-allowlist',
        scorecard: 'security',
        level: 'bronze',
        severity: 'high',
        status: 'pass',
        evidence: [],
      },
    ],
  };
}

async function count(
  db: Knex,
  table: string,
  where: Record<string, unknown> = {},
): Promise<number> {
  const [{ n }] = await db(table).where(where).count({ n: '*' });
  return Number(n);
}

/** Rows of every entity-keyed table, optionally of one entity. */
async function countAll(db: Knex, entityRef?: string) {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = await count(
      db,
      table,
      entityRef ? { entity_ref: entityRef } : {},
    );
  }
  return counts;
}

function exemption(
  entityRef: string,
  times: { expiresAt: Date; revokedAt?: Date; createdAt?: Date },
) {
  return {
    id: randomUUID(),
    entity_ref: entityRef,
    check_id: 'security.sast-in-ci',
    reason: 'migrating CI',
    created_by: 'user:default/ada',
    created_at: times.createdAt ?? new Date('2024-06-01T00:00:00Z'),
    expires_at: times.expiresAt,
    revoked_at: times.revokedAt ?? null,
    revoked_by: times.revokedAt ? 'user:default/ada' : null,
  };
}

function run(startedAt: Date, finishedAt?: Date) {
  return {
    id: randomUUID(),
    trigger: 'schedule',
    status: finishedAt ? 'succeeded' : 'running',
    total: 1,
    done: finishedAt ? 1 : 0,
    failed: 0,
    skipped: 0,
    started_at: startedAt,
    finished_at: finishedAt ?? null,
  };
}

describe('DatabaseRetentionStore', () => {
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
          ecosystems: ['go'],
        },
        snapshot: { entityHash: 'h', catalogueVersion: 'v1' },
        scores: scores(name, status),
        scoredAt,
        technologies: [
          {
            key: 'radar:go',
            entryId: 'go',
            kind: 'language',
            name: 'Go',
            evidence: [{ file: 'go.mod' }],
          },
        ],
      });
    return { db, save, store: await DatabaseRetentionStore.create({ db }) };
  }

  it.each(databases.eachSupportedId())(
    'deletes history, score points, runs and exemptions older than the cutoff and keeps the rest, %p',
    async databaseId => {
      const { db, save, store } = await setup(databaseId);
      const ref = 'component:default/orders';
      // Two old status changes (sast-in-ci first seen failing, then fixed), one recent (it fails again).
      await save('orders', 'fail', new Date('2025-03-01T10:00:00Z'));
      await save('orders', 'pass', new Date('2025-03-02T10:00:00Z'));
      await save('orders', 'fail', new Date('2026-11-20T10:00:00Z'));
      await db('stackscore_runs').insert([
        run(new Date('2025-03-01T10:00:00Z'), new Date('2025-03-01T10:05:00Z')),
        run(new Date('2026-11-20T10:00:00Z'), new Date('2026-11-20T10:05:00Z')),
        // Started long ago and never finished: kept, it may still be running.
        run(new Date('2025-03-01T11:00:00Z')),
      ]);
      await db('stackscore_exemptions').insert([
        exemption(ref, { expiresAt: new Date('2025-04-01T00:00:00Z') }),
        exemption(ref, {
          expiresAt: new Date('2027-01-01T00:00:00Z'),
          revokedAt: new Date('2025-05-01T00:00:00Z'),
        }),
        exemption(ref, { expiresAt: new Date('2027-01-01T00:00:00Z') }),
        exemption(ref, { expiresAt: new Date('2026-10-01T00:00:00Z') }),
      ]);

      const before = {
        history: await count(db, 'stackscore_result_history'),
        points: await count(db, 'stackscore_score_points'),
        runs: await count(db, 'stackscore_runs'),
        exemptions: await count(db, 'stackscore_exemptions'),
        results: await count(db, 'stackscore_check_results'),
      };
      expect(before).toEqual({
        history: 3,
        points: 3,
        runs: 3,
        exemptions: 4,
        results: 2,
      });

      const deleted = await store.deleteHistoryOlderThan(
        new Date('2026-01-01T00:00:00Z'),
      );
      expect(deleted).toEqual({
        resultHistory: 2,
        scorePoints: 2,
        runs: 1,
        exemptions: 2,
      });

      expect({
        history: await count(db, 'stackscore_result_history'),
        points: await count(db, 'stackscore_score_points'),
        runs: await count(db, 'stackscore_runs'),
        exemptions: await count(db, 'stackscore_exemptions'),
        results: await count(db, 'stackscore_check_results'),
      }).toEqual({ history: 1, points: 1, runs: 2, exemptions: 2, results: 2 });
      const [history] = await db('stackscore_result_history');
      expect([history.check_id, history.status]).toEqual([
        'security.sast-in-ci',
        'fail',
      ]);
      const [point] = await db('stackscore_score_points');
      expect(point.day).toBe('2026-11-20');
      expect(
        (await db('stackscore_runs').orderBy('started_at')).map(r => r.status),
      ).toEqual(['running', 'succeeded']);

      expect(
        await store.deleteHistoryOlderThan(new Date('2026-01-01T00:00:00Z')),
      ).toEqual({ resultHistory: 0, scorePoints: 0, runs: 0, exemptions: 0 });
    },
  );

  it.each(databases.eachSupportedId())(
    'deletes every row of entities that left the catalog and nothing of the others, %p',
    async databaseId => {
      const { db, save, store } = await setup(databaseId);
      const kept = 'component:default/orders';
      const gone = 'component:default/legacy-billing';
      for (const name of ['orders', 'legacy-billing']) {
        await save(name, 'pass', new Date('2026-11-19T10:00:00Z'));
        await save(name, 'fail', new Date('2026-11-20T10:00:00Z'));
      }
      await db('stackscore_exemptions').insert([
        exemption(kept, { expiresAt: new Date('2027-01-01T00:00:00Z') }),
        exemption(gone, { expiresAt: new Date('2027-01-01T00:00:00Z') }),
      ]);
      // An exemption granted for an entity that was never scored is removed too once it is not in the catalog.
      await db('stackscore_exemptions').insert(
        exemption('component:default/never-scored', {
          expiresAt: new Date('2027-01-01T00:00:00Z'),
        }),
      );

      const perEntity = {
        stackscore_entities: 1,
        stackscore_check_results: 2,
        stackscore_scorecard_scores: 1,
        stackscore_score_points: 2,
        stackscore_result_history: 1,
        stackscore_exemptions: 1,
        stackscore_entity_technologies: 1,
        stackscore_remediation_items: 1,
      };
      expect(await countAll(db, kept)).toEqual(perEntity);
      expect(await countAll(db, gone)).toEqual(perEntity);
      const events = async () =>
        Number(
          (await db('stackscore_remediation_events').count({ n: '*' }))[0].n,
        );
      expect(await events()).toBe(2);

      // The catalog spells kinds in PascalCase; stored refs are lower case.
      const result = await store.deleteEntitiesNotIn(
        new Set(['Component:default/orders', 'component:default/new-one']),
      );
      expect(result).toEqual({
        status: 'deleted',
        removedEntityRefs: [gone, 'component:default/never-scored'].sort(),
        rows: {
          entities: 1,
          checkResults: 2,
          scorecardScores: 1,
          scorePoints: 2,
          resultHistory: 1,
          exemptions: 2,
          technologies: 1,
          remediationItems: 1,
        },
      });

      expect(await countAll(db, kept)).toEqual(perEntity);
      expect(await countAll(db)).toEqual(perEntity);
      // The removed entity's item took its event along.
      expect(await events()).toBe(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'deletes nothing when the catalog listing is empty, %p',
    async databaseId => {
      const { db, save, store } = await setup(databaseId);
      await save('orders', 'pass', new Date('2026-11-20T10:00:00Z'));
      const before = await countAll(db);
      expect(before.stackscore_entities).toBe(1);
      expect(before.stackscore_check_results).toBe(2);

      const result = await store.deleteEntitiesNotIn(new Set());
      expect(result).toEqual({
        status: 'skipped',
        reason: expect.stringMatching(/catalog listing is empty/),
      });
      expect(await countAll(db)).toEqual(before);
    },
  );

  it.each(databases.eachSupportedId())(
    'removes more entities than one statement may bind, in batches, %p',
    async databaseId => {
      const { db, save, store } = await setup(databaseId);
      await save('orders', 'pass', new Date('2026-11-20T10:00:00Z'));
      const removedCount = 1234;
      const refs = Array.from(
        { length: removedCount },
        (_, i) => `component:default/retired-${String(i).padStart(4, '0')}`,
      );
      await db.batchInsert(
        'stackscore_entities',
        refs.map(ref => ({
          entity_ref: ref,
          kind: 'Component',
          namespace: 'default',
          name: ref.split('/')[1],
          tags: '[]',
          ecosystems: '[]',
          entity_hash: 'h',
          catalogue_version: 'v1',
          scored_at: new Date('2026-11-20T10:00:00Z'),
        })),
        50,
      );
      await db.batchInsert(
        'stackscore_score_points',
        refs.map(ref => ({
          entity_ref: ref,
          scorecard: 'security',
          day: '2026-11-20',
          level: 'none',
          score: 0,
        })),
        100,
      );
      expect(await count(db, 'stackscore_entities')).toBe(removedCount + 1);
      expect(await count(db, 'stackscore_score_points')).toBe(removedCount + 1);

      const result = await store.deleteEntitiesNotIn(
        new Set(['component:default/orders']),
      );
      expect(result).toMatchObject({
        status: 'deleted',
        removedEntityRefs: refs,
        rows: { entities: removedCount, scorePoints: removedCount },
      });
      expect(await countAll(db)).toEqual({
        stackscore_entities: 1,
        stackscore_check_results: 2,
        stackscore_scorecard_scores: 1,
        stackscore_score_points: 1,
        stackscore_result_history: 0,
        stackscore_exemptions: 0,
        stackscore_entity_technologies: 1,
        stackscore_remediation_items: 0,
      });
    },
  );
});
