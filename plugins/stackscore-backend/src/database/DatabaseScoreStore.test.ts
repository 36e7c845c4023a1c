import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory from 'knex';
import { TestDatabases } from '@backstage/backend-test-utils';
import type { EntityScores } from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseScoreStore } from './DatabaseScoreStore';
import type { ScoredEntity } from './ScoreStore';

jest.setTimeout(60_000);

const entity: ScoredEntity = {
  entityRef: 'component:default/orders',
  kind: 'Component',
  namespace: 'default',
  name: 'orders',
  owner: 'group:default/payments',
  system: 'system:default/checkout',
  lifecycle: 'production',
  type: 'service',
  tags: ['pci'],
  ecosystems: ['go'],
};

function scores(status: 'pass' | 'fail'): EntityScores {
  return {
    entity: { kind: 'Component', namespace: 'default', name: 'orders' },
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
        evidence: [
          { message: 'CodeQL', file: '.github/workflows/ci.yml', line: 12 },
        ],
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

const snapshot = {
  entityHash: 'abc',
  sourceEtag: 'etag-1',
  sourceLocation: '/repos/orders',
  catalogueVersion: '2026.11.1+x',
};

async function createFileStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-store-'));
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: path.join(dir, 'scores.sqlite') },
    useNullAsDefault: true,
  });
  await applyDatabaseMigrations({ getClient: async () => db });
  return { db, store: await DatabaseScoreStore.create({ db }) };
}

describe('DatabaseScoreStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    return { db, store: await DatabaseScoreStore.create({ db }) };
  }

  it.each(databases.eachSupportedId())(
    'round-trips an entity’s scores, results and snapshot, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      expect(await store.getEntityScores(entity.entityRef)).toBeUndefined();
      const scoredAt = new Date('2026-11-20T10:00:00Z');
      await store.saveScores({
        entity,
        snapshot,
        scores: scores('pass'),
        scoredAt,
      });

      expect(await store.getSnapshot(entity.entityRef)).toEqual(snapshot);
      const stored = await store.getEntityScores(entity.entityRef);
      expect(stored).toEqual({
        entity,
        snapshot,
        scoredAt,
        scorecards: scores('pass').scorecards,
        results: [...scores('pass').results].sort((a, b) =>
          a.checkId.localeCompare(b.checkId),
        ),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'appends history only on status changes and keeps one point per scorecard and day, %p',
    async databaseId => {
      const { db, store } = await createStore(databaseId);
      const day1 = new Date('2026-11-20T10:00:00Z');
      const day1Later = new Date('2026-11-20T18:00:00Z');
      const day2 = new Date('2026-11-21T09:00:00Z');

      await store.saveScores({
        entity,
        snapshot,
        scores: scores('pass'),
        scoredAt: day1,
      });
      await store.saveScores({
        entity,
        snapshot,
        scores: scores('pass'),
        scoredAt: day1Later,
      });
      await store.saveScores({
        entity,
        snapshot,
        scores: scores('fail'),
        scoredAt: day2,
      });

      const history = await db('stackscore_result_history')
        .where({ entity_ref: entity.entityRef })
        .orderBy('id');
      expect(
        history.map(h => [h.check_id, h.previous_status, h.status]),
      ).toEqual([
        ['security.sast-in-ci', null, 'pass'],
        ['security.cors-allowlist', null, 'pass'],
        ['security.sast-in-ci', 'pass', 'fail'],
      ]);

      const points = await db('stackscore_score_points')
        .where({ entity_ref: entity.entityRef })
        .orderBy('day');
      expect(points.map(p => [p.day, p.level, Number(p.score)])).toEqual([
        ['2026-11-20', 'gold', 1],
        ['2026-11-21', 'none', 0.5],
      ]);
      const [{ n }] = await db('stackscore_check_results').count({ n: '*' });
      expect(Number(n)).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves the previous scores intact when a write fails halfway, %p',
    async databaseId => {
      // On SQLite this runs on a file: an in-memory database is private to one connection, and under heavy
      // parallel test load this case intermittently saw a write that should fail succeed (to be explained).
      const { db, store } =
        databaseId === 'SQLITE_3'
          ? await createFileStore()
          : await createStore(databaseId);
      await store.saveScores({
        entity,
        snapshot,
        scores: scores('pass'),
        scoredAt: new Date('2026-11-20T10:00:00Z'),
      });
      // The daily points are the transaction's last write; without their table it fails after the results
      // of this entity were already deleted and rewritten inside the transaction.
      await db.schema.renameTable(
        'stackscore_score_points',
        'stackscore_score_points_away',
      );
      await expect(
        store.saveScores({
          entity,
          snapshot: { ...snapshot, entityHash: 'changed' },
          scores: scores('fail'),
          scoredAt: new Date('2026-11-21T10:00:00Z'),
        }),
      ).rejects.toThrow(/stackscore_score_points/);
      await db.schema.renameTable(
        'stackscore_score_points_away',
        'stackscore_score_points',
      );
      const stored = await store.getEntityScores(entity.entityRef);
      expect(stored?.snapshot.entityHash).toBe('abc');
      expect(stored?.results.map(r => r.status)).toEqual(['pass', 'pass']);
      const [{ n }] = await db('stackscore_result_history').count({ n: '*' });
      expect(Number(n)).toBe(2);
      if (databaseId === 'SQLITE_3') await db.destroy();
    },
  );
});
