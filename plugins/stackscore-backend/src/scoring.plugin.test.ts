import path from 'path';
import {
  asUser,
  exampleRepos,
  startStackscore,
  waitForRun,
} from './__testUtils__/startStackscore';
import { mockServices } from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { stackscoreChecksExtensionPoint } from '@stackscore/plugin-stackscore-node';
import request from 'supertest';

jest.setTimeout(120_000);

const runbookModule = createBackendModule({
  pluginId: 'stackscore',
  moduleId: 'runbook-check',
  register(reg) {
    reg.registerInit({
      deps: { checks: stackscoreChecksExtensionPoint },
      async init({ checks }) {
        checks.addCheck({
          definition: {
            id: 'observability.runbook-linked',
            scorecard: 'observability',
            title: 'A runbook is linked',
            description: 'On-call engineers find the runbook from the catalog.',
            level: 'gold',
            severity: 'low',
            applicability: { ecosystems: 'any', kinds: ['component'] },
            runtime: false,
            remediation: { summary: 'Add a runbook link to metadata.links.' },
            references: [],
          },
          evaluate: facts =>
            facts.catalog.links.some(l => /runbook/i.test(l.title ?? ''))
              ? { status: 'pass', evidence: [{ message: 'Runbook linked' }] }
              : {
                  status: 'fail',
                  evidence: [{ message: 'No runbook link in metadata.links' }],
                },
        });
      },
    });
  },
});

function start(options: { deny?: boolean } = {}) {
  return startStackscore({
    features: [
      runbookModule,
      ...(options.deny
        ? [mockServices.permissions.factory({ result: AuthorizeResult.DENY })]
        : []),
    ],
  });
}

describe('scoring through the plugin', () => {
  it('starts a run, shows its progress and serves the stored scores', async () => {
    const server = await start();
    const started = await asUser(
      request(server).post('/api/stackscore/v1/runs'),
    );
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      trigger: 'manual',
      status: 'running',
      total: 2,
    });

    const finished = await waitForRun(server, started.body.id);
    expect(finished).toMatchObject({
      status: 'succeeded',
      total: 2,
      done: 2,
      failed: 0,
    });

    const list = await asUser(
      request(server).get('/api/stackscore/v1/runs?limit=5'),
    );
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(
      started.body.id,
    );

    const scores = await asUser(
      request(server).get(
        '/api/stackscore/v1/entities/component/default/checkout-api/scores',
      ),
    );
    expect(scores.status).toBe(200);
    expect(scores.body).toMatchObject({
      entity: { kind: 'Component', namespace: 'default', name: 'checkout-api' },
      owner: 'group:default/payments',
      ecosystems: ['go'],
      source: { location: path.join(exampleRepos, 'checkout-api') },
    });
    expect(
      scores.body.scorecards.map((s: { level: string }) => s.level),
    ).toEqual(['gold', 'gold', 'gold', 'gold']);
    expect(Date.parse(scores.body.scoredAt)).not.toBeNaN();
    expect(scores.body.results).toHaveLength(72);

    // Nothing changed: the next run skips both entities and keeps their scores.
    const again = await asUser(request(server).post('/api/stackscore/v1/runs'));
    expect(await waitForRun(server, again.body.id)).toMatchObject({
      status: 'succeeded',
      done: 2,
      skipped: 2,
    });
    const unchanged = await asUser(
      request(server).get(
        '/api/stackscore/v1/entities/component/default/checkout-api/scores',
      ),
    );
    expect(unchanged.body.scoredAt).toBe(scores.body.scoredAt);
  });

  it('scores a check added by a backend module and rescores on refresh', async () => {
    const server = await start();
    const refreshed = await asUser(
      request(server).post(
        '/api/stackscore/v1/entities/component/default/promo-codes/refresh',
      ),
    );
    expect(refreshed.status).toBe(200);
    expect(
      refreshed.body.results.find(
        (r: { checkId: string }) =>
          r.checkId === 'observability.runbook-linked',
      ),
    ).toMatchObject({
      status: 'fail',
      level: 'gold',
      evidence: [{ message: 'No runbook link in metadata.links' }],
    });
  });

  it('answers 404 for entities it has no scores for and that are not in the catalog', async () => {
    const server = await start();
    const scores = await asUser(
      request(server).get(
        '/api/stackscore/v1/entities/component/default/unknown/scores',
      ),
    );
    expect(scores.status).toBe(404);
    expect(scores.body.error.message).toBe(
      'No scores for component:default/unknown',
    );
    const refresh = await asUser(
      request(server).post(
        '/api/stackscore/v1/entities/component/default/unknown/refresh',
      ),
    );
    expect(refresh.status).toBe(404);
    const run = await asUser(
      request(server).get(
        '/api/stackscore/v1/runs/00000000-0000-4000-8000-000000000000',
      ),
    );
    expect(run.status).toBe(404);
  });

  it('answers 400 for bad run queries and ids', async () => {
    const server = await start();
    const badLimit = await asUser(
      request(server).get('/api/stackscore/v1/runs?limit=1000'),
    );
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.error.message).toMatch(/^Invalid query: limit: /);
    const badId = await asUser(
      request(server).get('/api/stackscore/v1/runs/not-a-uuid'),
    );
    expect(badId.status).toBe(400);
  });

  it('refuses writes without permission', async () => {
    const server = await start({ deny: true });
    const run = await asUser(request(server).post('/api/stackscore/v1/runs'));
    expect(run.status).toBe(403);
    expect(run.body.error.name).toBe('NotAllowedError');
    const refresh = await asUser(
      request(server).post(
        '/api/stackscore/v1/entities/component/default/checkout-api/refresh',
      ),
    );
    expect(refresh.status).toBe(403);
  });
});
