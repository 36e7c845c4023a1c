import { TestDatabases } from '@backstage/backend-test-utils';
import type { DecisionContent } from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseDecisionStore } from './DatabaseDecisionStore';

jest.setTimeout(60_000);

const ada = 'user:default/ada';
const bob = 'user:default/bob';

function content(overrides: Partial<DecisionContent> = {}): DecisionContent {
  return {
    title: 'Use Kafka for order events',
    status: 'proposed',
    context: 'Orders fan out to **five** consumers.',
    drivers: ['Replay after outages', 'Throughput of 20k events/s'],
    options: [
      { title: 'Kafka', pros: ['Replay'], cons: ['Operations'] },
      { title: 'SQS', pros: ['Managed'], cons: ['No replay'] },
    ],
    outcome: 'Kafka, because replay matters most.',
    chosenOption: 'Kafka',
    consequences: 'We run MSK.',
    date: '2026-11-20',
    deciders: [ada],
    scope: {
      team: 'group:default/payments',
      entities: ['component:default/orders-api'],
    },
    links: { radarEntries: ['kafka-msk'], checks: ['slo.defined'] },
    tags: ['messaging'],
    ...overrides,
  };
}

describe('DatabaseDecisionStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    return { db, store: await DatabaseDecisionStore.create({ db }) };
  }

  it.each(databases.eachSupportedId())(
    'numbers decisions per team (and per organisation) and reads them back whole, %p',
    async databaseId => {
      const { store } = await setup(databaseId);
      const at = new Date('2026-11-20T10:00:00Z');
      const first = await store.create(content(), { by: ada, at });
      const second = await store.create(content({ title: 'Second' }), {
        by: ada,
        at,
      });
      const org = await store.create(
        content({ scope: { entities: [] }, title: 'Org-wide' }),
        { by: bob, at },
      );
      expect([first.number, second.number, org.number]).toEqual([1, 2, 1]);
      expect([first.scopeKey, org.scopeKey]).toEqual([
        'group:default/payments',
        'org',
      ]);
      expect(await store.get(first.id)).toEqual({
        ...content(),
        id: first.id,
        number: 1,
        scopeKey: 'group:default/payments',
        version: 1,
        createdBy: ada,
        createdAt: at.toISOString(),
        updatedBy: ada,
        updatedAt: at.toISOString(),
      });
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBe(
        undefined,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'filters by team, entity, radar entry, check, tag, status and words, and pages newest first, %p',
    async databaseId => {
      const { store } = await setup(databaseId);
      const made = [];
      for (let i = 0; i < 5; i++) {
        made.push(
          await store.create(
            content({
              title: `Decision ${i}`,
              tags: i % 2 ? ['odd'] : ['even'],
              context: i === 3 ? 'We measured 100% of p99_latency' : 'x',
              scope: {
                team: i < 4 ? 'group:default/payments' : 'group:default/search',
                entities: i === 0 ? ['Component:default/Ledger'] : [],
              },
              links: {
                radarEntries: i === 1 ? ['go'] : [],
                checks: i === 2 ? ['security.sast-in-ci'] : [],
              },
              status: i === 4 ? 'accepted' : 'proposed',
            }),
            { by: ada, at: new Date(Date.UTC(2026, 10, 1 + i)) },
          ),
        );
      }
      const titles = async (filters: object) =>
        (await store.list({ filters, limit: 50 })).items.map(d => d.title);
      expect(await titles({})).toEqual([
        'Decision 4',
        'Decision 3',
        'Decision 2',
        'Decision 1',
        'Decision 0',
      ]);
      expect(await titles({ team: 'group:default/search' })).toEqual([
        'Decision 4',
      ]);
      expect(await titles({ entity: 'component:default/ledger' })).toEqual([
        'Decision 0',
      ]);
      expect(await titles({ radarEntry: 'go' })).toEqual(['Decision 1']);
      expect(await titles({ check: 'security.sast-in-ci' })).toEqual([
        'Decision 2',
      ]);
      expect(await titles({ tag: 'odd' })).toEqual([
        'Decision 3',
        'Decision 1',
      ]);
      expect(await titles({ status: 'accepted' })).toEqual(['Decision 4']);
      // Words must all appear; LIKE wildcards in them are literal.
      expect(await titles({ text: 'P99_LATENCY 100%' })).toEqual([
        'Decision 3',
      ]);
      expect(await titles({ text: '100_' })).toEqual([]);
      expect(await titles({ text: 'DECISION  100%' })).toEqual(['Decision 3']);

      const page1 = await store.list({ filters: {}, limit: 2 });
      const page2 = await store.list({
        filters: {},
        limit: 2,
        cursor: page1.nextCursor,
      });
      const page3 = await store.list({
        filters: {},
        limit: 2,
        cursor: page2.nextCursor,
      });
      expect(
        [...page1.items, ...page2.items, ...page3.items].map(d => d.title),
      ).toEqual(await titles({}));
      expect(page3.nextCursor).toBeUndefined();
      await expect(
        store.list({ filters: {}, limit: 2, cursor: 'garbage' }),
      ).rejects.toThrow('cursor');
    },
  );

  it.each(databases.eachSupportedId())(
    'updates only from the current version; a stale update gets a conflict and loses nothing, %p',
    async databaseId => {
      const { store } = await setup(databaseId);
      const created = await store.create(content(), {
        by: ada,
        at: new Date('2026-11-20T10:00:00Z'),
      });
      const accepted = await store.update(
        created.id,
        { status: 'accepted', tags: ['messaging', 'kafka'] },
        1,
        { by: bob, at: new Date('2026-11-21T10:00:00Z') },
      );
      expect(accepted).toMatchObject({
        status: 'accepted',
        version: 2,
        updatedBy: bob,
        createdBy: ada,
      });
      await expect(
        store.update(created.id, { title: 'Lost edit' }, 1, {
          by: ada,
          at: new Date(),
        }),
      ).rejects.toThrow(/changed since version 1; it is at version 2/);
      expect(await store.get(created.id)).toEqual(accepted);

      await expect(
        store.update(created.id, { status: 'superseded' }, 2, {
          by: ada,
          at: new Date(),
        }),
      ).rejects.toThrow(/supersede/);
      await expect(
        store.update(
          created.id,
          { scope: { team: 'group:default/search', entities: [] } },
          2,
          { by: ada, at: new Date() },
        ),
      ).rejects.toThrow(/scope.team cannot change/);
      await expect(
        store.update('00000000-0000-4000-8000-000000000000', {}, 1, {
          by: ada,
          at: new Date(),
        }),
      ).rejects.toThrow('No decision');

      const history = await store.history(created.id);
      expect(history?.map(h => [h.version, h.action, h.by, h.changes])).toEqual(
        [
          [1, 'created', ada, expect.arrayContaining(['title', 'status'])],
          [2, 'updated', bob, ['status', 'tags']],
        ],
      );
      expect(history?.[0].snapshot.status).toBe('proposed');
      expect(history?.[1].snapshot.tags).toEqual(['messaging', 'kafka']);
    },
  );

  it.each(databases.eachSupportedId())(
    'supersedes in one step: both records linked, the old one marked, and only one of two racing attempts wins, %p',
    async databaseId => {
      const { db, store } = await setup(databaseId);
      const old = await store.create(content({ status: 'accepted' }), {
        by: ada,
        at: new Date('2026-11-20T10:00:00Z'),
      });
      const attempts = await Promise.allSettled(
        ['SNS fan-out instead', 'NATS instead'].map(title =>
          store.supersede(old.id, 1, content({ title }), {
            by: bob,
            at: new Date('2026-11-22T10:00:00Z'),
          }),
        ),
      );
      const won = attempts.filter(a => a.status === 'fulfilled');
      const lost = attempts.filter(a => a.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(String((lost[0] as PromiseRejectedResult).reason)).toMatch(
        /changed since version 1|already superseded/,
      );
      const { superseded, replacement } = (
        won[0] as PromiseFulfilledResult<{
          superseded: { id: string };
          replacement: { id: string };
        }>
      ).value;
      const [oldNow, newNow] = await Promise.all([
        store.get(superseded.id),
        store.get(replacement.id),
      ]);
      expect(oldNow).toMatchObject({
        status: 'superseded',
        supersededBy: replacement.id,
        version: 2,
      });
      expect(newNow).toMatchObject({
        supersedes: old.id,
        number: 2,
        status: 'proposed',
      });
      expect(
        Number((await db('stackscore_decisions').count({ n: '*' }))[0].n),
      ).toBe(2);
      expect((await store.history(old.id))?.map(h => h.action)).toEqual([
        'created',
        'superseded',
      ]);
      await expect(
        store.supersede(old.id, 2, content(), { by: bob, at: new Date() }),
      ).rejects.toThrow(/already superseded/);
    },
  );
});
