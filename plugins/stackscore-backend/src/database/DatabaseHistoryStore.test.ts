import { TestDatabases } from '@backstage/backend-test-utils';
import type { ScorecardScore } from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseHistoryStore } from './DatabaseHistoryStore';
import { DatabaseScoreStore } from './DatabaseScoreStore';

jest.setTimeout(60_000);

const entityRef = 'component:default/orders';

const card = (
  id: ScorecardScore['id'],
  level: ScorecardScore['level'],
  passed: number,
): ScorecardScore => ({ id, level, score: passed / 4, passed, applicable: 4 });

describe('DatabaseHistoryStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStores(
    databaseId: Parameters<typeof databases.init>[0],
  ) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const save = (scoredAt: string, scorecards: ScorecardScore[]) =>
      scores.saveScores({
        entity: {
          entityRef,
          kind: 'Component',
          namespace: 'default',
          name: 'orders',
          tags: [],
          ecosystems: ['go'],
        },
        snapshot: { entityHash: scoredAt, catalogueVersion: '1' },
        scores: {
          entity: { kind: 'Component', namespace: 'default', name: 'orders' },
          ecosystems: ['go'],
          scorecards,
          results: [],
        },
        scoredAt: new Date(scoredAt),
      });
    return { history: await DatabaseHistoryStore.create({ db }), save };
  }

  it.each(databases.eachSupportedId())(
    'reads daily points in a day range ordered by day then scorecard, %p',
    async databaseId => {
      const { history, save } = await createStores(databaseId);
      expect(
        await history.getScorePoints({
          entityRef,
          from: '2026-01-01',
          to: '2026-12-31',
        }),
      ).toBeUndefined();

      await save('2026-11-18T09:00:00Z', [
        card('slo', 'none', 1),
        card('security', 'bronze', 2),
      ]);
      await save('2026-11-19T09:00:00Z', [
        card('slo', 'bronze', 2),
        card('security', 'bronze', 2),
      ]);
      // A later run on the same day replaces that day's point.
      await save('2026-11-19T18:00:00Z', [
        card('slo', 'silver', 3),
        card('security', 'silver', 3),
      ]);
      await save('2026-11-20T09:00:00Z', [
        card('slo', 'gold', 4),
        card('security', 'silver', 3),
      ]);

      expect(
        await history.getScorePoints({
          entityRef,
          from: '2026-11-19',
          to: '2026-11-20',
        }),
      ).toEqual([
        {
          day: '2026-11-19',
          scorecard: 'security',
          level: 'silver',
          score: 0.75,
        },
        { day: '2026-11-19', scorecard: 'slo', level: 'silver', score: 0.75 },
        {
          day: '2026-11-20',
          scorecard: 'security',
          level: 'silver',
          score: 0.75,
        },
        { day: '2026-11-20', scorecard: 'slo', level: 'gold', score: 1 },
      ]);

      expect(
        await history.getScorePoints({
          entityRef,
          scorecard: 'slo',
          from: '2026-11-01',
          to: '2026-11-30',
        }),
      ).toEqual([
        { day: '2026-11-18', scorecard: 'slo', level: 'none', score: 0.25 },
        { day: '2026-11-19', scorecard: 'slo', level: 'silver', score: 0.75 },
        { day: '2026-11-20', scorecard: 'slo', level: 'gold', score: 1 },
      ]);

      expect(
        await history.getScorePoints({
          entityRef,
          from: '2025-01-01',
          to: '2025-12-31',
        }),
      ).toEqual([]);
    },
  );
});
