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
      ).toEqual([['security.sast-in-ci', 'pass', 'fail']]);

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
    'records no daily point for a scorecard that applies to nothing, %p',
    async databaseId => {
      const { db, store } = await createStore(databaseId);
      const scoredAt = new Date('2026-11-20T10:00:00Z');
      const withSlo = (applicable: number): EntityScores => ({
        ...scores('pass'),
        scorecards: [
          ...scores('pass').scorecards,
          { id: 'slo', level: 'none', score: 0, passed: 0, applicable },
        ],
      });
      await store.saveScores({
        entity,
        snapshot,
        scores: withSlo(1),
        scoredAt,
      });
      await store.saveScores({
        entity,
        snapshot,
        scores: withSlo(0),
        scoredAt: new Date('2026-11-20T11:00:00Z'),
      });
      const points = await db('stackscore_score_points')
        .where({ entity_ref: entity.entityRef })
        .orderBy('scorecard');
      expect(points.map(p => [p.scorecard, p.level])).toEqual([
        ['security', 'gold'],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves the previous scores intact when a write fails halfway, %p',
    async databaseId => {
      const { db, store } = await createStore(databaseId);
      await store.saveScores({
        entity,
        snapshot,
        scores: scores('pass'),
        scoredAt: new Date('2026-11-20T10:00:00Z'),
      });
      // The failure comes from inside the transaction after this entity's results were already deleted and
      // rewritten: the scorecards can be read once (for the latest levels) and then the write fails.
      const failing = scores('fail');
      let reads = 0;
      Object.defineProperty(failing, 'scorecards', {
        get() {
          reads++;
          if (reads > 1) throw new Error('disk full (simulated)');
          return scores('fail').scorecards;
        },
      });
      await expect(
        store.saveScores({
          entity,
          snapshot: { ...snapshot, entityHash: 'changed' },
          scores: failing,
          scoredAt: new Date('2026-11-21T10:00:00Z'),
        }),
      ).rejects.toThrow('disk full (simulated)');
      const stored = await store.getEntityScores(entity.entityRef);
      expect(stored?.snapshot.entityHash).toBe('abc');
      expect(stored?.results.map(r => r.status)).toEqual(['pass', 'pass']);
      // The failed write's pass → fail change is not in the history either.
      const [{ n }] = await db('stackscore_result_history').count({ n: '*' });
      expect(Number(n)).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'records a result seen for the first time only when it fails or errs, %p',
    async databaseId => {
      const { db, store } = await createStore(databaseId);
      await store.saveScores({
        entity,
        snapshot,
        scores: scores('fail'),
        scoredAt: new Date('2026-11-20T10:00:00Z'),
      });
      const history = await db('stackscore_result_history').orderBy('id');
      expect(
        history.map(h => [h.check_id, h.previous_status, h.status]),
      ).toEqual([['security.sast-in-ci', null, 'fail']]);
    },
  );
});
