import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
import {
  TestDatabases,
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ScorecardScore } from '@stackscore/plugin-stackscore-common';
import { DatabaseHistoryStore } from '../../database/DatabaseHistoryStore';
import { DatabaseScoreStore } from '../../database/DatabaseScoreStore';
import { applyDatabaseMigrations } from '../../database/migrations';
import { addHistoryRoutes } from './history';

jest.setTimeout(60_000);

const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

const path = '/v1/entities/component/default/orders/history';

const card = (
  id: ScorecardScore['id'],
  level: ScorecardScore['level'],
  passed: number,
): ScorecardScore => ({ id, level, score: passed / 4, passed, applicable: 4 });

describe('history routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(
    databaseId: Parameters<typeof databases.init>[0],
    credentials: BackstageCredentials = mockCredentials.user(),
  ) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const save = (scoredAt: Date, scorecards: ScorecardScore[]) =>
      scores.saveScores({
        entity: {
          entityRef: 'component:default/orders',
          kind: 'Component',
          namespace: 'default',
          name: 'orders',
          tags: [],
          ecosystems: ['go'],
        },
        snapshot: { entityHash: scoredAt.toISOString(), catalogueVersion: '1' },
        scores: {
          entity: { kind: 'Component', namespace: 'default', name: 'orders' },
          ecosystems: ['go'],
          scorecards,
          results: [],
        },
        scoredAt,
      });
    const router = Router();
    addHistoryRoutes(router, {
      history: await DatabaseHistoryStore.create({ db }),
      httpAuth: mockServices.httpAuth({ defaultCredentials: credentials }),
    });
    return { app: express().use(router).use(mockErrorHandler()), save };
  }

  it.each(databases.eachSupportedId())(
    'serves the last 90 days by default, ordered by day then scorecard, %p',
    async databaseId => {
      const { app, save } = await setup(databaseId);
      const old = daysAgo(120);
      const recent = daysAgo(10);
      const today = new Date();
      await save(old, [card('slo', 'none', 0)]);
      await save(recent, [
        card('slo', 'bronze', 2),
        card('security', 'none', 1),
      ]);
      await save(today, [
        card('slo', 'silver', 3),
        card('security', 'gold', 4),
      ]);

      const res = await request(app).get(path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        entityRef: 'component:default/orders',
        from: dayOf(daysAgo(89)),
        to: dayOf(today),
        points: [
          {
            day: dayOf(recent),
            scorecard: 'security',
            level: 'none',
            score: 0.25,
          },
          { day: dayOf(recent), scorecard: 'slo', level: 'bronze', score: 0.5 },
          { day: dayOf(today), scorecard: 'security', level: 'gold', score: 1 },
          { day: dayOf(today), scorecard: 'slo', level: 'silver', score: 0.75 },
        ],
      });

      const slo = await request(app)
        .get(path)
        .query({ scorecard: 'slo', from: dayOf(old), to: dayOf(recent) });
      expect(slo.status).toBe(200);
      expect(slo.body.points).toEqual([
        { day: dayOf(old), scorecard: 'slo', level: 'none', score: 0 },
        { day: dayOf(recent), scorecard: 'slo', level: 'bronze', score: 0.5 },
      ]);

      const empty = await request(app)
        .get('/v1/entities/Component/default/orders/history')
        .query({ from: '2020-01-01', to: '2020-12-31' });
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({
        entityRef: 'component:default/orders',
        from: '2020-01-01',
        to: '2020-12-31',
        points: [],
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad dates, ranges and scorecards with a clear message, %p',
    async databaseId => {
      const { app, save } = await setup(databaseId);
      await save(new Date(), [card('slo', 'gold', 4)]);
      const cases: Array<[Record<string, string>, RegExp]> = [
        [{ from: '2026-02-30' }, /^Invalid query: from:/],
        [{ to: '20-11-2026' }, /^Invalid query: to:/],
        [{ scorecard: 'speed' }, /^Invalid query: scorecard:/],
        [{ owner: 'me' }, /owner/],
        [
          { from: '2026-11-20', to: '2026-11-19' },
          /from: 2026-11-20 must not be after to \(2026-11-19\)/,
        ],
        [
          { from: '2024-01-01', to: '2026-01-02' },
          /spans 732 days; at most 731 are allowed/,
        ],
      ];
      for (const [query, message] of cases) {
        const res = await request(app).get(path).query(query);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      }
      const longest = await request(app)
        .get(path)
        .query({ from: '2024-01-01', to: '2026-01-01' });
      expect(longest.status).toBe(200);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 404 for an entity that was never scored, %p',
    async databaseId => {
      const { app } = await setup(databaseId);
      const res = await request(app).get(path);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(
        'No scores for component:default/orders',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 401 without credentials, %p',
    async databaseId => {
      const { app, save } = await setup(databaseId, mockCredentials.none());
      await save(new Date(), [card('slo', 'gold', 4)]);
      expect((await request(app).get(path)).status).toBe(401);
    },
  );
});
