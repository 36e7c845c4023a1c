import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import request from 'supertest';
import stackscorePlugin from '@stackscore/plugin-stackscore-backend';
import { configFromEnvironment } from './rootConfig';

jest.setTimeout(30_000);

// Real auth services, so the static token is validated the way the portal validates it.
async function startWith(env: NodeJS.ProcessEnv) {
  const { server } = await startTestBackend({
    features: [
      stackscorePlugin,
      authServiceFactory,
      httpAuthServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          ...(configFromEnvironment(env) ?? {}),
        },
      }),
    ],
  });
  return server;
}

describe('static API token', () => {
  const token = 'stackscore-test-token-0123456789';

  it('is accepted on Stackscore routes when configured', async () => {
    const server = await startWith({ STACKSCORE_API_TOKEN: token });
    const withToken = await request(server)
      .get('/api/stackscore/v1/scorecards')
      .set('Authorization', `Bearer ${token}`);
    expect(withToken.status).toBe(200);

    const wrongToken = await request(server)
      .get('/api/stackscore/v1/scorecards')
      .set('Authorization', 'Bearer not-the-token-at-all');
    expect(wrongToken.status).toBe(401);

    const none = await request(server).get('/api/stackscore/v1/scorecards');
    expect(none.status).toBe(401);
  });

  it('does not exist when the variable is unset, and health still answers', async () => {
    const server = await startWith({});
    const health = await request(server).get('/api/stackscore/v1/health');
    expect(health.status).toBe(200);
    const withToken = await request(server)
      .get('/api/stackscore/v1/scorecards')
      .set('Authorization', `Bearer ${token}`);
    expect(withToken.status).toBe(401);
  });
});
