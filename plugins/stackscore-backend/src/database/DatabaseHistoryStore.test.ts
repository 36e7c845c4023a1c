import { TestDatabases } from '@backstage/backend-test-utils';
import type { ScorecardScore } from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseHistoryStore } from './DatabaseHistoryStore';
import { DatabaseScoreStore } from './DatabaseScoreStore';
import {
  saveScorecards,
  scorecardScore,
} from '../__testUtils__/scorecardScores';

jest.setTimeout(60_000);

const entityRef = 'component:default/orders';

const card = scorecardScore;

describe('DatabaseHistoryStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  type Save = Awaited<ReturnType<typeof createStores>>['save'];

  async function createStores(
    databaseId: Parameters<typeof databases.init>[0],
  ) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const save = (
      scoredAt: string,
      scorecards: ScorecardScore[],
      options?: { name?: string; owner?: string },
    ) => saveScorecards(scores, new Date(scoredAt), scorecards, options);
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

  describe('getTeamTrend', () => {
    const payments = 'group:default/payments';
    const search = 'group:default/search';
    const range = { from: '2026-11-01', to: '2026-11-30' };

    /** Two days of points for two payments services, one search service and one of another team. */
    async function seedTeams(save: Save) {
      await save('2026-11-18T09:00:00Z', [card('slo', 'none', 1)], {
        name: 'orders',
        owner: payments,
      });
      await save(
        '2026-11-19T09:00:00Z',
        [card('slo', 'silver', 3), card('security', 'bronze', 2)],
        { name: 'orders', owner: payments },
      );
      await save(
        '2026-11-19T10:00:00Z',
        [card('slo', 'gold', 4), card('security', 'bronze', 1)],
        { name: 'ledger', owner: payments },
      );
      await save('2026-11-19T11:00:00Z', [card('slo', 'bronze', 2)], {
        name: 'indexer',
        owner: search,
      });
      await save('2026-11-19T12:00:00Z', [card('slo', 'none', 0)], {
        name: 'stray',
        owner: 'group:default/ghost',
      });
      await save('2026-11-19T13:00:00Z', [card('slo', 'none', 0)], {
        name: 'orphan',
      });
      await save('2026-11-20T09:00:00Z', [card('slo', 'gold', 4)], {
        name: 'orders',
        owner: payments,
      });
    }

    const levels = (
      counts: Partial<Record<ScorecardScore['level'], number>>,
    ) => ({
      none: 0,
      bronze: 0,
      silver: 0,
      gold: 0,
      ...counts,
    });

    it.each(databases.eachSupportedId())(
      'averages scores and counts levels per day and scorecard over the owners’ entities only, %p',
      async databaseId => {
        const { history, save } = await createStores(databaseId);
        await seedTeams(save);

        expect(
          await history.getTeamTrend({ owners: [payments, search], ...range }),
        ).toEqual([
          {
            day: '2026-11-18',
            scorecard: 'slo',
            entities: 1,
            averageScore: 0.25,
            levelDistribution: levels({ none: 1 }),
          },
          {
            day: '2026-11-19',
            scorecard: 'security',
            entities: 2,
            averageScore: 0.375,
            levelDistribution: levels({ bronze: 2 }),
          },
          {
            day: '2026-11-19',
            scorecard: 'slo',
            entities: 3,
            averageScore: 0.75,
            levelDistribution: levels({ bronze: 1, silver: 1, gold: 1 }),
          },
          {
            day: '2026-11-20',
            scorecard: 'slo',
            entities: 1,
            averageScore: 1,
            levelDistribution: levels({ gold: 1 }),
          },
        ]);

        expect(
          await history.getTeamTrend({ owners: [search], ...range }),
        ).toEqual([
          {
            day: '2026-11-19',
            scorecard: 'slo',
            entities: 1,
            averageScore: 0.5,
            levelDistribution: levels({ bronze: 1 }),
          },
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'narrows to one scorecard and includes both ends of the day range, %p',
      async databaseId => {
        const { history, save } = await createStores(databaseId);
        await seedTeams(save);

        const slo = await history.getTeamTrend({
          owners: [payments],
          scorecard: 'slo',
          ...range,
        });
        expect(slo.map(p => [p.day, p.scorecard, p.entities])).toEqual([
          ['2026-11-18', 'slo', 1],
          ['2026-11-19', 'slo', 2],
          ['2026-11-20', 'slo', 1],
        ]);

        const bounded = await history.getTeamTrend({
          owners: [payments],
          from: '2026-11-19',
          to: '2026-11-20',
        });
        expect(bounded.map(p => [p.day, p.scorecard])).toEqual([
          ['2026-11-19', 'security'],
          ['2026-11-19', 'slo'],
          ['2026-11-20', 'slo'],
        ]);

        const oneDay = await history.getTeamTrend({
          owners: [payments],
          from: '2026-11-18',
          to: '2026-11-18',
        });
        expect(oneDay.map(p => p.day)).toEqual(['2026-11-18']);
      },
    );

    it.each(databases.eachSupportedId())(
      'returns no points for no owners, owners without entities or days without points, %p',
      async databaseId => {
        const { history, save } = await createStores(databaseId);
        expect(
          await history.getTeamTrend({ owners: [payments], ...range }),
        ).toEqual([]);

        await seedTeams(save);
        expect(await history.getTeamTrend({ owners: [], ...range })).toEqual(
          [],
        );
        expect(
          await history.getTeamTrend({
            owners: ['group:default/nobody'],
            ...range,
          }),
        ).toEqual([]);
        expect(
          await history.getTeamTrend({
            owners: [payments],
            from: '2025-01-01',
            to: '2025-12-31',
          }),
        ).toEqual([]);
      },
    );

    it.each(databases.eachSupportedId())(
      'counts an entity for its current owner on every day, %p',
      async databaseId => {
        const { history, save } = await createStores(databaseId);
        await seedTeams(save);
        // indexer moves from search to payments; its 19 November point moves with it.
        await save('2026-11-21T09:00:00Z', [card('slo', 'gold', 4)], {
          name: 'indexer',
          owner: payments,
        });

        expect(
          await history.getTeamTrend({ owners: [search], ...range }),
        ).toEqual([]);
        const slo = await history.getTeamTrend({
          owners: [payments],
          scorecard: 'slo',
          ...range,
        });
        expect(slo.map(p => [p.day, p.entities, p.averageScore])).toEqual([
          ['2026-11-18', 1, 0.25],
          ['2026-11-19', 3, 0.75],
          ['2026-11-20', 1, 1],
          ['2026-11-21', 1, 1],
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'adds up owners across bind-parameter chunks without counting duplicates twice, %p',
      async databaseId => {
        const { history, save } = await createStores(databaseId);
        await seedTeams(save);
        const strangers = Array.from(
          { length: 1200 },
          (_, i) => `group:default/stranger-${i}`,
        );
        // Deduplicated, payments leads the first chunk of 500 and search ends the third.
        const owners = [
          payments,
          ...strangers.slice(0, 600),
          payments,
          ...strangers.slice(600),
          search,
        ];

        expect(await history.getTeamTrend({ owners, ...range })).toEqual(
          await history.getTeamTrend({ owners: [payments, search], ...range }),
        );
      },
    );
  });
});
