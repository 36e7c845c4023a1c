import { TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseRunStore, maxStoredFailures } from './DatabaseRunStore';

jest.setTimeout(60_000);

describe('DatabaseRunStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    return DatabaseRunStore.create({ db });
  }

  it.each(databases.eachSupportedId())(
    'records a run from start to finish with progress and capped failures, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const run = await store.createRun({
        trigger: 'schedule',
        shard: 1,
        shards: 4,
        total: 120,
      });
      expect(run).toMatchObject({
        status: 'running',
        shard: 1,
        shards: 4,
        total: 120,
        done: 0,
      });

      await store.updateProgress(run.id, {
        done: 40,
        failed: 1,
        skipped: 30,
        failures: [{ entityRef: 'component:default/a', message: 'timeout' }],
      });
      expect(await store.getRun(run.id)).toMatchObject({
        status: 'running',
        done: 40,
        failed: 1,
        skipped: 30,
        failures: [{ entityRef: 'component:default/a', message: 'timeout' }],
      });

      const failures = Array.from({ length: 80 }, (_, i) => ({
        entityRef: `component:default/e${i}`,
        message: 'unreadable',
      }));
      await store.finishRun(run.id, {
        status: 'partial',
        done: 120,
        failed: 80,
        skipped: 30,
        failures,
      });
      const finished = await store.getRun(run.id);
      expect(finished).toMatchObject({
        status: 'partial',
        done: 120,
        failed: 80,
      });
      expect(finished?.failures).toHaveLength(maxStoredFailures);
      expect(finished?.finishedAt).toBeInstanceOf(Date);
      expect(finished!.finishedAt!.getTime()).toBeGreaterThanOrEqual(
        finished!.startedAt.getTime(),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'lists runs newest first with a cursor, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        ids.push((await store.createRun({ trigger: 'manual', total: i })).id);
        await new Promise(resolve => setTimeout(resolve, 5));
      }
      const first = await store.listRuns({ limit: 2 });
      expect(first.map(r => r.id)).toEqual([ids[4], ids[3]]);
      const second = await store.listRuns({
        limit: 2,
        before: first[1].startedAt,
      });
      expect(second.map(r => r.id)).toEqual([ids[2], ids[1]]);
      expect(
        await store.getRun('00000000-0000-4000-8000-000000000000'),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'closes runs that stopped reporting as interrupted and leaves live and finished ones alone, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const stale = await store.createRun({ trigger: 'schedule', total: 10 });
      await store.updateProgress(stale.id, {
        done: 4,
        failed: 1,
        skipped: 0,
        failures: [{ entityRef: 'component:default/a', message: 'timeout' }],
      });
      const finished = await store.createRun({ trigger: 'manual', total: 1 });
      await store.finishRun(finished.id, {
        status: 'succeeded',
        done: 1,
        failed: 0,
        skipped: 0,
        failures: [],
      });
      // Everything so far is older than the cut-off; the live run beats after it.
      const cutoff = new Date(Date.now() + 1000);
      const live = await store.createRun({ trigger: 'manual', total: 5 });
      await new Promise(resolve => setTimeout(resolve, 1100));
      await store.heartbeat(live.id);

      expect(await store.failStaleRuns(cutoff)).toBe(1);
      expect(await store.getRun(stale.id)).toMatchObject({
        status: 'failed',
        done: 4,
        failed: 1,
        failures: [
          { entityRef: '*', message: expect.stringMatching(/^Interrupted/) },
          { entityRef: 'component:default/a', message: 'timeout' },
        ],
      });
      expect((await store.getRun(stale.id))!.finishedAt).toBeInstanceOf(Date);
      expect(await store.getRun(live.id)).toMatchObject({ status: 'running' });
      expect(await store.getRun(finished.id)).toMatchObject({
        status: 'succeeded',
        failures: [],
      });
      expect(await store.failStaleRuns(cutoff)).toBe(0);
    },
  );
});
