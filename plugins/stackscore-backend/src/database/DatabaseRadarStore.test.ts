import { TestDatabases } from '@backstage/backend-test-utils';
import type {
  EntityScores,
  RadarEntrySeed,
} from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseRadarStore } from './DatabaseRadarStore';
import { DatabaseScoreStore } from './DatabaseScoreStore';
import type { DetectedEntityTechnology } from './ScoreStore';

jest.setTimeout(60_000);

const seed: RadarEntrySeed[] = [
  {
    id: 'go',
    title: 'Go',
    quadrant: 'languages-frameworks',
    ring: 'adopt',
    description: 'Default for new HTTP services.',
    references: [
      { document: 'backend-language-comparison', section: 'Go', lines: 'L23' },
    ],
  },
  {
    id: 'moment',
    title: 'Moment.js',
    quadrant: 'languages-frameworks',
    ring: 'hold',
    description: 'Superseded by smaller date libraries.',
    references: [],
    conflict: {
      summary: 'Kept only for legacy code.',
      references: [],
      relatedEntryIds: ['go'],
    },
  },
];

const noScores: EntityScores = {
  entity: { kind: 'Component', namespace: 'default', name: 'x' },
  ecosystems: [],
  scorecards: [],
  results: [],
};

describe('DatabaseRadarStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setup(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const save = (
      name: string,
      owner: string,
      technologies: DetectedEntityTechnology[],
      scoredAt: Date,
    ) =>
      scores.saveScores({
        entity: {
          entityRef: `component:default/${name}`,
          kind: 'Component',
          namespace: 'default',
          name,
          owner,
          tags: [],
          ecosystems: [],
        },
        snapshot: { entityHash: 'h', catalogueVersion: 'v1' },
        scores: noScores,
        scoredAt,
        technologies,
        stackProfile: { entityRef: `component:default/${name}`, languages: [] },
      });
    return { db, save, store: await DatabaseRadarStore.create({ db }) };
  }

  it.each(databases.eachSupportedId())(
    'seeds missing entries once with a placement on the timeline, never overwriting changes, %p',
    async databaseId => {
      const { store } = await setup(databaseId);
      const at = new Date('2026-11-01T00:00:00Z');
      expect(await store.seed({ entries: seed, version: 's1', at })).toEqual({
        added: 2,
      });
      await store.updateEntry(
        'go',
        { ring: 'trial', reason: 'Hiring is hard' },
        { by: 'user:default/ada', at: new Date('2026-11-02T00:00:00Z') },
      );
      expect(
        await store.seed({ entries: seed, version: 's2', at: new Date() }),
      ).toEqual({ added: 0 });

      const entries = await store.listEntries();
      expect(entries.map(e => [e.id, e.ring, e.seedVersion])).toEqual([
        ['go', 'trial', 's1'],
        ['moment', 'hold', 's1'],
      ]);
      expect(entries[1].conflict?.relatedEntryIds).toEqual(['go']);
      expect(entries[0].references).toEqual(seed[0].references);
      expect(
        entries[0].timeline.map(m => [m.from, m.to, m.reason, m.movedBy]),
      ).toEqual([
        [
          undefined,
          'adopt',
          'Placed from the guidance documents (seed s1)',
          'stackscore:seed',
        ],
        ['adopt', 'trial', 'Hiring is hard', 'user:default/ada'],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates entries, refuses a taken id, and records a move only when the ring changes, %p',
    async databaseId => {
      const { store } = await setup(databaseId);
      const by = 'user:default/ada';
      const created = await store.createEntry(
        {
          id: 'htmx',
          title: 'htmx',
          quadrant: 'languages-frameworks',
          ring: 'assess',
          description: 'Server-rendered interactivity.',
          references: [],
          usage: { dependencies: [{ ecosystem: 'node', names: ['htmx.org'] }] },
        },
        { by, at: new Date('2026-11-01T00:00:00Z') },
      );
      expect(created.timeline).toHaveLength(1);
      expect(created.usage).toEqual({
        dependencies: [{ ecosystem: 'node', names: ['htmx.org'] }],
      });
      await expect(
        store.createEntry(
          { ...created, usage: undefined },
          { by, at: new Date() },
        ),
      ).rejects.toThrow('Radar entry htmx already exists');

      const renamed = await store.updateEntry(
        'htmx',
        { title: 'HTMX', ring: 'assess', reason: 'unchanged ring' },
        { by, at: new Date('2026-11-03T00:00:00Z') },
      );
      expect(renamed?.title).toBe('HTMX');
      expect(renamed?.timeline).toHaveLength(1);

      const moved = await store.updateEntry(
        'htmx',
        {
          ring: 'trial',
          reason: '  Two teams shipped it  ',
          decisionId: 'adr-7',
        },
        { by, at: new Date('2026-11-04T00:00:00Z') },
      );
      expect(moved?.ring).toBe('trial');
      expect(moved?.timeline[1]).toEqual({
        movedAt: new Date('2026-11-04T00:00:00Z'),
        from: 'assess',
        to: 'trial',
        reason: 'Two teams shipped it',
        movedBy: by,
        decisionId: 'adr-7',
      });
      expect(
        await store.updateEntry('nope', { title: 'x' }, { by, at: new Date() }),
      ).toBeUndefined();
      expect(await store.portalUsageMatchers()).toEqual({
        htmx: { dependencies: [{ ecosystem: 'node', names: ['htmx.org'] }] },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps when a service first used a technology across rescoring and reports usage per team and org, %p',
    async databaseId => {
      const { save, store } = await setup(databaseId);
      await store.seed({ entries: seed, version: 's1', at: new Date() });
      const moment: DetectedEntityTechnology = {
        key: 'radar:moment',
        entryId: 'moment',
        kind: 'radar-entry',
        name: 'moment',
        evidence: [{ file: 'package.json', line: 12 }],
      };
      const express: DetectedEntityTechnology = {
        key: 'framework:express',
        kind: 'framework',
        name: 'express',
        evidence: [{ file: 'package.json', line: 9 }],
      };
      const first = new Date('2026-10-01T00:00:00Z');
      const later = new Date('2026-11-01T00:00:00Z');
      await save('promo', 'group:default/growth', [moment, express], first);
      await save('promo', 'group:default/growth', [moment], later);
      await save('cart', 'group:default/growth', [express], later);
      await save('ledger', 'group:default/finance', [moment], later);

      const growth = await store.teamUsage(['group:default/growth']);
      expect(growth.services).toBe(2);
      expect(
        growth.technologies.map(t => [t.entityRef, t.key, t.firstSeenAt]),
      ).toEqual([
        ['component:default/cart', 'framework:express', later],
        ['component:default/promo', 'radar:moment', first],
      ]);
      expect(await store.usageCounts()).toEqual({ moment: 2 });
      expect(
        (await store.unknownTechnologies()).map(t => [t.entityRef, t.owner]),
      ).toEqual([['component:default/cart', 'group:default/growth']]);
      expect(
        (await store.usersOf('moment')).map(u => [u.entityRef, u.owner]),
      ).toEqual([
        ['component:default/ledger', 'group:default/finance'],
        ['component:default/promo', 'group:default/growth'],
      ]);
      expect(
        (await store.stackProfilesOf(['group:default/finance'])).map(
          p => p.entityRef,
        ),
      ).toEqual(['component:default/ledger']);
    },
  );
});
