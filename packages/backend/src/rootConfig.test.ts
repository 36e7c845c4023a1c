import { configFromEnvironment } from './rootConfig';

describe('configFromEnvironment', () => {
  it('adds nothing when STACKSCORE_API_TOKEN is unset or blank', () => {
    expect(configFromEnvironment({})).toBeUndefined();
    expect(
      configFromEnvironment({ STACKSCORE_API_TOKEN: '  ' }),
    ).toBeUndefined();
  });

  it('adds a static external access token when it is set', () => {
    expect(
      configFromEnvironment({ STACKSCORE_API_TOKEN: 'a-long-test-token' }),
    ).toEqual({
      backend: {
        auth: {
          externalAccess: [
            {
              type: 'static',
              options: {
                token: 'a-long-test-token',
                subject: 'stackscore-api-token',
              },
            },
          ],
        },
      },
    });
  });
});
