import { loadConfigSchema } from '@backstage/config-loader';
import type { JsonObject } from '@backstage/types';

/** The validation errors a config gets from this package's `config.d.ts`, or [] when it is accepted. */
async function stackscoreErrors(stackscore: JsonObject): Promise<string[]> {
  const schema = await loadConfigSchema({
    dependencies: ['@stackscore/plugin-stackscore-backend'],
  });
  try {
    schema.process([{ context: 'test', data: { stackscore } }]);
    return [];
  } catch (error) {
    // Only what concerns Stackscore: the minimal config here lacks the app's and backend's required keys.
    return String(error)
      .split(/, (?=Config )/)
      .filter(message => message.includes('/stackscore'));
  }
}

describe('config.d.ts', () => {
  // A type the schema compiler cannot read makes Backstage drop the whole schema with only a warning, after
  // which nothing under `stackscore` would be checked at all.
  it('compiles and checks values under stackscore', async () => {
    expect(
      await stackscoreErrors({
        remediation: { notifications: 'yes', frequency: { minutes: 5 } },
      }),
    ).toEqual([
      expect.stringMatching(
        /must be boolean .* at \/stackscore\/remediation\/notifications$/,
      ),
    ]);
  });

  it('accepts durations as objects or ISO strings and the documented settings', async () => {
    expect(
      await stackscoreErrors({
        permissions: { adminGroups: ['group:default/platform'] },
        sources: { localRoot: '../..' },
        schedule: { frequency: { minutes: 30 }, timeout: 'PT10M' },
        remediation: { frequency: 'PT15M', notifications: false },
      }),
    ).toEqual([]);
  });
});
