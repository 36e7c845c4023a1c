import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { openApiDocument } from './openapi';
import type { Entity } from '@backstage/catalog-model';
import {
  asUser,
  exampleEntity,
  startStackscore,
  waitForRun,
} from '../__testUtils__/startStackscore';

jest.setTimeout(120_000);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...openApiDocument, $id: 'stackscore-openapi' });

/** Validates a real response against the documented schema of its path, method and status. */
function expectDocumented(
  template: string,
  method: string,
  res: { status: number; body: unknown },
) {
  const operation = openApiDocument.paths[template]?.[method];
  expect(operation).toBeDefined();
  const response = operation.responses[String(res.status)];
  if (!response) {
    throw new Error(
      `${method.toUpperCase()} ${template} answered ${
        res.status
      }, which is not documented`,
    );
  }
  const pointer = [
    'paths',
    template,
    method,
    'responses',
    String(res.status),
    'content',
    'application/json',
    'schema',
  ]
    .map(part => part.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/');
  const validate = ajv.getSchema(`stackscore-openapi#/${pointer}`)!;
  const valid = validate(res.body);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('the OpenAPI document', () => {
  it('is served without credentials', async () => {
    const server = await startStackscore();
    const res = await request(server).get('/api/stackscore/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toContain(
      '/v1/entities/{kind}/{namespace}/{name}/scores',
    );
  });

  it('describes every real response', async () => {
    const payments: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'payments', title: 'Payments' },
      spec: { type: 'team', children: [] },
    };
    const server = await startStackscore({
      entities: [
        await exampleEntity('checkout-api'),
        await exampleEntity('promo-codes'),
        payments,
      ],
    });
    const api = '/api/stackscore';
    expectDocumented(
      '/v1/health',
      'get',
      await request(server).get(`${api}/v1/health`),
    );
    expectDocumented(
      '/v1/scorecards',
      'get',
      await asUser(request(server).get(`${api}/v1/scorecards`)),
    );
    expectDocumented(
      '/v1/scorecards',
      'get',
      await request(server).get(`${api}/v1/scorecards`),
    );
    expectDocumented(
      '/v1/checks',
      'get',
      await asUser(request(server).get(`${api}/v1/checks?scorecard=slo`)),
    );
    expectDocumented(
      '/v1/checks',
      'get',
      await asUser(request(server).get(`${api}/v1/checks?scorecard=x`)),
    );

    const started = await asUser(request(server).post(`${api}/v1/runs`));
    expectDocumented('/v1/runs', 'post', started);
    const finished = await waitForRun(server, started.body.id);
    expectDocumented('/v1/runs/{id}', 'get', { status: 200, body: finished });
    expectDocumented(
      '/v1/runs/{id}',
      'get',
      await asUser(request(server).get(`${api}/v1/runs/nope`)),
    );
    expectDocumented(
      '/v1/runs',
      'get',
      await asUser(request(server).get(`${api}/v1/runs?limit=1`)),
    );

    const entity = `${api}/v1/entities/component/default/checkout-api`;
    expectDocumented(
      '/v1/entities/{kind}/{namespace}/{name}/scores',
      'get',
      await asUser(request(server).get(`${entity}/scores`)),
    );
    expectDocumented(
      '/v1/entities/{kind}/{namespace}/{name}/scores',
      'get',
      await asUser(
        request(server).get(
          `${api}/v1/entities/component/default/missing/scores`,
        ),
      ),
    );
    expectDocumented(
      '/v1/entities/{kind}/{namespace}/{name}/refresh',
      'post',
      await asUser(request(server).post(`${entity}/refresh`)),
    );
    expectDocumented(
      '/v1/entities/{kind}/{namespace}/{name}/history',
      'get',
      await asUser(request(server).get(`${entity}/history?scorecard=slo`)),
    );

    const promo = 'component:default/promo-codes';
    const created = await asUser(
      request(server)
        .post(`${api}/v1/exemptions`)
        .send({
          entityRef: promo,
          checkId: 'supply-chain.lockfile-committed',
          reason: 'Lockfile lands with the migration to npm workspaces',
          expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        }),
    );
    expect(created.status).toBe(201);
    expectDocumented('/v1/exemptions', 'post', created);
    expectDocumented(
      '/v1/exemptions',
      'post',
      await asUser(
        request(server).post(`${api}/v1/exemptions`).send({ entityRef: promo }),
      ),
    );
    expectDocumented(
      '/v1/exemptions',
      'get',
      await asUser(request(server).get(`${api}/v1/exemptions?active=true`)),
    );
    const exempted = await asUser(
      request(server).get(
        `${api}/v1/entities/component/default/promo-codes/scores`,
      ),
    );
    expect(exempted.body.exemptions).toHaveLength(1);
    expectDocumented(
      '/v1/entities/{kind}/{namespace}/{name}/scores',
      'get',
      exempted,
    );
    expectDocumented(
      '/v1/exemptions/{id}',
      'delete',
      await asUser(
        request(server).delete(`${api}/v1/exemptions/${created.body.id}`),
      ),
    );

    expectDocumented(
      '/v1/teams/{namespace}/{name}/scores',
      'get',
      await asUser(
        request(server).get(
          `${api}/v1/teams/default/payments/scores?sort=score`,
        ),
      ),
    );
    expectDocumented(
      '/v1/teams/{namespace}/{name}/scores',
      'get',
      await asUser(
        request(server).get(`${api}/v1/teams/default/nobody/scores`),
      ),
    );
    const team = `${api}/v1/teams/default/payments/history`;
    const trend = await asUser(
      request(server).get(`${team}?includeSubgroups=false`),
    );
    expect(trend.body.points.length).toBeGreaterThan(0);
    expectDocumented('/v1/teams/{namespace}/{name}/history', 'get', trend);
    expectDocumented(
      '/v1/teams/{namespace}/{name}/history',
      'get',
      await asUser(
        request(server).get(`${team}?from=2026-01-02&to=2026-01-01`),
      ),
    );
    expectDocumented(
      '/v1/teams/{namespace}/{name}/history',
      'get',
      await asUser(
        request(server).get(`${api}/v1/teams/default/nobody/history`),
      ),
    );
    expectDocumented(
      '/v1/overview',
      'get',
      await asUser(request(server).get(`${api}/v1/overview`)),
    );
    expectDocumented(
      '/v1/checks/{checkId}/entities',
      'get',
      await asUser(
        request(server).get(
          `${api}/v1/checks/supply-chain.lockfile-committed/entities`,
        ),
      ),
    );
    expectDocumented(
      '/v1/checks/{checkId}/entities',
      'get',
      await asUser(
        request(server).get(`${api}/v1/checks/no.such-check/entities`),
      ),
    );

    // Radar, stack decisions and decision records.
    const check = (path: string, method: string, res: any) =>
      expectDocumented(path, method, res);
    check(
      '/v1/radar',
      'get',
      await asUser(request(server).get(`${api}/v1/radar`)),
    );
    check(
      '/v1/radar/unknown',
      'get',
      await asUser(request(server).get(`${api}/v1/radar/unknown`)),
    );
    check(
      '/v1/radar/entries/{id}',
      'get',
      await asUser(request(server).get(`${api}/v1/radar/entries/moment`)),
    );
    check(
      '/v1/radar/entries/{id}',
      'put',
      await asUser(
        request(server)
          .put(`${api}/v1/radar/entries/moment`)
          .send({ ring: 'assess', reason: 'Legacy reports still need it' }),
      ),
    );
    check(
      '/v1/radar/entries',
      'post',
      await asUser(
        request(server).post(`${api}/v1/radar/entries`).send({
          id: 'htmx',
          title: 'htmx',
          quadrant: 'languages-frameworks',
          ring: 'assess',
          description: 'Server-rendered interactivity',
          references: [],
        }),
      ),
    );
    check(
      '/v1/radar/teams/{namespace}/{name}',
      'get',
      await asUser(
        request(server).get(`${api}/v1/radar/teams/default/payments`),
      ),
    );
    check(
      '/v1/stack/recommend',
      'post',
      await asUser(
        request(server)
          .post(`${api}/v1/stack/recommend`)
          .send({
            requirements: ['rapid-prototyping'],
            constraints: { p99Ms: 5 },
          }),
      ),
    );
    check(
      '/v1/stack/teams/{namespace}/{name}',
      'get',
      await asUser(
        request(server).get(`${api}/v1/stack/teams/default/payments`),
      ),
    );
    const decision = await asUser(
      request(server)
        .post(`${api}/v1/decisions`)
        .send({
          title: 'Keep pgx',
          date: '2026-11-22',
          links: { radarEntries: ['go'], checks: [] },
        }),
    );
    check('/v1/decisions', 'post', decision);
    const decisionPath = `${api}/v1/decisions/${decision.body.id}`;
    check(
      '/v1/decisions/{id}',
      'get',
      await asUser(request(server).get(decisionPath)),
    );
    check(
      '/v1/decisions/{id}',
      'put',
      await asUser(
        request(server)
          .put(decisionPath)
          .send({ status: 'accepted', version: 9 }),
      ),
    );
    check(
      '/v1/decisions/{id}/history',
      'get',
      await asUser(request(server).get(`${decisionPath}/history`)),
    );
    check(
      '/v1/decisions/{id}/supersede',
      'post',
      await asUser(
        request(server)
          .post(`${decisionPath}/supersede`)
          .send({
            version: 1,
            decision: { title: 'Use sqlc', date: '2026-11-22' },
          }),
      ),
    );
    check(
      '/v1/decisions',
      'get',
      await asUser(request(server).get(`${api}/v1/decisions?q=pgx`)),
    );
    check(
      '/v1/entities/{kind}/{namespace}/{name}/decisions',
      'get',
      await asUser(request(server).get(`${entity}/decisions`)),
    );
  });
  it('describes the remediation and campaign responses', async () => {
    const server = await startStackscore({
      entities: [await exampleEntity('promo-codes')],
    });
    const api = '/api/stackscore/v1';
    await waitForRun(
      server,
      (
        await asUser(request(server).post(`${api}/runs`))
      ).body.id,
    );
    const list = await asUser(
      request(server).get(`${api}/remediations?owner=group:default/payments`),
    );
    expect(list.body.items.length).toBeGreaterThan(0);
    expectDocumented('/v1/remediations', 'get', list);
    expectDocumented(
      '/v1/remediations',
      'get',
      await asUser(request(server).get(`${api}/remediations?status=x`)),
    );
    const id = list.body.items[0].id;
    expectDocumented(
      '/v1/remediations/{id}',
      'patch',
      await asUser(
        request(server)
          .patch(`${api}/remediations/${id}`)
          .send({ status: 'in-progress', dueDate: '2027-01-31' }),
      ),
    );
    expectDocumented(
      '/v1/remediations/{id}',
      'get',
      await asUser(request(server).get(`${api}/remediations/${id}`)),
    );
    expectDocumented(
      '/v1/remediations/{id}/events',
      'get',
      await asUser(request(server).get(`${api}/remediations/${id}/events`)),
    );
    expectDocumented(
      '/v1/entities/{kind}/{namespace}/{name}/remediations',
      'get',
      await asUser(
        request(server).get(
          `${api}/entities/component/default/promo-codes/remediations`,
        ),
      ),
    );
    const campaign = {
      title: 'Supply-chain silver',
      target: { type: 'level', scorecard: 'supply-chain', level: 'silver' },
      scope: { lifecycles: ['production'] },
      startDate: '2026-11-01',
      deadline: '2027-03-31',
      owner: 'group:default/platform',
    };
    const created = await asUser(
      request(server).post(`${api}/campaigns`).send(campaign),
    );
    expectDocumented('/v1/campaigns', 'post', created);
    expectDocumented(
      '/v1/campaigns/{id}',
      'get',
      await asUser(request(server).get(`${api}/campaigns/${created.body.id}`)),
    );
    expectDocumented(
      '/v1/campaigns/{id}',
      'put',
      await asUser(
        request(server)
          .put(`${api}/campaigns/${created.body.id}`)
          .send({ ...campaign, version: 1 }),
      ),
    );
    expectDocumented(
      '/v1/campaigns',
      'get',
      await asUser(request(server).get(`${api}/campaigns`)),
    );
  });
});
