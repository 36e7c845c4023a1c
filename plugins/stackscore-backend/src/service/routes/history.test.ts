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
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { ScorecardScore } from '@stackscore/plugin-stackscore-common';
import { DatabaseHistoryStore } from '../../database/DatabaseHistoryStore';
import { DatabaseScoreStore } from '../../database/DatabaseScoreStore';
import { applyDatabaseMigrations } from '../../database/migrations';
import { addHistoryRoutes } from './history';
import {
  saveScorecards,
  scorecardScore,
} from '../../__testUtils__/scorecardScores';

jest.setTimeout(60_000);

const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

const path = '/v1/entities/component/default/orders/history';
const teamPath = '/v1/teams/default/engineering/history';

/** Engineering with payments as a child and search declaring engineering its parent. */
const groups: Entity[] = [
  { name: 'engineering', title: 'Engineering', children: ['payments'] },
  { name: 'payments', title: 'Payments', children: [] },
  { name: 'search', parent: 'engineering', children: [] },
].map(({ name, title, ...spec }) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'team', ...spec },
}));

const card = scorecardScore;

describe('history routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(
    databaseId: Parameters<typeof databases.init>[0],
    credentials: BackstageCredentials = mockCredentials.user(),
  ) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const save = (
      scoredAt: Date,
      scorecards: ScorecardScore[],
      options?: { name?: string; owner?: string },
    ) => saveScorecards(scores, scoredAt, scorecards, options);
    const router = Router();
    addHistoryRoutes(router, {
      history: await DatabaseHistoryStore.create({ db }),
      catalog: catalogServiceMock({ entities: groups }),
      auth: mockServices.auth(),
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
      expect((await request(app).get(teamPath)).status).toBe(401);
    },
  );

  describe('GET /v1/teams/:namespace/:name/history', () => {
    const level = (
      counts: Partial<Record<ScorecardScore['level'], number>>,
    ) => ({
      none: 0,
      bronze: 0,
      silver: 0,
      gold: 0,
      ...counts,
    });

    /** Services of payments and search (both under engineering) and one of a team not in the catalog. */
    async function seedTeams(save: Awaited<ReturnType<typeof setup>>['save']) {
      const day = new Date('2026-11-19T09:00:00Z');
      await save(day, [card('slo', 'silver', 3), card('security', 'none', 0)], {
        name: 'orders',
        owner: 'group:default/payments',
      });
      await save(day, [card('slo', 'bronze', 2)], {
        name: 'indexer',
        owner: 'group:default/search',
      });
      await save(day, [card('slo', 'gold', 4)], {
        name: 'stray',
        owner: 'group:default/ghost',
      });
      await save(new Date('2026-11-20T09:00:00Z'), [card('slo', 'gold', 4)], {
        name: 'orders',
        owner: 'group:default/payments',
      });
    }

    const november = { from: '2026-11-01', to: '2026-11-30' };

    it.each(databases.eachSupportedId())(
      'serves the team’s and its subgroups’ daily points per scorecard, %p',
      async databaseId => {
        const { app, save } = await setup(databaseId);
        await seedTeams(save);

        const res = await request(app).get(teamPath).query(november);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({
          team: {
            ref: 'group:default/engineering',
            title: 'Engineering',
            subgroups: ['group:default/payments', 'group:default/search'],
          },
          from: '2026-11-01',
          to: '2026-11-30',
          points: [
            {
              day: '2026-11-19',
              scorecard: 'security',
              entities: 1,
              averageScore: 0,
              levelDistribution: level({ none: 1 }),
            },
            {
              day: '2026-11-19',
              scorecard: 'slo',
              entities: 2,
              averageScore: 0.625,
              levelDistribution: level({ bronze: 1, silver: 1 }),
            },
            {
              day: '2026-11-20',
              scorecard: 'slo',
              entities: 1,
              averageScore: 1,
              levelDistribution: level({ gold: 1 }),
            },
          ],
        });

        const slo = await request(app)
          .get('/v1/teams/default/payments/history')
          .query({ scorecard: 'slo', from: '2026-11-20', to: '2026-11-20' });
        expect(slo.status).toBe(200);
        expect(slo.body).toEqual({
          team: {
            ref: 'group:default/payments',
            title: 'Payments',
            subgroups: [],
          },
          from: '2026-11-20',
          to: '2026-11-20',
          points: [
            {
              day: '2026-11-20',
              scorecard: 'slo',
              entities: 1,
              averageScore: 1,
              levelDistribution: level({ gold: 1 }),
            },
          ],
        });
      },
    );

    it.each(databases.eachSupportedId())(
      'counts only the team’s own entities with includeSubgroups=false, %p',
      async databaseId => {
        const { app, save } = await setup(databaseId);
        await seedTeams(save);
        await save(new Date('2026-11-19T10:00:00Z'), [card('slo', 'none', 1)], {
          name: 'portal',
          owner: 'group:default/engineering',
        });

        const res = await request(app)
          .get(teamPath)
          .query({ ...november, includeSubgroups: 'false' });
        expect(res.status).toBe(200);
        expect(res.body.team).toEqual({
          ref: 'group:default/engineering',
          title: 'Engineering',
          subgroups: [],
        });
        expect(res.body.points).toEqual([
          {
            day: '2026-11-19',
            scorecard: 'slo',
            entities: 1,
            averageScore: 0.25,
            levelDistribution: level({ none: 1 }),
          },
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'defaults to the last 90 days and answers an empty trend when nothing was scored, %p',
      async databaseId => {
        const { app, save } = await setup(databaseId);
        const res = await request(app).get(teamPath);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          from: dayOf(daysAgo(89)),
          to: dayOf(new Date()),
          points: [],
        });

        await save(daysAgo(120), [card('slo', 'gold', 4)], {
          name: 'orders',
          owner: 'group:default/payments',
        });
        await save(new Date(), [card('slo', 'silver', 3)], {
          name: 'orders',
          owner: 'group:default/payments',
        });
        const recent = await request(app).get(teamPath);
        expect(recent.body.points.map((p: { day: string }) => p.day)).toEqual([
          dayOf(new Date()),
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'answers 404 for a group not in the catalog and 400 for bad input, with a message, %p',
      async databaseId => {
        const { app, save } = await setup(databaseId);
        await seedTeams(save);

        const ghost = await request(app).get('/v1/teams/default/ghost/history');
        expect(ghost.status).toBe(404);
        expect(ghost.body.error).toMatchObject({
          name: 'NotFoundError',
          message: 'No group group:default/ghost in the catalog',
        });

        const cases: Array<[Record<string, string>, RegExp]> = [
          [
            { from: '2026-11-20', to: '2026-11-19' },
            /^Invalid query: from: 2026-11-20 must not be after to \(2026-11-19\)$/,
          ],
          [{ owner: 'payments' }, /^Invalid query: .*owner/],
          [{ includeSubgroups: 'yes' }, /^Invalid query: includeSubgroups:/],
          [{ scorecard: 'speed' }, /^Invalid query: scorecard:/],
          [{ from: '2024-01-01', to: '2026-01-02' }, /spans 732 days/],
        ];
        for (const [query, message] of cases) {
          const res = await request(app).get(teamPath).query(query);
          expect({ query, status: res.status }).toEqual({ query, status: 400 });
          expect(res.body.error.name).toBe('InputError');
          expect(res.body.error.message).toMatch(message);
        }
      },
    );
  });
});
