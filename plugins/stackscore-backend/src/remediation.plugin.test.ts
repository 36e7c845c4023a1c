import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import { readEntityForDirectory } from './cli/readEntity';
import {
  asUser,
  exampleRepos,
  startStackscore,
  waitForRun,
} from './__testUtils__/startStackscore';

jest.setTimeout(120_000);

const api = '/api/stackscore/v1';
const dashboards = 'observability.dashboard-linked';
const fxRates = 'component:default/fx-rates';

/** A scratch copy of the fx-rates example, so the test can fix and break it. */
async function fxRatesCopy() {
  const root = fs.mkdtempSync(
    path.join(os.tmpdir(), 'stackscore-remediation-'),
  );
  fs.cpSync(path.join(exampleRepos, 'fx-rates'), path.join(root, 'fx-rates'), {
    recursive: true,
  });
  const entity: Entity = await readEntityForDirectory(
    path.join(root, 'fx-rates'),
  );
  entity.metadata.annotations = {
    ...entity.metadata.annotations,
    'stackscore.io/source-dir': 'fx-rates',
  };
  return { root, repo: path.join(root, 'fx-rates'), entity };
}

function notificationsMock() {
  const sent: NotificationSendOptions[] = [];
  return {
    sent,
    factory: createServiceFactory({
      service: notificationService,
      deps: {},
      factory: () => ({
        async send(options: NotificationSendOptions) {
          sent.push(options);
        },
      }),
    }),
  };
}

async function score(server: Parameters<typeof request>[0]) {
  const run = await asUser(request(server).post(`${api}/runs`));
  expect(run.status).toBe(202);
  await waitForRun(server, run.body.id);
}

describe('remediation on the plugin', () => {
  it('opens items for failing checks, tracks a campaign, resolves the item when the repository is fixed and notifies a level drop', async () => {
    const { root, repo, entity } = await fxRatesCopy();
    const notifications = notificationsMock();
    const server = await startStackscore({
      entities: [entity],
      config: { sources: { localRoot: root } },
      features: [notifications.factory],
    });
    await score(server);

    const listed = await asUser(
      request(server).get(`${api}/remediations?entity=${fxRates}&status=open`),
    );
    expect(listed.status).toBe(200);
    const item = listed.body.items.find((i: any) => i.checkId === dashboards);
    expect(item).toMatchObject({
      entityRef: fxRates,
      owner: 'group:default/finance',
      status: 'open',
    });
    expect(listed.body.statusCounts.open).toBe(listed.body.items.length);

    const created = await asUser(
      request(server)
        .post(`${api}/campaigns`)
        .send({
          title: 'Every service links its dashboard',
          target: { type: 'checks', checks: [dashboards] },
          scope: { owners: ['group:default/finance'] },
          startDate: '2026-11-01',
          deadline: '2099-03-31',
          owner: 'group:default/platform',
        }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: 1,
      createdBy: 'user:default/mock',
    });
    const campaignId = created.body.id;

    const before = await asUser(
      request(server).get(`${api}/campaigns/${campaignId}`),
    );
    expect(before.body.progress).toEqual({
      inScope: 1,
      compliant: 0,
      ratio: 0,
    });
    expect(before.body.teams).toEqual([
      expect.objectContaining({ owner: 'group:default/finance', compliant: 0 }),
    ]);
    // The campaign's deadline became the item's due date, and the board can filter by campaign.
    const inCampaign = await asUser(
      request(server).get(`${api}/remediations?campaign=${campaignId}`),
    );
    expect(inCampaign.body.items).toEqual([
      expect.objectContaining({
        id: item.id,
        dueDate: '2099-03-31',
        dueSource: 'campaign',
        dueCampaignId: campaignId,
      }),
    ]);

    const started = await asUser(
      request(server)
        .patch(`${api}/remediations/${item.id}`)
        .send({ status: 'in-progress', assignee: 'user:default/mock' }),
    );
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      status: 'in-progress',
      assignee: 'user:default/mock',
    });

    // Fix the check in the repository and rescore.
    fs.mkdirSync(path.join(repo, 'dashboards'));
    fs.writeFileSync(
      path.join(repo, 'dashboards', 'fx-rates.json'),
      JSON.stringify({ title: 'fx-rates overview', panels: [] }),
    );
    await score(server);

    const events = await asUser(
      request(server).get(`${api}/remediations/${item.id}/events`),
    );
    expect(events.body.item.status).toBe('resolved');
    expect(events.body.events.map((e: any) => [e.type, e.actor])).toEqual([
      ['opened', 'stackscore'],
      ['due-date', 'stackscore'],
      ['status', 'user:default/mock'],
      ['assignee', 'user:default/mock'],
      ['resolved', 'stackscore'],
    ]);
    const after = await asUser(
      request(server).get(`${api}/campaigns/${campaignId}`),
    );
    expect(after.body.progress).toEqual({ inScope: 1, compliant: 1, ratio: 1 });
    expect(after.body.health).toBe('complete');
    const list = await asUser(request(server).get(`${api}/campaigns`));
    expect(list.body.items).toEqual([
      expect.objectContaining({
        campaign: expect.objectContaining({ id: campaignId }),
        progress: { inScope: 1, compliant: 1, ratio: 1 },
      }),
    ]);

    // Breaking the SLOs drops the SLO level: the owner hears about it.
    expect(notifications.sent).toEqual([]);
    fs.rmSync(path.join(repo, 'slos'), { recursive: true });
    await score(server);
    expect(notifications.sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: 'group:default/finance' },
        payload: expect.objectContaining({
          title: expect.stringMatching(
            /^fx-rates dropped a level: SLOs and resilience silver → none/,
          ),
          link: '/catalog/default/component/fx-rates/stackscore',
          topic: 'stackscore',
        }),
      },
    ]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('refuses item changes the permission policy denies for the entity, and campaign writes to non-admins', async () => {
    const { root, entity } = await fxRatesCopy();
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(r => ({
          result:
            r.permission.name === 'stackscore.run.create'
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
        })),
    });
    const server = await startStackscore({
      entities: [entity],
      config: { sources: { localRoot: root } },
      features: [permissions.factory],
    });
    await score(server);
    const [item] = (
      await asUser(request(server).get(`${api}/remediations?entity=${fxRates}`))
    ).body.items;

    const patched = await asUser(
      request(server)
        .patch(`${api}/remediations/${item.id}`)
        .send({ status: 'in-progress' }),
    );
    expect(patched.status).toBe(403);
    expect(patched.body.error.message).toBe(
      'Not allowed: stackscore.remediation.update',
    );
    // The decision was asked about the item's entity, which is what makes owner-only rules work.
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        expect.objectContaining({
          permission: expect.objectContaining({
            name: 'stackscore.remediation.update',
          }),
          resourceRef: fxRates,
        }),
      ],
      expect.anything(),
    );
    const unchanged = await asUser(
      request(server).get(`${api}/remediations/${item.id}`),
    );
    expect(unchanged.body.status).toBe('open');

    const campaign = await asUser(
      request(server)
        .post(`${api}/campaigns`)
        .send({
          title: 'x',
          target: { type: 'level', scorecard: 'security', level: 'bronze' },
          startDate: '2026-11-01',
          deadline: '2026-12-01',
          owner: 'group:default/platform',
        }),
    );
    expect(campaign.status).toBe(403);
    expect(campaign.body.error.message).toBe(
      'Not allowed: stackscore.campaign.create',
    );
    expect(
      (await asUser(request(server).get(`${api}/campaigns`))).body.items,
    ).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers bad requests with 400s that say what is wrong, unknown ids with 404 and stale campaign edits with 409', async () => {
    const server = await startStackscore({ entities: [] });
    const cases: Array<[request.Test, number, RegExp]> = [
      [request(server).get(`${api}/remediations?status=done`), 400, /status/],
      [
        request(server).get(`${api}/remediations?owner=not a ref`),
        400,
        /owner/,
      ],
      [request(server).get(`${api}/remediations?limit=0`), 400, /limit/],
      [request(server).get(`${api}/remediations/nope`), 400, /item id/],
      [
        request(server).get(
          `${api}/remediations/00000000-0000-4000-8000-000000000000`,
        ),
        404,
        /No remediation item/,
      ],
      [
        request(server)
          .patch(`${api}/remediations/00000000-0000-4000-8000-000000000000`)
          .send({ status: 'resolved' }),
        400,
        /resolved when its check passes/,
      ],
      [
        request(server)
          .patch(`${api}/remediations/00000000-0000-4000-8000-000000000000`)
          .send({}),
        400,
        /nothing to change/,
      ],
      [
        request(server)
          .post(`${api}/campaigns`)
          .send({
            title: 'x',
            target: { type: 'checks', checks: ['security.no-such-check'] },
            startDate: '2026-11-01',
            deadline: '2026-12-01',
            owner: 'group:default/platform',
          }),
        400,
        /unknown check security.no-such-check/,
      ],
      [
        request(server)
          .post(`${api}/campaigns`)
          .send({
            title: 'x',
            target: { type: 'level', scorecard: 'security', level: 'bronze' },
            startDate: '2026-12-01',
            deadline: '2026-11-01',
            owner: 'group:default/platform',
          }),
        400,
        /deadline must not be before startDate/,
      ],
      [
        request(server)
          .post(`${api}/campaigns`)
          .send({ title: 'x', target: { type: 'everything' } }),
        400,
        /target/,
      ],
      [
        request(server).get(
          `${api}/campaigns/00000000-0000-4000-8000-000000000000`,
        ),
        404,
        /No campaign/,
      ],
    ];
    for (const [req, status, message] of cases) {
      const res = await req.set('Authorization', mockCredentials.user.header());
      expect([res.status, res.body.error?.message]).toEqual([
        status,
        expect.stringMatching(message),
      ]);
    }

    const body = {
      title: 'Security bronze for all',
      target: { type: 'level', scorecard: 'security', level: 'bronze' },
      startDate: '2026-11-01',
      deadline: '2026-12-01',
      owner: 'group:default/platform',
    };
    const created = await asUser(
      request(server).post(`${api}/campaigns`).send(body),
    );
    const moved = await asUser(
      request(server)
        .put(`${api}/campaigns/${created.body.id}`)
        .send({ ...body, deadline: '2026-12-15', version: 1 }),
    );
    expect(moved.body).toMatchObject({ version: 2, deadline: '2026-12-15' });
    const stale = await asUser(
      request(server)
        .put(`${api}/campaigns/${created.body.id}`)
        .send({ ...body, title: 'Old copy', version: 1 }),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/at version 2/);
  });
});
