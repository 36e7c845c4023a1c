import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  BackendFeature,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import request from 'supertest';
import { checkCatalogue } from '@stackscore/plugin-stackscore-common';
import { stackscoreChecksExtensionPoint } from '@stackscore/plugin-stackscore-node';
import { stackscorePlugin } from './plugin';

const customCheckModule = createBackendModule({
  pluginId: 'stackscore',
  moduleId: 'custom-runbook-check',
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
            level: 'silver',
            severity: 'low',
            applicability: { ecosystems: 'any', kinds: ['component'] },
            runtime: false,
            remediation: { summary: 'Add a runbook link to metadata.links.' },
            references: [],
          },
          evaluate: () => ({ status: 'pass', evidence: [] }),
        });
      },
    });
  },
});

/** Starts the plugin with requests anonymous unless they carry a token. */
async function startStackscore(
  ...extra: Array<BackendFeature | Promise<{ default: BackendFeature }>>
) {
  const { server } = await startTestBackend({
    features: [
      stackscorePlugin,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      ...extra,
    ],
  });
  return server;
}

describe('stackscorePlugin', () => {
  it('answers health without credentials', async () => {
    const server = await startStackscore();
    const res = await request(server).get('/api/stackscore/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      catalogueVersion: expect.any(String),
    });
  });

  it('rejects other routes without credentials and serves them to users', async () => {
    const server = await startStackscore();

    const anonymous = await request(server).get(
      '/api/stackscore/v1/scorecards',
    );
    expect(anonymous.status).toBe(401);

    const signedIn = await request(server)
      .get('/api/stackscore/v1/scorecards')
      .set('Authorization', mockCredentials.user.header());
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.items.map((s: { id: string }) => s.id)).toEqual([
      'slo',
      'observability',
      'security',
      'supply-chain',
    ]);
    const total = signedIn.body.items.reduce(
      (sum: number, s: { totalChecks: number }) => sum + s.totalChecks,
      0,
    );
    expect(total).toBe(checkCatalogue.length);
  });

  it('lists a check added by a backend module through the extension point', async () => {
    const server = await startStackscore(customCheckModule);
    const res = await request(server)
      .get('/api/stackscore/v1/checks?scorecard=observability')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    const ids = res.body.items.map((c: { id: string }) => c.id);
    expect(ids).toContain('observability.runbook-linked');
    expect(ids.every((id: string) => id.startsWith('observability.'))).toBe(
      true,
    );
  });

  it('answers a bad query with 400 naming the field', async () => {
    const server = await startStackscore();
    const res = await request(server)
      .get('/api/stackscore/v1/checks?scorecard=speed')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain('scorecard');
  });
});

describe('stackscorePlugin configuration', () => {
  it('lists checks declared in stackscore.customChecks', async () => {
    const server = await startStackscore(
      mockServices.rootConfig.factory({
        data: {
          stackscore: {
            customChecks: [
              {
                id: 'security.codeowners-present',
                scorecard: 'security',
                level: 'bronze',
                severity: 'medium',
                title: 'CODEOWNERS names the owning team',
                remediation: 'Add .github/CODEOWNERS.',
                rule: { fileExists: '.github/CODEOWNERS' },
              },
            ],
          },
        },
      }),
    );
    const res = await request(server)
      .get('/api/stackscore/v1/checks?scorecard=security')
      .set('Authorization', mockCredentials.user.header());
    expect(res.body.items.map((c: { id: string }) => c.id)).toContain(
      'security.codeowners-present',
    );
  });

  it('refuses to start with a malformed custom check, naming the key', async () => {
    await expect(
      startStackscore(
        mockServices.rootConfig.factory({
          data: {
            stackscore: {
              customChecks: [
                {
                  id: 'security.codeowners-present',
                  scorecard: 'security',
                  level: 'platinum',
                  severity: 'medium',
                  title: 'x',
                  remediation: 'y',
                  rule: { fileExists: 'CODEOWNERS' },
                },
              ],
            },
          },
        }),
      ),
    ).rejects.toThrow(/stackscore\.customChecks\[0\]\.level/);
  });

  it('refuses a module check that reuses a built-in id', async () => {
    const clashing = createBackendModule({
      pluginId: 'stackscore',
      moduleId: 'clash',
      register(reg) {
        reg.registerInit({
          deps: { checks: stackscoreChecksExtensionPoint },
          async init({ checks }) {
            checks.addCheck({
              definition: { ...checkCatalogue[0] },
              evaluate: () => ({ status: 'pass', evidence: [] }),
            });
          },
        });
      },
    });
    await expect(startStackscore(clashing)).rejects.toThrow(
      /already registered/,
    );
  });
});
