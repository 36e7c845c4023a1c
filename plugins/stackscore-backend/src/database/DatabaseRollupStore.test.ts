import { randomUUID } from 'crypto';
import { TestDatabases } from '@backstage/backend-test-utils';
import {
  CheckResult,
  computeScorecardScore,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseRollupStore } from './DatabaseRollupStore';
import { DatabaseScoreStore } from './DatabaseScoreStore';
import type { Exemption, ExemptionStore } from './ExemptionStore';
import type { RollupEntity, RollupSort } from './RollupStore';
import type { ScoredEntity } from './ScoreStore';

jest.setTimeout(60_000);

const now = new Date('2026-11-22T12:00:00Z');
const payments = 'group:default/payments';
const search = 'group:default/search';

/** An in-memory exemption store: just enough of the interface for reads. */
class FakeExemptionStore implements ExemptionStore {
  readonly items: Exemption[] = [];

  async createExemption(input: {
    entityRef: string;
    checkId: string;
    reason: string;
    createdBy: string;
    expiresAt: Date;
  }): Promise<Exemption> {
    const exemption = { ...input, id: randomUUID(), createdAt: now };
    this.items.push(exemption);
    return exemption;
  }
  async getExemption(id: string) {
    return this.items.find(x => x.id === id);
  }
  async revokeExemption(id: string, revokedBy: string) {
    const exemption = this.items.find(x => x.id === id);
    if (exemption && !exemption.revokedAt) {
      exemption.revokedAt = now;
      exemption.revokedBy = revokedBy;
    }
    return exemption;
  }
  async activeExemptions(entityRefs: readonly string[], at: Date) {
    return this.items.filter(
      x =>
        entityRefs.includes(x.entityRef) &&
        !x.revokedAt &&
        x.expiresAt.getTime() > at.getTime(),
    );
  }
  async listExemptions(): Promise<Exemption[]> {
    return [...this.items];
  }
}

const names = [
  'kiwi',
  'apple',
  'mango',
  'fig',
  'banana',
  'cherry',
  'date',
  'elder',
  'grape',
  'honeydew',
  'lime',
  'apple',
];

function scriptedEntity(i: number): ScoredEntity {
  const namespace = i === 11 ? 'other' : 'default';
  const kind = i === 10 ? 'API' : 'Component';
  let owner: string | undefined;
  if (i < 7 || i === 11) owner = payments;
  else if (i < 10) owner = search;
  return {
    entityRef: `${kind.toLocaleLowerCase('en-US')}:${namespace}/${names[i]}`,
    kind,
    namespace,
    name: names[i],
    owner,
    system: i % 3 === 0 ? 'system:default/checkout' : undefined,
    lifecycle: i % 2 ? 'experimental' : 'production',
    type: 'service',
    tags: i % 4 === 0 ? ['pci', 'java'] : ['go_lang'],
    ecosystems: ['go'],
  };
}

function scriptedResults(i: number): CheckResult[] {
  const result = (
    checkId: string,
    level: CheckResult['level'],
    status: CheckResult['status'],
  ): CheckResult => ({
    checkId,
    scorecard: checkId.split('.')[0] as CheckResult['scorecard'],
    level,
    severity: 'high',
    status,
    evidence: [{ message: `${checkId} ${status}` }],
  });
  let slo: CheckResult['status'] = 'pass';
  if (i % 5 === 0) slo = 'not-applicable';
  else if (i % 4 === 1) slo = 'fail';
  return [
    result('security.sast', 'bronze', i % 3 === 0 ? 'fail' : 'pass'),
    result('security.pin', 'silver', i % 2 === 0 ? 'pass' : 'fail'),
    result('slo.defined', 'bronze', slo),
    result('observability.traces', 'bronze', i % 6 === 5 ? 'error' : 'pass'),
  ];
}

/** What the rollup should show for entity i, computed straight from its scripted results. */
function expected(i: number) {
  const cards = scorecardIds
    .map(id => computeScorecardScore(id, scriptedResults(i)))
    .filter(c => c.applicable > 0);
  return {
    entityRef: scriptedEntity(i).entityRef,
    name: scriptedEntity(i).name,
    owner: scriptedEntity(i).owner,
    cards: Object.fromEntries(
      cards.map(c => [c.id, { level: c.level, score: c.score }]),
    ),
    score: cards.reduce((a, c) => a + c.score, 0) / cards.length,
  };
}

function keyOf(
  e: Pick<RollupEntity, 'name' | 'score' | 'scorecards'>,
  sort: RollupSort,
) {
  if (sort === 'name') return e.name;
  if (sort === 'score') return e.score ?? -1;
  return e.scorecards[sort]?.score ?? -1;
}

function compare(a: RollupEntity, b: RollupEntity, sort: RollupSort) {
  const ka = keyOf(a, sort);
  const kb = keyOf(b, sort);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.entityRef === b.entityRef) return 0;
  return a.entityRef < b.entityRef ? -1 : 1;
}

describe('DatabaseRollupStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    for (let i = 0; i < names.length; i++) {
      const results = scriptedResults(i);
      await scores.saveScores({
        entity: scriptedEntity(i),
        snapshot: { entityHash: `h${i}`, catalogueVersion: 'v1' },
        scores: {
          entity: {
            kind: scriptedEntity(i).kind,
            namespace: scriptedEntity(i).namespace,
            name: scriptedEntity(i).name,
          },
          ecosystems: ['go'],
          results,
          scorecards: scorecardIds.map(id =>
            computeScorecardScore(id, results),
          ),
        },
        scoredAt: new Date('2026-11-21T08:00:00Z'),
      });
    }
    const exemptions = new FakeExemptionStore();
    const store = await DatabaseRollupStore.create({
      db,
      exemptions,
      now: () => now,
    });
    return { store, exemptions };
  }

  const paymentsIndexes = [0, 1, 2, 3, 4, 5, 6, 11];

  it.each(databases.eachSupportedId())(
    'returns a team’s entities with their scorecards and mean score, sorted by name, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      const page = await store.teamScores({ owners: [payments], limit: 50 });
      expect(page.total).toBe(8);
      expect(page.nextCursor).toBeUndefined();
      expect(page.items.map(i => i.entityRef)).toEqual([
        'component:default/apple',
        'component:other/apple',
        'component:default/banana',
        'component:default/cherry',
        'component:default/date',
        'component:default/fig',
        'component:default/kiwi',
        'component:default/mango',
      ]);
      const kiwi = page.items.find(i => i.name === 'kiwi')!;
      expect(kiwi).toEqual({
        entityRef: 'component:default/kiwi',
        kind: 'Component',
        namespace: 'default',
        name: 'kiwi',
        owner: payments,
        lifecycle: 'production',
        system: 'system:default/checkout',
        type: 'service',
        tags: ['pci', 'java'],
        scoredAt: new Date('2026-11-21T08:00:00Z'),
        // slo is not applicable to entity 0 and supply-chain to nobody, so neither appears.
        scorecards: {
          security: { level: 'none', score: 0.5 },
          observability: { level: 'gold', score: 1 },
        },
        score: 0.75,
      });
      const indexOf = new Map(
        names.map((_, i) => [scriptedEntity(i).entityRef, i]),
      );
      for (const item of page.items) {
        const e = expected(indexOf.get(item.entityRef)!);
        expect(item.scorecards).toEqual(e.cards);
        expect(item.score).toBeCloseTo(e.score);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'pages through every sort and order covering each entity exactly once, %p',
    async databaseId => {
      const { store, exemptions } = await createStore(databaseId);
      // An exempted entity is recomputed in memory and merged into the SQL pages.
      await exemptions.createExemption({
        entityRef: 'component:default/cherry',
        checkId: 'security.pin',
        reason: 'migrating',
        createdBy: 'user:default/ada',
        expiresAt: new Date('2026-12-01T00:00:00Z'),
      });
      const everything = await store.teamScores({
        owners: [payments, search],
        limit: 500,
      });
      expect(everything.total).toBe(11);
      for (const sort of ['name', 'score', 'security', 'slo'] as const) {
        for (const order of ['asc', 'desc'] as const) {
          const seen: RollupEntity[] = [];
          let cursor: string | undefined;
          let pages = 0;
          do {
            const page = await store.teamScores({
              owners: [payments, search],
              sort,
              order,
              limit: 3,
              cursor,
            });
            expect(page.items.length).toBeLessThanOrEqual(3);
            expect(page.total).toBe(11);
            seen.push(...page.items);
            cursor = page.nextCursor;
            pages += 1;
          } while (cursor && pages < 10);
          expect(pages).toBe(4);
          expect(new Set(seen.map(s => s.entityRef)).size).toBe(11);
          const sorted = [...seen].sort(
            (a, b) => (order === 'asc' ? 1 : -1) * compare(a, b, sort),
          );
          expect(seen.map(s => s.entityRef)).toEqual(
            sorted.map(s => s.entityRef),
          );
          expect(seen.map(s => s.entityRef).sort()).toEqual(
            everything.items.map(s => s.entityRef).sort(),
          );
        }
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'computes distribution and averages over the whole set, not the page, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      const page = await store.teamScores({ owners: [payments], limit: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.total).toBe(8);
      const all = paymentsIndexes.map(expected);
      for (const id of ['security', 'slo', 'observability'] as const) {
        const applicable = all.filter(e => e.cards[id]);
        const distribution = { none: 0, bronze: 0, silver: 0, gold: 0 };
        for (const e of applicable) distribution[e.cards[id].level] += 1;
        expect(page.levelDistribution[id]).toEqual(distribution);
        expect(page.averages[id]).toBeCloseTo(
          applicable.reduce((a, e) => a + e.cards[id].score, 0) /
            applicable.length,
        );
      }
      expect(page.levelDistribution['supply-chain']).toBeUndefined();
      expect(page.levelDistribution.security).toEqual({
        none: 3,
        bronze: 3,
        silver: 0,
        gold: 2,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'filters by lifecycle, system, tag and kind, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      const refs = async (filters: object) =>
        (
          await store.teamScores({
            owners: [payments, search],
            filters,
            limit: 50,
          })
        ).items.map(i => i.name);
      expect(await refs({ lifecycle: 'experimental' })).toEqual([
        'apple',
        'apple',
        'cherry',
        'elder',
        'fig',
        'honeydew',
      ]);
      expect(await refs({ system: 'system:default/checkout' })).toEqual([
        'date',
        'fig',
        'honeydew',
        'kiwi',
      ]);
      expect(await refs({ tag: 'pci' })).toEqual(['banana', 'grape', 'kiwi']);
      expect(await refs({ tag: 'go_lang', lifecycle: 'production' })).toEqual([
        'date',
        'mango',
      ]);
      // `_` is a LIKE wildcard and a tag matches whole elements only.
      expect(await refs({ tag: 'pc_' })).toEqual([]);
      expect(await refs({ tag: 'pc' })).toEqual([]);
      expect(
        await refs({ kind: 'component', lifecycle: 'production' }),
      ).toEqual(['banana', 'date', 'grape', 'kiwi', 'mango']);
      const api = await store.teamScores({
        owners: [payments, search, 'group:default/nobody'],
        filters: { kind: 'api' },
        limit: 50,
      });
      expect(api.total).toBe(0);
      const owned = await store.overview({ filters: { kind: 'API' } });
      expect(owned.owners).toEqual([
        expect.objectContaining({ owner: undefined, entities: 1 }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies active exemptions to levels, sorting and figures; expired ones do not count, %p',
    async databaseId => {
      const { store, exemptions } = await createStore(databaseId);
      const before = await store.teamScores({
        owners: [payments],
        sort: 'security',
        order: 'desc',
        limit: 50,
      });
      expect(
        before.items.find(i => i.name === 'kiwi')?.scorecards.security,
      ).toEqual({
        level: 'none',
        score: 0.5,
      });

      await exemptions.createExemption({
        entityRef: 'component:default/kiwi',
        checkId: 'security.sast',
        reason: 'false positive',
        createdBy: 'user:default/ada',
        expiresAt: new Date('2026-12-01T00:00:00Z'),
      });
      await exemptions.createExemption({
        entityRef: 'component:default/fig',
        checkId: 'security.sast',
        reason: 'expired',
        createdBy: 'user:default/ada',
        expiresAt: new Date('2026-11-01T00:00:00Z'),
      });
      const after = await store.teamScores({
        owners: [payments],
        sort: 'security',
        order: 'desc',
        limit: 50,
      });
      const kiwi = after.items.find(i => i.name === 'kiwi')!;
      expect(kiwi.scorecards.security).toEqual({ level: 'gold', score: 1 });
      expect(kiwi.score).toBe(1);
      expect(
        after.items.find(i => i.name === 'fig')?.scorecards.security,
      ).toEqual({ level: 'none', score: 0 });
      expect(after.levelDistribution.security).toEqual({
        ...before.levelDistribution.security,
        none: before.levelDistribution.security!.none - 1,
        gold: before.levelDistribution.security!.gold + 1,
      });
      expect(after.averages.security).toBeCloseTo(
        before.averages.security! + 0.5 / 8,
      );
      // Gold with score 1, ahead of the other score-1 entities by entity ref descending.
      const golds = after.items.filter(i => i.scorecards.security?.score === 1);
      expect(golds.map(i => i.name)).toEqual(['mango', 'kiwi', 'banana']);
      expect(after.items[1].name).toBe('kiwi');
    },
  );

  it.each(databases.eachSupportedId())(
    'gives the organisation overview per owner with totals and the most failed checks, %p',
    async databaseId => {
      const { store, exemptions } = await createStore(databaseId);
      const overview = await store.overview({});
      expect(overview.totals.entities).toBe(12);
      expect(overview.owners.map(o => [o.owner, o.entities])).toEqual([
        [undefined, 1],
        [payments, 8],
        [search, 3],
      ]);
      const paymentsRollup = await store.teamScores({
        owners: [payments],
        limit: 1,
      });
      expect(overview.owners[1]).toEqual({
        owner: payments,
        entities: 8,
        levelDistribution: paymentsRollup.levelDistribution,
        averages: paymentsRollup.averages,
      });
      expect(
        Object.values(overview.totals.levelDistribution.observability!).reduce(
          (a, b) => a + b,
        ),
      ).toBe(12);
      // security.pin fails for odd i (6 of 12), security.sast for i % 3 === 0 (4), slo.defined for i % 4 === 1
      // except multiples of 5 (1, 9: 2), observability.traces errors but never fails.
      expect(overview.mostFailedChecks).toEqual([
        { checkId: 'security.pin', failing: 6, applicable: 12 },
        { checkId: 'security.sast', failing: 4, applicable: 12 },
        { checkId: 'slo.defined', failing: 2, applicable: 9 },
      ]);

      await exemptions.createExemption({
        entityRef: 'component:default/kiwi',
        checkId: 'security.sast',
        reason: 'false positive',
        createdBy: 'user:default/ada',
        expiresAt: new Date('2026-12-01T00:00:00Z'),
      });
      const exempted = await store.overview({
        filters: { lifecycle: 'production' },
      });
      expect(exempted.totals.entities).toBe(6);
      expect(exempted.mostFailedChecks).toEqual([
        // i in {0, 6} fail sast among production entities (0, 2, 4, 6, 8, 10); 0 is exempted.
        { checkId: 'security.sast', failing: 1, applicable: 6 },
      ]);
      expect(exempted.totals.levelDistribution.security).toEqual({
        none: 1,
        bronze: 0,
        silver: 0,
        gold: 5,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'lists who has a status for a check, with evidence, cursor pages and exemptions marked, %p',
    async databaseId => {
      const { store, exemptions } = await createStore(databaseId);
      await exemptions.createExemption({
        entityRef: 'component:default/fig',
        checkId: 'security.pin',
        reason: 'migrating',
        createdBy: 'user:default/ada',
        expiresAt: new Date('2026-12-01T00:00:00Z'),
      });
      const first = await store.checkEntities({
        checkId: 'security.pin',
        limit: 4,
      });
      expect(first.items.map(i => i.entityRef)).toEqual([
        'component:default/apple',
        'component:default/cherry',
        'component:default/elder',
        'component:default/fig',
      ]);
      expect(first.items[3]).toEqual({
        entityRef: 'component:default/fig',
        kind: 'Component',
        namespace: 'default',
        name: 'fig',
        owner: payments,
        lifecycle: 'experimental',
        system: 'system:default/checkout',
        status: 'fail',
        level: 'silver',
        severity: 'high',
        evidence: [{ message: 'security.pin fail' }],
        evaluatedAt: new Date('2026-11-21T08:00:00Z'),
        exempted: true,
      });
      expect(first.items[0].exempted).toBe(false);
      const second = await store.checkEntities({
        checkId: 'security.pin',
        limit: 4,
        cursor: first.nextCursor,
      });
      expect(second.items.map(i => i.entityRef)).toEqual([
        'component:default/honeydew',
        'component:other/apple',
      ]);
      expect(second.nextCursor).toBeUndefined();

      const owned = await store.checkEntities({
        checkId: 'security.pin',
        status: 'pass',
        filters: { owner: search },
        limit: 10,
      });
      expect(owned.items.map(i => i.name)).toEqual(['grape']);
      await expect(
        store.checkEntities({
          checkId: 'security.sast',
          limit: 4,
          cursor: first.nextCursor,
        }),
      ).rejects.toThrow(/Invalid cursor/);
      await expect(
        store.teamScores({ owners: [payments], limit: 4, cursor: 'garbage' }),
      ).rejects.toThrow(/Invalid cursor/);
    },
  );
});
