/*
 * 200 concurrent clients for RELIABILITY_LOAD_SECONDS (default 60) on the read endpoints of the plugin on a
 * seeded SQLite database: zero errors. See __testUtils__/readLoad.ts.
 */
import { reliabilityDatabases } from './__testUtils__/databases';
import {
  cleanVerdict,
  readLoadTimeoutMs,
  readLoadTitle,
  runReadLoad,
} from './__testUtils__/readLoad';

jest.setTimeout(readLoadTimeoutMs);

describe(`${readLoadTitle}`, () => {
  const databases = reliabilityDatabases(['SQLITE_3']);

  it('SQLITE_3: zero errors', async () => {
    const { report, verdict } = await runReadLoad(
      await databases.init('SQLITE_3'),
      'SQLITE_3',
    );
    // eslint-disable-next-line no-console
    console.info(report);
    expect(verdict).toEqual(cleanVerdict);
  });
});
