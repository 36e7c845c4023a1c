import { randomUUID } from 'crypto';
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
import {
  CheckResult,
  checkCatalogue,
  computeScorecardScore,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { DatabaseRollupStore } from '../../database/DatabaseRollupStore';
import { DatabaseScoreStore } from '../../database/DatabaseScoreStore';
import type { Exemption, ExemptionStore } from '../../database/ExemptionStore';
import { applyDatabaseMigrations } from '../../database/migrations';
import { addRollupRoutes } from './rollups';

jest.setTimeout(60_000);

/** Active exemptions from memory; the other methods are not used by rollups. */
class FakeExemptionStore implements ExemptionStore {
  readonly items: Exemption[] = [];
  async createExemption(input: {
    entityRef: string;
    checkId: string;
    reason: string;
    createdBy: string;
    expiresAt: Date;
  }) {
    const exemption = { ...input, id: randomUUID(), createdAt: new Date() };
    this.items.push(exemption);
    return exemption;
  }
  async getExemption(id: string) {
    return this.items.find(x => x.id === id);
  }
  async revokeExemption(id: string) {
    return this.items.find(x => x.id === id);
  }
  async activeExemptions(entityRefs: readonly string[], at: Date) {
    return this.items.filter(
      x => entityRefs.includes(x.entityRef) && x.expiresAt > at,
    );
  }
  async listExemptions() {
    return [...this.items];
  }
}

function group(
  name: string,
  spec: { parent?: string; children?: string[] },
  title?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', title },
    spec: { type: 'team', children: [], ...spec },
  };
}

const groups = [
  group('engineering', { children: ['payments'] }, 'Engineering'),
  group('payments', {}, 'Payments'),
  group('search', { parent: 'engineering' }),
];

function result(checkId: string, status: CheckResult['status']): CheckResult {
  const definition = checkCatalogue.find(c => c.id === checkId)!;
  return {
    checkId,
    scorecard: definition.scorecard,
    level: definition.level,
    severity: definition.severity,
    status,
    evidence: [{ message: `${checkId}: ${status}` }],
  };
}

const seeds: Array<{
  name: string;
  owner: string;
  lifecycle: string;
  tags: string[];
  sast: CheckResult['status'];
}> = [
  {
    name: 'orders',
    owner: 'group:default/payments',
    lifecycle: 'production',
    tags: ['pci'],
    sast: 'fail',
  },
  {
    name: 'ledger',
    owner: 'group:default/payments',
    lifecycle: 'experimental',
    tags: [],
    sast: 'pass',
  },
  {
    name: 'indexer',
    owner: 'group:default/search',
    lifecycle: 'production',
    tags: [],
    sast: 'fail',
  },
  {
    name: 'stray',
    owner: 'group:default/ghost',
    lifecycle: 'production',
    tags: [],
    sast: 'pass',
  },
];

describe('rollup routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(
    databaseId: Parameters<typeof databases.init>[0],
    credentials: BackstageCredentials = mockCredentials.user(),
  ) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    for (const seed of seeds) {
      const results = [
        result('security.sast-in-ci', seed.sast),
        result(
          'slo.defined',
          seed.lifecycle === 'production' ? 'pass' : 'fail',
        ),
      ];
      await scores.saveScores({
        entity: {
          entityRef: `component:default/${seed.name}`,
          kind: 'Component',
          namespace: 'default',
          name: seed.name,
          owner: seed.owner,
          system: 'system:default/shop',
          lifecycle: seed.lifecycle,
          type: 'service',
          tags: seed.tags,
          ecosystems: ['go'],
        },
        snapshot: { entityHash: seed.name, catalogueVersion: 'v1' },
        scores: {
          entity: { kind: 'Component', namespace: 'default', name: seed.name },
          ecosystems: ['go'],
          results,
          scorecards: scorecardIds.map(id =>
            computeScorecardScore(id, results),
          ),
        },
        scoredAt: new Date('2026-11-21T08:00:00Z'),
      });
    }
    const exemptions = new FakeExemptionStore();
    await exemptions.createExemption({
      entityRef: 'component:default/indexer',
      checkId: 'security.sast-in-ci',
      reason: 'vendor change',
      createdBy: 'user:default/ada',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const router = Router();
    addRollupRoutes(router, {
      rollups: await DatabaseRollupStore.create({ db, exemptions }),
      listChecks: () => [...checkCatalogue],
      catalog: catalogServiceMock({ entities: groups }),
      auth: mockServices.auth(),
      httpAuth: mockServices.httpAuth({ defaultCredentials: credentials }),
    });
    return express().use(router).use(mockErrorHandler());
  }

  it.each(databases.eachSupportedId())(
    'GET /v1/teams/:namespace/:name/scores rolls up the team and its subgroups, %p',
    async databaseId => {
      const app = await setup(databaseId);
      const res = await request(app).get(
        '/v1/teams/default/engineering/scores',
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        team: {
          ref: 'group:default/engineering',
          title: 'Engineering',
          subgroups: ['group:default/payments', 'group:default/search'],
        },
        items: [
          expect.objectContaining({
            entityRef: 'component:default/indexer',
            owner: 'group:default/search',
            // The active exemption turns the failing bronze check into a pass.
            scorecards: {
              security: { level: 'gold', score: 1 },
              slo: { level: 'gold', score: 1 },
            },
            score: 1,
            scoredAt: '2026-11-21T08:00:00.000Z',
          }),
          expect.objectContaining({ entityRef: 'component:default/ledger' }),
          expect.objectContaining({
            entityRef: 'component:default/orders',
            kind: 'Component',
            namespace: 'default',
            name: 'orders',
            lifecycle: 'production',
            system: 'system:default/shop',
            type: 'service',
            tags: ['pci'],
            scorecards: {
              security: { level: 'none', score: 0 },
              slo: { level: 'gold', score: 1 },
            },
            score: 0.5,
          }),
        ],
        levelDistribution: {
          security: { none: 1, bronze: 0, silver: 0, gold: 2 },
          slo: { none: 1, bronze: 0, silver: 0, gold: 2 },
        },
        averages: { security: 2 / 3, slo: 2 / 3 },
        total: 3,
      });

      const own = await request(app).get(
        '/v1/teams/default/engineering/scores?includeSubgroups=false',
      );
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({
        team: { subgroups: [] },
        items: [],
        total: 0,
        levelDistribution: {},
        averages: {},
      });

      const first = await request(app).get(
        '/v1/teams/default/payments/scores?sort=score&order=desc&limit=1',
      );
      expect(first.status).toBe(200);
      expect(first.body.team).toEqual({
        ref: 'group:default/payments',
        title: 'Payments',
        subgroups: [],
      });
      expect(first.body.items.map((i: any) => i.name)).toEqual(['orders']);
      expect(first.body.total).toBe(2);
      const second = await request(app).get(
        `/v1/teams/default/payments/scores?sort=score&order=desc&limit=1&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items.map((i: any) => i.name)).toEqual(['ledger']);
      expect(second.body.nextCursor).toBeUndefined();

      const filtered = await request(app).get(
        '/v1/teams/default/engineering/scores?lifecycle=production&tag=pci&kind=component&system=shop',
      );
      expect(filtered.body.items.map((i: any) => i.name)).toEqual(['orders']);
    },
  );

  it.each(databases.eachSupportedId())(
    'GET /v1/overview gives totals, teams with titles and the most failed checks, %p',
    async databaseId => {
      const app = await setup(databaseId);
      const res = await request(app).get('/v1/overview');
      expect(res.status).toBe(200);
      expect(res.body.totals).toEqual({
        entities: 4,
        levelDistribution: {
          security: { none: 1, bronze: 0, silver: 0, gold: 3 },
          slo: { none: 1, bronze: 0, silver: 0, gold: 3 },
        },
        averages: { security: 0.75, slo: 0.75 },
      });
      expect(
        res.body.teams.map((t: any) => [t.ref, t.title, t.entities]),
      ).toEqual([
        ['group:default/ghost', undefined, 1],
        ['group:default/payments', 'Payments', 2],
        ['group:default/search', undefined, 1],
      ]);
      expect(res.body.teams[1]).toEqual({
        ref: 'group:default/payments',
        title: 'Payments',
        entities: 2,
        levelDistribution: {
          security: { none: 1, bronze: 0, silver: 0, gold: 1 },
          slo: { none: 1, bronze: 0, silver: 0, gold: 1 },
        },
        averages: { security: 0.5, slo: 0.5 },
      });
      expect(res.body.mostFailedChecks).toEqual([
        { checkId: 'security.sast-in-ci', failing: 1, applicable: 4 },
        { checkId: 'slo.defined', failing: 1, applicable: 4 },
      ]);

      const production = await request(app).get(
        '/v1/overview?lifecycle=production',
      );
      expect(production.body.totals.entities).toBe(3);
      expect(production.body.mostFailedChecks).toEqual([
        { checkId: 'security.sast-in-ci', failing: 1, applicable: 3 },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'GET /v1/checks/:checkId/entities lists who fails a check, %p',
    async databaseId => {
      const app = await setup(databaseId);
      const res = await request(app).get(
        '/v1/checks/security.sast-in-ci/entities',
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        checkId: 'security.sast-in-ci',
        items: [
          expect.objectContaining({
            entityRef: 'component:default/indexer',
            exempted: true,
          }),
          {
            entityRef: 'component:default/orders',
            kind: 'Component',
            namespace: 'default',
            name: 'orders',
            owner: 'group:default/payments',
            lifecycle: 'production',
            system: 'system:default/shop',
            status: 'fail',
            level: 'bronze',
            severity: checkCatalogue.find(c => c.id === 'security.sast-in-ci')!
              .severity,
            evidence: [{ message: 'security.sast-in-ci: fail' }],
            evaluatedAt: '2026-11-21T08:00:00.000Z',
            exempted: false,
          },
        ],
      });

      const passing = await request(app).get(
        '/v1/checks/security.sast-in-ci/entities?status=pass&owner=payments',
      );
      expect(passing.body.items.map((i: any) => i.name)).toEqual(['ledger']);

      const first = await request(app).get(
        '/v1/checks/security.sast-in-ci/entities?limit=1',
      );
      expect(first.body.items).toHaveLength(1);
      const second = await request(app).get(
        `/v1/checks/security.sast-in-ci/entities?limit=1&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items.map((i: any) => i.name)).toEqual(['orders']);
      expect(second.body.nextCursor).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 400 naming the field for bad input and 404 for unknown groups and checks, %p',
    async databaseId => {
      const app = await setup(databaseId);
      const cases: Array<[string, RegExp]> = [
        ['/v1/teams/default/payments/scores?sort=colour', /query: sort/],
        ['/v1/teams/default/payments/scores?order=up', /query: order/],
        ['/v1/teams/default/payments/scores?limit=0', /query: limit/],
        ['/v1/teams/default/payments/scores?limit=501', /query: limit/],
        [
          '/v1/teams/default/payments/scores?includeSubgroups=yes',
          /query: includeSubgroups/,
        ],
        ['/v1/teams/default/payments/scores?cursor=nonsense', /Invalid cursor/],
        ['/v1/teams/default/payments/scores?owner=x', /query: .*owner/],
        ['/v1/overview?lifecycle=', /query: lifecycle/],
        ['/v1/overview?system=x/', /query: system/],
        [
          '/v1/checks/security.sast-in-ci/entities?status=broken',
          /query: status/,
        ],
        ['/v1/checks/security.sast-in-ci/entities?owner=a:/b', /query: owner/],
      ];
      for (const [url, message] of cases) {
        const res = await request(app).get(url);
        expect({ url, status: res.status }).toEqual({ url, status: 400 });
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toMatch(message);
      }

      const noTeam = await request(app).get('/v1/teams/default/ghost/scores');
      expect(noTeam.status).toBe(404);
      expect(noTeam.body.error.message).toBe(
        'No group group:default/ghost in the catalog',
      );
      const noCheck = await request(app).get('/v1/checks/slo.nope/entities');
      expect(noCheck.status).toBe(404);
      expect(noCheck.body.error.name).toBe('NotFoundError');
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 401 without credentials, %p',
    async databaseId => {
      const app = await setup(databaseId, mockCredentials.none());
      for (const url of [
        '/v1/teams/default/payments/scores',
        '/v1/overview',
        '/v1/checks/security.sast-in-ci/entities',
      ]) {
        const res = await request(app).get(url);
        expect({ url, status: res.status }).toEqual({ url, status: 401 });
      }
    },
  );
});
