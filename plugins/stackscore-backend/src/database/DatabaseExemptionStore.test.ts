import { TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseExemptionStore } from './DatabaseExemptionStore';
import type { Exemption } from './ExemptionStore';

jest.setTimeout(60_000);

const day = 24 * 60 * 60 * 1000;
const inDays = (from: Date, days: number) =>
  new Date(from.getTime() + days * day);
const pause = () => new Promise(resolve => setTimeout(resolve, 5));

describe('DatabaseExemptionStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    return DatabaseExemptionStore.create({ db });
  }

  it.each(databases.eachSupportedId())(
    'creates, reads and revokes an exemption, keeping the first revocation, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const expiresAt = new Date('2030-01-01T00:00:00.000Z');
      const created = await store.createExemption({
        entityRef: 'component:default/checkout-api',
        checkId: 'security.sast-in-ci',
        reason: 'SAST tool is being replaced this quarter',
        createdBy: 'user:default/alice',
        expiresAt,
      });
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

      const read = await store.getExemption(created.id);
      expect(read).toEqual({
        id: created.id,
        entityRef: 'component:default/checkout-api',
        checkId: 'security.sast-in-ci',
        reason: 'SAST tool is being replaced this quarter',
        createdBy: 'user:default/alice',
        createdAt: created.createdAt,
        expiresAt,
        revokedAt: undefined,
        revokedBy: undefined,
      });

      const revoked = await store.revokeExemption(
        created.id,
        'user:default/bob',
      );
      expect(revoked?.revokedBy).toBe('user:default/bob');
      expect(revoked?.revokedAt).toBeInstanceOf(Date);

      await pause();
      const again = await store.revokeExemption(
        created.id,
        'user:default/carol',
      );
      expect(again?.revokedBy).toBe('user:default/bob');
      expect(again?.revokedAt?.getTime()).toBe(revoked?.revokedAt?.getTime());

      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(await store.getExemption(unknown)).toBeUndefined();
      expect(
        await store.revokeExemption(unknown, 'user:default/bob'),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'tells active from expired and revoked exemptions at a given time, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const now = new Date();
      const base = {
        reason: 'accepted risk',
        createdBy: 'user:default/alice',
      };
      const active = await store.createExemption({
        ...base,
        entityRef: 'component:default/a',
        checkId: 'security.sast-in-ci',
        expiresAt: inDays(now, 30),
      });
      const expiresSoon = await store.createExemption({
        ...base,
        entityRef: 'component:default/a',
        checkId: 'slo.slo-defined',
        expiresAt: inDays(now, 2),
      });
      const revoked = await store.createExemption({
        ...base,
        entityRef: 'component:default/a',
        checkId: 'observability.structured-logging',
        expiresAt: inDays(now, 30),
      });
      await pause();
      const beforeRevocation = new Date();
      await pause();
      await store.revokeExemption(revoked.id, 'user:default/bob');
      const otherEntity = await store.createExemption({
        ...base,
        entityRef: 'component:default/b',
        checkId: 'security.sast-in-ci',
        expiresAt: inDays(now, 30),
      });

      const later = new Date(Date.now() + 1);
      const ids = async (refs: string[], at: Date) =>
        (await store.activeExemptions(refs, at)).map(e => e.id).sort();

      expect(await ids(['component:default/a'], later)).toEqual(
        [active.id, expiresSoon.id].sort(),
      );
      expect(await ids(['component:default/a'], inDays(now, 3))).toEqual([
        active.id,
      ]);
      expect(
        await ids(['component:default/a', 'component:default/b'], later),
      ).toEqual([active.id, expiresSoon.id, otherEntity.id].sort());
      // Asked about a moment before its revocation, the revoked exemption was still active.
      expect(await ids(['component:default/a'], beforeRevocation)).toEqual(
        [active.id, expiresSoon.id, revoked.id].sort(),
      );
      // Nothing was active before it was created.
      expect(await ids(['component:default/a'], inDays(now, -1))).toEqual([]);
      expect(await ids([], later)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists exemptions newest first with filters and a cursor, %p',
    async databaseId => {
      const store = await createStore(databaseId);
      const now = new Date();
      const created: Exemption[] = [];
      for (let i = 0; i < 5; i++) {
        created.push(
          await store.createExemption({
            entityRef:
              i % 2 ? 'component:default/odd' : 'component:default/even',
            checkId: i < 3 ? 'security.sast-in-ci' : 'slo.slo-defined',
            reason: `reason ${i}`,
            createdBy: 'user:default/alice',
            expiresAt: inDays(now, i === 4 ? 1 : 30),
          }),
        );
        await pause();
      }
      await store.revokeExemption(created[1].id, 'user:default/bob');
      const at = new Date();
      const list = async (
        options: Partial<Parameters<typeof store.listExemptions>[0]>,
      ) =>
        (await store.listExemptions({ at, limit: 10, ...options })).map(e =>
          created.findIndex(c => c.id === e.id),
        );

      expect(await list({})).toEqual([4, 3, 2, 1, 0]);
      expect(await list({ limit: 2 })).toEqual([4, 3]);
      const firstPage = await store.listExemptions({ at, limit: 2 });
      expect(await list({ limit: 2, before: firstPage[1].createdAt })).toEqual([
        2, 1,
      ]);
      expect(await list({ entityRef: 'component:default/odd' })).toEqual([
        3, 1,
      ]);
      expect(await list({ checkId: 'slo.slo-defined' })).toEqual([4, 3]);
      expect(await list({ active: true })).toEqual([4, 3, 2, 0]);
      expect(await list({ active: false })).toEqual([1]);
      expect(await list({ active: false, at: inDays(now, 2) })).toEqual([4, 1]);
      expect(
        await list({
          entityRef: 'component:default/even',
          checkId: 'security.sast-in-ci',
          active: true,
        }),
      ).toEqual([2, 0]);
    },
  );
});
