/*
 * 200 concurrent clients for RELIABILITY_LOAD_SECONDS (default 60) on the read endpoints of the plugin on a
 * seeded PostgreSQL database: zero errors; skipped, with the reason printed, when PostgreSQL is not switched
 * on. A file of its own so jest runs it in a worker apart from the SQLite load. See __testUtils__/readLoad.ts.
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
  const databases = reliabilityDatabases(['POSTGRES_15']);
  const skipped = databases.announceSkips();
  if (skipped) {
    // A visible skip, so a green run without PostgreSQL never reads as "PostgreSQL passed".
    // Deliberately skipped, not hollow: without a PostgreSQL connection string there is nothing to run, and
    // this test, named by the reason, is the record of that in the report (CI sets the connection string).
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
    it.skip(`${skipped}`, () => {});
  } else {
    it('POSTGRES_15: zero errors', async () => {
      const { report, verdict } = await runReadLoad(
        await databases.init('POSTGRES_15'),
        'POSTGRES_15',
      );
      // eslint-disable-next-line no-console
      console.info(report);
      expect(verdict).toEqual(cleanVerdict);
    });
  }
});
