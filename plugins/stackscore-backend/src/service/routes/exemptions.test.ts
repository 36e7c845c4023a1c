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
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  checkCatalogue,
  stackscoreExemptionCreatePermission,
  stackscoreExemptionDeletePermission,
} from '@stackscore/plugin-stackscore-common';
import { DatabaseRemediationStore } from '../../database/DatabaseRemediationStore';
import { DatabaseExemptionStore } from '../../database/DatabaseExemptionStore';
import type { Exemption } from '../../database/ExemptionStore';
import type { StoredEntityScores } from '../../database/ScoreStore';
import { applyDatabaseMigrations } from '../../database/migrations';
import { addExemptionRoutes, withExemptions } from './exemptions';
import { rejectNulCharacters } from '../validation';

jest.setTimeout(60_000);

const day = 24 * 60 * 60 * 1000;
const inDays = (days: number, from = new Date()) =>
  new Date(from.getTime() + days * day);

const entityRef = 'component:default/checkout-api';
const alice = 'user:default/alice';

const checkoutApi: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-api', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:payments' },
};

const validBody = () => ({
  entityRef,
  checkId: 'security.sast-in-ci',
  reason: 'The SAST vendor is being replaced this quarter',
  expiresAt: inDays(30).toISOString(),
});

describe('exemption routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(
    databaseId: Parameters<typeof databases.init>[0],
    options: { credentials?: BackstageCredentials; deny?: boolean } = {},
  ) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const exemptions = await DatabaseExemptionStore.create({ db });
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({
          result: options.deny ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
        })),
    });
    const router = Router();
    // The same body parsing and NUL guard as the plugin's router.
    router.use(express.json());
    router.use(rejectNulCharacters);
    addExemptionRoutes(router, {
      exemptions,
      remediations: await DatabaseRemediationStore.create({ db }),
      listChecks: () => [...checkCatalogue],
      catalog: catalogServiceMock({ entities: [checkoutApi] }),
      auth: mockServices.auth(),
      httpAuth: mockServices.httpAuth({
        defaultCredentials: options.credentials ?? mockCredentials.user(alice),
      }),
      userInfo: mockServices.userInfo(),
      permissions,
    });
    const app = express().use(router).use(mockErrorHandler());
    const seed = (
      overrides: Partial<Parameters<typeof exemptions.createExemption>[0]> = {},
    ) =>
      exemptions.createExemption({
        entityRef,
        checkId: 'security.sast-in-ci',
        reason: 'accepted risk',
        createdBy: alice,
        expiresAt: inDays(30),
        ...overrides,
      });
    return { app, exemptions, permissions, seed };
  }

  describe('POST /v1/exemptions', () => {
    it.each(databases.eachSupportedId())(
      'creates an exemption for the calling user, %p',
      async databaseId => {
        const { app, permissions, exemptions } = await setup(databaseId);
        const body = validBody();
        const res = await request(app)
          .post('/v1/exemptions')
          .send({ ...body, entityRef: 'Component:default/checkout-api' });
        expect(res.status).toBe(201);
        expect(res.body).toEqual({
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          entityRef,
          checkId: 'security.sast-in-ci',
          reason: body.reason,
          createdBy: alice,
          createdAt: expect.any(String),
          expiresAt: body.expiresAt,
          active: true,
        });
        expect(permissions.authorize).toHaveBeenCalledWith(
          [
            {
              permission: stackscoreExemptionCreatePermission,
              resourceRef: entityRef,
            },
          ],
          expect.anything(),
        );
        expect(await exemptions.getExemption(res.body.id)).toMatchObject({
          entityRef,
          createdBy: alice,
        });
      },
    );

    it.each(databases.eachSupportedId())(
      'rejects bad input with a message naming the field, %p',
      async databaseId => {
        const { app, exemptions } = await setup(databaseId);
        const cases: Array<[object, RegExp]> = [
          [
            { ...validBody(), entityRef: 42 },
            /^Invalid body: entityRef: .*string/,
          ],
          [
            { ...validBody(), entityRef: 'checkout-api' },
            /entityRef: must be an entity ref/,
          ],
          [{ ...validBody(), reason: '   ' }, /^Invalid body: reason:/],
          [
            { ...validBody(), reason: 'x'.repeat(2001) },
            /^Invalid body: reason:/,
          ],
          [{ ...validBody(), owner: 'me' }, /owner/],
          [
            { ...validBody(), expiresAt: 'next week' },
            /^Invalid body: expiresAt:/,
          ],
          [
            { ...validBody(), expiresAt: inDays(-1).toISOString() },
            /expiresAt: must be in the future/,
          ],
          [
            { ...validBody(), expiresAt: inDays(400).toISOString() },
            /expiresAt: must be at most 1 year ahead/,
          ],
          [
            { ...validBody(), checkId: 'security.no-such-check' },
            /checkId: unknown check "security.no-such-check"/,
          ],
          // PostgreSQL refuses NUL in text: it must be a 400 on every database, never a 500 or a stored row.
          [{ ...validBody(), reason: 'a\u0000b' }, /contains a NUL character/],
        ];
        for (const [body, message] of cases) {
          const res = await request(app).post('/v1/exemptions').send(body);
          expect(res.status).toBe(400);
          expect(res.body.error.name).toBe('InputError');
          expect(res.body.error.message).toMatch(message);
        }
        const nulQuery = await request(app).get('/v1/exemptions?checkId=a%00b');
        expect(nulQuery.status).toBe(400);
        expect(nulQuery.body.error.message).toMatch(/NUL character/);
        expect(
          await exemptions.listExemptions({ at: new Date(), limit: 10 }),
        ).toEqual([]);
      },
    );

    it.each(databases.eachSupportedId())(
      'answers 404 for an entity that is not in the catalog, %p',
      async databaseId => {
        const { app } = await setup(databaseId);
        const res = await request(app)
          .post('/v1/exemptions')
          .send({ ...validBody(), entityRef: 'component:default/ghost' });
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          'component:default/ghost is not in the catalog',
        );
      },
    );

    it.each(databases.eachSupportedId())(
      'answers 403 without permission and for service callers, %p',
      async databaseId => {
        const denied = await setup(databaseId, { deny: true });
        const res = await request(denied.app)
          .post('/v1/exemptions')
          .send(validBody());
        expect(res.status).toBe(403);
        expect(res.body.error.message).toBe(
          'Not allowed: stackscore.exemption.create',
        );
        expect(
          await denied.exemptions.listExemptions({ at: new Date(), limit: 10 }),
        ).toEqual([]);

        const service = await setup(databaseId, {
          credentials: mockCredentials.service(),
        });
        const byService = await request(service.app)
          .post('/v1/exemptions')
          .send(validBody());
        expect(byService.status).toBe(403);
      },
    );

    it.each(databases.eachSupportedId())(
      'answers 401 without credentials, %p',
      async databaseId => {
        const { app } = await setup(databaseId, {
          credentials: mockCredentials.none(),
        });
        const res = await request(app).post('/v1/exemptions').send(validBody());
        expect(res.status).toBe(401);
      },
    );
  });

  describe('GET /v1/exemptions', () => {
    it.each(databases.eachSupportedId())(
      'lists exemptions newest first with filters and a cursor, %p',
      async databaseId => {
        const { app, exemptions, seed } = await setup(databaseId);
        const first = await seed();
        await new Promise(resolve => setTimeout(resolve, 5));
        const second = await seed({ checkId: 'slo.slo-defined' });
        await new Promise(resolve => setTimeout(resolve, 5));
        const third = await seed({ entityRef: 'component:default/other' });
        await exemptions.revokeExemption(first.id, 'user:default/bob');

        const page1 = await request(app).get('/v1/exemptions?limit=2');
        expect(page1.status).toBe(200);
        expect(page1.body.items.map((e: Exemption) => e.id)).toEqual([
          third.id,
          second.id,
        ]);
        expect(page1.body.items[0]).toEqual({
          id: third.id,
          entityRef: 'component:default/other',
          checkId: 'security.sast-in-ci',
          reason: 'accepted risk',
          createdBy: alice,
          createdAt: third.createdAt.toISOString(),
          expiresAt: third.expiresAt.toISOString(),
          active: true,
        });
        expect(page1.body.nextCursor).toBe(second.createdAt.toISOString());

        const page2 = await request(app)
          .get('/v1/exemptions')
          .query({ limit: 2, before: page1.body.nextCursor });
        expect(page2.body.items.map((e: Exemption) => e.id)).toEqual([
          first.id,
        ]);
        expect(page2.body.items[0]).toMatchObject({
          active: false,
          revokedBy: 'user:default/bob',
          revokedAt: expect.any(String),
        });
        expect(page2.body.nextCursor).toBeUndefined();

        const filtered = await request(app).get('/v1/exemptions').query({
          entityRef: 'Component:default/checkout-api',
          active: 'true',
        });
        expect(filtered.body.items.map((e: Exemption) => e.id)).toEqual([
          second.id,
        ]);
        const inactive = await request(app)
          .get('/v1/exemptions')
          .query({ active: 'false' });
        expect(inactive.body.items.map((e: Exemption) => e.id)).toEqual([
          first.id,
        ]);
        const byCheck = await request(app)
          .get('/v1/exemptions')
          .query({ checkId: 'slo.slo-defined' });
        expect(byCheck.body.items.map((e: Exemption) => e.id)).toEqual([
          second.id,
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'rejects bad query parameters with a clear message, %p',
      async databaseId => {
        const { app } = await setup(databaseId);
        const cases: Array<[Record<string, string>, RegExp]> = [
          [{ limit: '0' }, /^Invalid query: limit:/],
          [{ active: 'yes' }, /^Invalid query: active:/],
          [{ before: 'yesterday' }, /^Invalid query: before:/],
          [{ entityRef: 'checkout-api' }, /entityRef: must be an entity ref/],
          [{ owner: 'me' }, /owner/],
        ];
        for (const [query, message] of cases) {
          const res = await request(app).get('/v1/exemptions').query(query);
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(message);
        }
      },
    );

    it.each(databases.eachSupportedId())(
      'answers 401 without credentials, %p',
      async databaseId => {
        const { app } = await setup(databaseId, {
          credentials: mockCredentials.none(),
        });
        expect((await request(app).get('/v1/exemptions')).status).toBe(401);
      },
    );
  });

  describe('DELETE /v1/exemptions/:id', () => {
    it.each(databases.eachSupportedId())(
      'revokes an exemption, checking permission on its entity, %p',
      async databaseId => {
        const { app, permissions, seed } = await setup(databaseId);
        const exemption = await seed();
        const res = await request(app).delete(`/v1/exemptions/${exemption.id}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          id: exemption.id,
          entityRef,
          active: false,
          revokedBy: alice,
          revokedAt: expect.any(String),
        });
        expect(permissions.authorize).toHaveBeenCalledWith(
          [
            {
              permission: stackscoreExemptionDeletePermission,
              resourceRef: entityRef,
            },
          ],
          expect.anything(),
        );
        const active = await request(app)
          .get('/v1/exemptions')
          .query({ active: 'true' });
        expect(active.body.items).toEqual([]);
      },
    );

    it.each(databases.eachSupportedId())(
      'answers 404 for an unknown id and 400 for a malformed one, %p',
      async databaseId => {
        const { app } = await setup(databaseId);
        const unknown = await request(app).delete(
          '/v1/exemptions/00000000-0000-4000-8000-000000000000',
        );
        expect(unknown.status).toBe(404);
        expect(unknown.body.error.message).toBe(
          'No exemption 00000000-0000-4000-8000-000000000000',
        );
        const malformed = await request(app).delete('/v1/exemptions/nope');
        expect(malformed.status).toBe(400);
        expect(malformed.body.error.message).toMatch(
          /^Invalid exemption id: id:/,
        );
      },
    );

    it.each(databases.eachSupportedId())(
      'answers 403 without permission and leaves the exemption active, %p',
      async databaseId => {
        const { app, exemptions, seed } = await setup(databaseId, {
          deny: true,
        });
        const exemption = await seed();
        const res = await request(app).delete(`/v1/exemptions/${exemption.id}`);
        expect(res.status).toBe(403);
        expect(res.body.error.message).toBe(
          'Not allowed: stackscore.exemption.delete',
        );
        expect(
          (await exemptions.getExemption(exemption.id))?.revokedAt,
        ).toBeUndefined();
      },
    );

    it.each(databases.eachSupportedId())(
      'answers 401 without credentials, %p',
      async databaseId => {
        const { app, seed } = await setup(databaseId, {
          credentials: mockCredentials.none(),
        });
        const exemption = await seed();
        const res = await request(app).delete(`/v1/exemptions/${exemption.id}`);
        expect(res.status).toBe(401);
      },
    );
  });

  describe('withExemptions', () => {
    const stored: StoredEntityScores = {
      entity: {
        entityRef,
        kind: 'Component',
        namespace: 'default',
        name: 'checkout-api',
        tags: [],
        ecosystems: ['node'],
      },
      snapshot: { entityHash: 'h', catalogueVersion: '1' },
      scoredAt: new Date('2026-11-20T10:00:00Z'),
      scorecards: [
        { id: 'security', level: 'none', score: 0.5, passed: 1, applicable: 2 },
      ],
      results: [
        {
          checkId: 'security.sast-in-ci',
          scorecard: 'security',
          level: 'bronze',
          severity: 'high',
          status: 'fail',
          evidence: [{ message: 'No SAST step in CI' }],
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
    const security = (scorecards: StoredEntityScores['scorecards']) =>
      scorecards.find(s => s.id === 'security');
    const exemption = (overrides: Partial<Exemption> = {}): Exemption => ({
      id: '11111111-1111-4111-8111-111111111111',
      entityRef,
      checkId: 'security.sast-in-ci',
      reason: 'accepted risk',
      createdBy: alice,
      createdAt: inDays(-10),
      expiresAt: inDays(10),
      ...overrides,
    });

    it('lifts the level for an active exemption and reports it', () => {
      const applied = withExemptions(stored, [exemption()]);
      expect(security(applied.scorecards)).toMatchObject({
        level: 'gold',
        passed: 2,
        applicable: 2,
      });
      expect(applied.results[0]).toMatchObject({
        status: 'fail',
        exempted: true,
      });
      expect(applied.exemptions).toEqual([
        expect.objectContaining({
          checkId: 'security.sast-in-ci',
          active: true,
        }),
      ]);
    });

    it('ignores expired, revoked and other entities’ exemptions', () => {
      const applied = withExemptions(stored, [
        exemption({ expiresAt: inDays(-1) }),
        exemption({ revokedAt: inDays(-2), revokedBy: 'user:default/bob' }),
        exemption({ entityRef: 'component:default/other' }),
      ]);
      expect(applied.scorecards).toBe(stored.scorecards);
      expect(applied.results).toBe(stored.results);
      expect(applied.exemptions).toEqual([]);
    });

    it.each(databases.eachSupportedId())(
      'stops counting a stored exemption once it expires, without a rescore, %p',
      async databaseId => {
        const { exemptions, seed } = await setup(databaseId);
        await seed({ expiresAt: inDays(1) });
        const now = new Date();
        const today = withExemptions(
          stored,
          await exemptions.activeExemptions([entityRef], now),
          now,
        );
        expect(security(today.scorecards)?.level).toBe('gold');

        const later = inDays(2);
        const afterExpiry = withExemptions(
          stored,
          await exemptions.activeExemptions([entityRef], later),
          later,
        );
        expect(security(afterExpiry.scorecards)?.level).toBe('none');
        expect(afterExpiry.results[0].exempted).toBeUndefined();
      },
    );
  });
});
