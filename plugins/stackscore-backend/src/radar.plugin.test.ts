import request from 'supertest';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { radarSeed } from '@stackscore/plugin-stackscore-common';
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
  metadata: { name: 'payments', namespace: 'default', title: 'Payments' },
  spec: { type: 'team', children: [] },
};

async function scoredExamples() {
  const server = await startStackscore({
    entities: [
      payments,
      await exampleEntity('checkout-api'),
      await exampleEntity('promo-codes'),
    ],
  });
  const run = await asUser(request(server).post('/api/stackscore/v1/runs'));
  await waitForRun(server, run.body.id);
  return server;
}

describe('radar and stack routes on the plugin', () => {
  it('seeds the org radar, builds team radars from what scored services use and flags hold entries', async () => {
    const server = await scoredExamples();

    const radar = await asUser(request(server).get('/api/stackscore/v1/radar'));
    expect(radar.status).toBe(200);
    expect(radar.body.entries).toHaveLength(radarSeed.length);
    const moment = radar.body.entries.find((e: any) => e.id === 'moment');
    expect(moment).toMatchObject({ ring: 'hold', services: 1 });
    expect(moment.timeline[0]).toMatchObject({
      to: 'hold',
      by: 'stackscore:seed',
    });

    const team = await asUser(
      request(server).get('/api/stackscore/v1/radar/teams/default/payments'),
    );
    expect(team.status).toBe(200);
    expect(team.body.services).toBe(2);
    const hold = team.body.holds.find((h: any) => h.id === 'moment');
    expect(hold.services.map((s: any) => s.entityRef)).toEqual([
      'component:default/promo-codes',
    ]);
    expect(hold.services[0].evidence[0].file).toBe('package.json');
    expect(team.body.entries.map((e: any) => e.ring)).toEqual(
      [...team.body.entries.map((e: any) => e.ring)].sort(
        (a: string, b: string) =>
          ['adopt', 'trial', 'assess', 'hold'].indexOf(a) -
          ['adopt', 'trial', 'assess', 'hold'].indexOf(b),
      ),
    );

    const detail = await asUser(
      request(server).get('/api/stackscore/v1/radar/entries/moment'),
    );
    expect(detail.body.users).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/promo-codes',
        owner: 'group:default/payments',
      }),
    ]);

    const stack = await asUser(
      request(server).get('/api/stackscore/v1/stack/teams/default/payments'),
    );
    expect(stack.status).toBe(200);
    expect(stack.body.services.map((s: any) => s.entityRef).sort()).toEqual([
      'component:default/checkout-api',
      'component:default/promo-codes',
    ]);
    expect(stack.body.languages.length).toBeGreaterThan(0);

    expect(
      (
        await asUser(
          request(server).get('/api/stackscore/v1/radar/teams/default/nobody'),
        )
      ).status,
    ).toBe(404);
  });

  it('moves a ring only with a reason and keeps the move on the timeline', async () => {
    const server = await startStackscore({ entities: [payments] });
    const noReason = await asUser(
      request(server)
        .put('/api/stackscore/v1/radar/entries/go')
        .send({ ring: 'trial' }),
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/a ring move needs a reason/);

    const moved = await asUser(
      request(server)
        .put('/api/stackscore/v1/radar/entries/go')
        .send({ ring: 'trial', reason: 'Fewer Go hires this year' }),
    );
    expect(moved.status).toBe(200);
    expect(moved.body.ring).toBe('trial');
    expect(moved.body.timeline.at(-1)).toMatchObject({
      from: 'adopt',
      to: 'trial',
      reason: 'Fewer Go hires this year',
    });

    const unknownField = await asUser(
      request(server).post('/api/stackscore/v1/radar/entries').send({
        id: 'htmx',
        title: 'htmx',
        quadrant: 'languages-frameworks',
        ring: 'assess',
        description: '',
        references: [],
        color: 'red',
      }),
    );
    expect(unknownField.status).toBe(400);
    const created = await asUser(
      request(server).post('/api/stackscore/v1/radar/entries').send({
        id: 'htmx',
        title: 'htmx',
        quadrant: 'languages-frameworks',
        ring: 'assess',
        description: 'Server-rendered interactivity',
        references: [],
      }),
    );
    expect(created.status).toBe(201);
    const again = await asUser(
      request(server).post('/api/stackscore/v1/radar/entries').send({
        id: 'htmx',
        title: 'htmx',
        quadrant: 'languages-frameworks',
        ring: 'assess',
        description: '',
        references: [],
      }),
    );
    expect(again.status).toBe(409);
    expect(
      (
        await asUser(
          request(server)
            .put('/api/stackscore/v1/radar/entries/not-there')
            .send({ title: 'x' }),
        )
      ).status,
    ).toBe(404);
  });

  it('answers 403 to radar writes the permission policy denies, and changes nothing', async () => {
    const server = await startStackscore({
      entities: [payments],
      features: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    const move = await asUser(
      request(server)
        .put('/api/stackscore/v1/radar/entries/go')
        .send({ ring: 'hold', reason: 'no' }),
    );
    expect(move.status).toBe(403);
    expect(move.body.error.message).toBe(
      'Not allowed: stackscore.radar-entry.update',
    );
    const create = await asUser(
      request(server).post('/api/stackscore/v1/radar/entries').send({
        id: 'htmx',
        title: 'htmx',
        quadrant: 'languages-frameworks',
        ring: 'assess',
        description: '',
        references: [],
      }),
    );
    expect(create.status).toBe(403);
    const go = await asUser(
      request(server).get('/api/stackscore/v1/radar/entries/go'),
    );
    expect(go.body.ring).toBe('adopt');
    expect(
      (
        await asUser(
          request(server).get('/api/stackscore/v1/radar/entries/htmx'),
        )
      ).status,
    ).toBe(404);
  });

  it('ranks stack options for a request and rejects unknown requirements', async () => {
    const server = await startStackscore({ entities: [payments] });
    const ranked = await asUser(
      request(server)
        .post('/api/stackscore/v1/stack/recommend')
        .send({ requirements: ['highest-rps-lowest-latency'] }),
    );
    expect(ranked.status).toBe(200);
    expect(ranked.body.ranked.slice(0, 2).map((r: any) => r.language)).toEqual([
      'rust',
      'go',
    ]);
    expect(ranked.body.ranked[0].reasons[0].reference.document).toBeDefined();
    const bad = await asUser(
      request(server)
        .post('/api/stackscore/v1/stack/recommend')
        .send({ requirements: ['fastest-please'] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/requirements/);
  });
});
