import request from 'supertest';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { templateDecision } from '@stackscore/plugin-stackscore-common';
import {
  asUser,
  exampleEntity,
  startStackscore,
  waitForRun,
} from './__testUtils__/startStackscore';

jest.setTimeout(120_000);

const payments: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const api = '/api/stackscore/v1';

describe('decision routes on the plugin', () => {
  it('writes a decision from a template, accepts it, refuses a stale edit, supersedes it and keeps the history', async () => {
    const server = await startStackscore({ entities: [payments] });
    const fromTemplate = templateDecision('monolith-vs-microservices');
    const created = await asUser(
      request(server)
        .post(`${api}/decisions`)
        .send({
          ...fromTemplate,
          title: 'Start checkout as a modular monolith',
          scope: {
            team: 'group:default/payments',
            entities: ['component:default/checkout-api'],
          },
          links: { radarEntries: ['modular-monolith-first'], checks: [] },
        }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: 1,
      version: 1,
      status: 'proposed',
      scopeKey: 'group:default/payments',
    });
    expect(created.body.drivers.length).toBeGreaterThan(0);
    const id = created.body.id;

    const accepted = await asUser(
      request(server)
        .put(`${api}/decisions/${id}`)
        .send({ status: 'accepted', version: 1 }),
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 2 });

    const stale = await asUser(
      request(server)
        .put(`${api}/decisions/${id}`)
        .send({ title: 'An edit made on an old copy', version: 1 }),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/at version 2/);
    expect(
      (await asUser(request(server).get(`${api}/decisions/${id}`))).body.title,
    ).toBe('Start checkout as a modular monolith');

    const superseded = await asUser(
      request(server)
        .post(`${api}/decisions/${id}/supersede`)
        .send({
          version: 2,
          decision: {
            title: 'Split payments out of checkout',
            date: '2026-11-22',
            scope: { team: 'group:default/payments', entities: [] },
          },
        }),
    );
    expect(superseded.status).toBe(201);
    expect(superseded.body.superseded).toMatchObject({
      id,
      status: 'superseded',
      supersededBy: superseded.body.replacement.id,
    });
    expect(superseded.body.replacement).toMatchObject({
      supersedes: id,
      number: 2,
    });

    const history = await asUser(
      request(server).get(`${api}/decisions/${id}/history`),
    );
    expect(history.body.items.map((h: any) => h.action)).toEqual([
      'created',
      'updated',
      'superseded',
    ]);

    const listed = await asUser(
      request(server).get(
        `${api}/decisions?team=group:default/payments&status=superseded`,
      ),
    );
    expect(listed.body.items.map((d: any) => d.id)).toEqual([id]);
    const byRadar = await asUser(
      request(server).get(`${api}/decisions?radarEntry=modular-monolith-first`),
    );
    expect(byRadar.body.items.map((d: any) => d.id)).toEqual([id]);
  });

  it('exports MADR and imports it back as an equal record', async () => {
    const server = await startStackscore({ entities: [payments] });
    const created = await asUser(
      request(server)
        .post(`${api}/decisions`)
        .send({
          ...templateDecision('message-broker'),
          title: 'Kafka for order events',
          status: 'accepted',
          tags: ['messaging'],
        }),
    );
    const madr = await asUser(
      request(server).get(`${api}/decisions/${created.body.id}/madr`),
    );
    expect(madr.status).toBe(200);
    expect(madr.headers['content-type']).toMatch(/^text\/markdown/);
    expect(madr.headers['content-disposition']).toMatch(
      /0001-kafka-for-order-events\.md/,
    );
    expect(madr.text).toMatch(/^---\n/);

    const imported = await asUser(
      request(server)
        .post(`${api}/decisions/import`)
        .send({ markdown: madr.text }),
    );
    expect(imported.status).toBe(201);
    const pick = (d: any) => ({
      title: d.title,
      status: d.status,
      context: d.context,
      drivers: d.drivers,
      options: d.options,
      outcome: d.outcome,
      consequences: d.consequences,
      date: d.date,
      tags: d.tags,
    });
    expect(pick(imported.body.decision)).toEqual(pick(created.body));
    expect(imported.body.decision.number).toBe(2);

    const broken = await asUser(
      request(server)
        .post(`${api}/decisions/import`)
        .send({ markdown: 'no heading here' }),
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/markdown/);
  });

  it('refuses links to unknown checks, radar entries and teams with a 400', async () => {
    const server = await startStackscore({ entities: [payments] });
    const base = { title: 'x', date: '2026-11-22' };
    for (const [body, message] of [
      [
        { ...base, links: { checks: ['security.nope'], radarEntries: [] } },
        /unknown check security.nope/,
      ],
      [
        { ...base, links: { checks: [], radarEntries: ['cobol'] } },
        /no radar entry cobol/,
      ],
      [
        { ...base, scope: { team: 'group:default/ghosts', entities: [] } },
        /not a group in the catalog/,
      ],
    ] as const) {
      const res = await asUser(
        request(server).post(`${api}/decisions`).send(body),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
  });

  it('answers 403 to decision writes the policy denies', async () => {
    const server = await startStackscore({
      entities: [payments],
      features: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    const res = await asUser(
      request(server)
        .post(`${api}/decisions`)
        .send({ title: 'x', date: '2026-11-22' }),
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Not allowed: stackscore.decision.create',
    );
    expect(
      (await asUser(request(server).get(`${api}/decisions`))).body.items,
    ).toEqual([]);
  });

  it("lists an entity's portal decisions beside the ADR files in its repository", async () => {
    const server = await startStackscore({
      entities: [payments, await exampleEntity('checkout-api')],
    });
    const before = await asUser(
      request(server).get(
        `${api}/entities/component/default/checkout-api/decisions`,
      ),
    );
    expect(before.body).toEqual({
      decisions: [],
      repository: [],
      repositoryProblem: expect.stringMatching(/not scored yet/),
    });
    const run = await asUser(request(server).post(`${api}/runs`));
    await waitForRun(server, run.body.id);
    await asUser(
      request(server)
        .post(`${api}/decisions`)
        .send({
          title: 'Retry payments with jitter',
          date: '2026-11-22',
          scope: { entities: ['component:default/checkout-api'] },
        }),
    );
    const res = await asUser(
      request(server).get(
        `${api}/entities/component/default/checkout-api/decisions`,
      ),
    );
    expect(res.body.decisions.map((d: any) => d.title)).toEqual([
      'Retry payments with jitter',
    ]);
    expect(res.body.repository).toEqual([
      expect.objectContaining({
        file: 'docs/adr/0001-use-pgx-without-an-orm.md',
        title: 'Use pgx directly instead of an ORM',
        status: 'accepted',
        date: '2025-03-12',
        format: 'madr',
      }),
      expect.objectContaining({
        file: 'docs/adr/0002-record-architecture-decisions.md',
        title: '2. Record architecture decisions',
        status: 'Accepted',
        date: '2025-03-20',
        format: 'nygard',
      }),
    ]);
    expect(res.body.repositoryProblem).toBeUndefined();
  });
});
