import { TestDatabases } from '@backstage/backend-test-utils';
import {
  campaignScopeSchema,
  type CheckResult,
  type CheckStatus,
} from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from './migrations';
import { DatabaseExemptionStore } from './DatabaseExemptionStore';
import { DatabaseRemediationStore } from './DatabaseRemediationStore';
import { DatabaseScoreStore } from './DatabaseScoreStore';
import { saveComponentScores } from '../__testUtils__/scorecardScores';
import { DatabaseCampaignStore } from './DatabaseCampaignStore';

jest.setTimeout(60_000);

const sast = 'security.sast-in-ci';
const lockfile = 'supply-chain.lockfile-committed';
const t = (day: number) => new Date(Date.UTC(2026, 10, day, 12));

function result(checkId: string, status: CheckStatus): CheckResult {
  const [scorecard] = checkId.split('.');
  return {
    checkId,
    scorecard: scorecard as CheckResult['scorecard'],
    level: 'silver',
    severity: checkId === sast ? 'high' : 'medium',
    status,
    evidence: [],
  };
}

describe('DatabaseRemediationStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await databases.init(databaseId);
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const items = await DatabaseRemediationStore.create({ db });
    const exemptions = await DatabaseExemptionStore.create({ db });
    const campaigns = await DatabaseCampaignStore.create({ db });
    const score = (
      at: Date,
      results: CheckResult[],
      { name = 'orders', owner = 'group:default/payments' } = {},
    ) =>
      saveComponentScores(scores, at, {
        results,
        name,
        owner,
        lifecycle: 'production',
        tags: ['java'],
        ecosystem: 'java',
      });
    const only = async (checkId: string, name = 'orders') => {
      const { items: found } = await items.listItems({
        filter: { entityRef: `component:default/${name}`, checkId },
        today: '2026-11-01',
        limit: 10,
        offset: 0,
      });
      expect(found).toHaveLength(1);
      return found[0];
    };
    const eventTypes = async (id: string) =>
      (await items.listEvents(id)).map(
        e => `${e.type}:${e.from ?? ''}>${e.to ?? ''}`,
      );
    return {
      db,
      scores,
      items,
      exemptions,
      campaigns,
      score,
      only,
      eventTypes,
    };
  }

  it.each(databases.eachSupportedId())(
    'opens an item when a check fails, resolves it when it passes, reopens the same item when it fails again, %p',
    async databaseId => {
      const { score, only, eventTypes, items } = await setUp(databaseId);
      await score(t(1), [result(sast, 'fail'), result(lockfile, 'pass')]);
      const opened = await only(sast);
      expect(opened).toMatchObject({
        status: 'open',
        owner: 'group:default/payments',
        severity: 'high',
        openedAt: t(1).toISOString(),
      });
      // Passing checks never get an item.
      const { totalCount } = await items.listItems({
        filter: {},
        today: '2026-11-01',
        limit: 10,
        offset: 0,
      });
      expect(totalCount).toBe(1);

      await score(t(2), [result(sast, 'pass'), result(lockfile, 'pass')]);
      expect(await only(sast)).toMatchObject({
        id: opened.id,
        status: 'resolved',
        resolvedAt: t(2).toISOString(),
      });

      await score(t(3), [result(sast, 'error'), result(lockfile, 'pass')]);
      const reopened = await only(sast);
      expect(reopened).toMatchObject({
        id: opened.id,
        status: 'open',
        openedAt: t(1).toISOString(),
        failingSince: t(3).toISOString(),
        resolvedAt: undefined,
      });
      expect(await eventTypes(opened.id)).toEqual([
        'opened:>open',
        'resolved:open>resolved',
        'reopened:resolved>open',
      ]);
      const events = await items.listEvents(opened.id);
      expect(events.map(e => e.actor)).toEqual([
        'stackscore',
        'stackscore',
        'stackscore',
      ]);
      expect(events[1].at).toBe(t(2).toISOString());
    },
  );

  it.each(databases.eachSupportedId())(
    'exempts an item while an exemption is active and opens it again when the exemption lapses and the check still fails, %p',
    async databaseId => {
      const { score, only, eventTypes, items, exemptions } = await setUp(
        databaseId,
      );
      await score(t(1), [result(sast, 'fail')]);
      const item = await only(sast);
      await items.updateItem({
        id: item.id,
        change: { status: 'in-progress' },
        actor: 'user:default/alice',
        at: t(1),
        today: '2026-11-01',
      });

      const exemption = await exemptions.createExemption({
        entityRef: 'component:default/orders',
        checkId: sast,
        reason: 'SAST tool is being replaced',
        createdBy: 'user:default/pat',
        expiresAt: new Date(Date.now() + 60_000),
      });
      await items.reconcileEntities(['component:default/orders'], new Date());
      expect((await only(sast)).status).toBe('exempted');
      expect(await items.entitiesWithLapsedExemptions(new Date())).toEqual([]);

      // Rescoring while exempted keeps it exempted.
      await score(new Date(), [result(sast, 'fail')]);
      expect((await only(sast)).status).toBe('exempted');

      const afterExpiry = new Date(exemption.expiresAt.getTime() + 1000);
      expect(await items.entitiesWithLapsedExemptions(afterExpiry)).toEqual([
        'component:default/orders',
      ]);
      await items.reconcileEntities(
        await items.entitiesWithLapsedExemptions(afterExpiry),
        afterExpiry,
      );
      expect((await only(sast)).status).toBe('open');
      expect(await eventTypes(item.id)).toEqual([
        'opened:>open',
        'status:open>in-progress',
        'exempted:in-progress>exempted',
        'exemption-ended:exempted>open',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'opens an item already exempted when the failing check is covered by an exemption, %p',
    async databaseId => {
      const { score, only, eventTypes, exemptions } = await setUp(databaseId);
      await exemptions.createExemption({
        entityRef: 'component:default/orders',
        checkId: sast,
        reason: 'Accepted risk',
        createdBy: 'user:default/pat',
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      await score(new Date(), [result(sast, 'fail')]);
      const item = await only(sast);
      expect(item.status).toBe('exempted');
      expect(await eventTypes(item.id)).toEqual([
        'opened:>open',
        'exempted:open>exempted',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'records one event per changed field, clears with null, refuses status changes of resolved items, %p',
    async databaseId => {
      const { score, only, items } = await setUp(databaseId);
      await score(t(1), [result(sast, 'fail')]);
      const item = await only(sast);
      const outcome = await items.updateItem({
        id: item.id,
        change: {
          status: 'in-progress',
          assignee: 'user:default/alice',
          dueDate: '2026-10-31',
          ticketUrl: 'https://tickets.example.com/SEC-1',
          notes: 'Semgrep job drafted',
        },
        actor: 'user:default/alice',
        at: t(2),
        today: '2026-11-01',
      });
      expect(outcome).toMatchObject({
        status: 'updated',
        item: {
          status: 'in-progress',
          assignee: 'user:default/alice',
          dueDate: '2026-10-31',
          dueSource: 'manual',
          overdue: true,
        },
      });
      const events = await items.listEvents(item.id);
      expect(events.slice(1).map(e => [e.type, e.actor, e.to])).toEqual([
        ['status', 'user:default/alice', 'in-progress'],
        ['assignee', 'user:default/alice', 'user:default/alice'],
        ['due-date', 'user:default/alice', '2026-10-31'],
        ['ticket', 'user:default/alice', 'https://tickets.example.com/SEC-1'],
        ['notes', 'user:default/alice', 'Semgrep job drafted'],
      ]);

      // The same values again change nothing and record nothing.
      await items.updateItem({
        id: item.id,
        change: { status: 'in-progress', assignee: 'user:default/alice' },
        actor: 'user:default/alice',
        at: t(3),
        today: '2026-11-01',
      });
      expect(await items.listEvents(item.id)).toHaveLength(events.length);

      const cleared = await items.updateItem({
        id: item.id,
        change: { assignee: null, dueDate: null },
        actor: 'user:default/bob',
        at: t(3),
        today: '2026-11-01',
      });
      expect(cleared).toMatchObject({
        status: 'updated',
        item: { assignee: undefined, dueDate: undefined, dueSource: undefined },
      });

      await score(t(4), [result(sast, 'pass')]);
      const refused = await items.updateItem({
        id: item.id,
        change: { status: 'in-progress' },
        actor: 'user:default/alice',
        at: t(5),
        today: '2026-11-01',
      });
      expect(refused).toMatchObject({
        status: 'conflict',
        message: expect.stringMatching(/resolved/),
      });
      expect(
        await items.updateItem({
          id: '00000000-0000-4000-8000-000000000000',
          change: { notes: 'x' },
          actor: 'user:default/alice',
          at: t(5),
          today: '2026-11-01',
        }),
      ).toEqual({ status: 'not-found' });
    },
  );

  it.each(databases.eachSupportedId())(
    'filters by owner, status, check, assignee and campaign, counts per status and lists the most urgent first, %p',
    async databaseId => {
      const { score, items, only } = await setUp(databaseId);
      await score(t(1), [result(sast, 'fail'), result(lockfile, 'fail')]);
      await score(t(1), [result(sast, 'fail')], {
        name: 'ledger',
        owner: 'group:default/finance',
      });
      await score(t(1), [result(sast, 'pass')], {
        name: 'search',
        owner: 'group:default/payments',
      });
      const lockItem = await only(lockfile);
      await items.updateItem({
        id: lockItem.id,
        change: { dueDate: '2026-10-01', assignee: 'user:default/alice' },
        actor: 'user:default/alice',
        at: t(2),
        today: '2026-11-01',
      });

      const payments = await items.listItems({
        filter: { owners: ['group:default/payments'] },
        today: '2026-11-01',
        limit: 10,
        offset: 0,
      });
      // The overdue item comes first although its severity is lower.
      expect(payments.items.map(i => i.checkId)).toEqual([lockfile, sast]);
      expect(payments.items[0].overdue).toBe(true);
      expect(payments.statusCounts).toEqual({
        open: 2,
        'in-progress': 0,
        exempted: 0,
        resolved: 0,
      });

      const byAssignee = await items.listItems({
        filter: { assignee: 'user:default/alice' },
        today: '2026-11-01',
        limit: 10,
        offset: 0,
      });
      expect(byAssignee.items.map(i => i.checkId)).toEqual([lockfile]);

      const bySast = await items.listItems({
        filter: { checkId: sast, statuses: ['open'] },
        today: '2026-11-01',
        limit: 1,
        offset: 1,
      });
      expect(bySast.totalCount).toBe(2);
      expect(bySast.items).toHaveLength(1);

      const resolvedOnly = await items.listItems({
        filter: { statuses: ['resolved'] },
        today: '2026-11-01',
        limit: 10,
        offset: 0,
      });
      expect(resolvedOnly).toMatchObject({ items: [], totalCount: 0 });
    },
  );

  it.each(databases.eachSupportedId())(
    'gives covered items the earliest campaign deadline, keeps dates set by hand and records which items a campaign covers, %p',
    async databaseId => {
      const { score, items, only, campaigns } = await setUp(databaseId);
      await score(t(1), [result(sast, 'fail'), result(lockfile, 'fail')]);
      await score(t(1), [result(sast, 'fail')], {
        name: 'ledger',
        owner: 'group:default/finance',
      });
      const fields = {
        title: 'SAST everywhere',
        description: '',
        target: { type: 'checks' as const, checks: [sast] },
        // Omitted lists match everything.
        scope: campaignScopeSchema.parse({}),
        startDate: '2026-11-01',
        deadline: '2027-03-31',
        owner: 'group:default/platform',
      };
      const late = await campaigns.createCampaign(
        fields,
        'user:default/pat',
        t(1),
      );
      const early = await campaigns.createCampaign(
        { ...fields, title: 'Payments first', deadline: '2027-01-31' },
        'user:default/pat',
        t(1),
      );
      const ledger = await only(sast, 'ledger');
      await items.updateItem({
        id: ledger.id,
        change: { dueDate: '2026-12-01' },
        actor: 'user:default/alice',
        at: t(2),
        today: '2026-11-01',
      });

      const coverage = (campaign: typeof late, refs: string[]) => ({
        campaignId: campaign.id,
        deadline: campaign.deadline,
        entityRefs: new Set(refs),
        isTargetCheck: (id: string) => id === sast,
      });
      const changed = await items.applyCampaignCoverage(
        [
          coverage(late, [
            'component:default/orders',
            'component:default/ledger',
          ]),
          coverage(early, ['component:default/orders']),
        ],
        t(3),
      );
      expect(changed).toBe(1);
      expect(await only(sast)).toMatchObject({
        dueDate: '2027-01-31',
        dueSource: 'campaign',
        dueCampaignId: early.id,
      });
      expect(await only(sast, 'ledger')).toMatchObject({
        dueDate: '2026-12-01',
        dueSource: 'manual',
      });
      expect((await only(lockfile)).dueDate).toBeUndefined();
      const inLate = await items.listItems({
        filter: { campaignId: late.id },
        today: '2026-11-01',
        limit: 10,
        offset: 0,
      });
      expect(inLate.items.map(i => i.entityRef).sort()).toEqual([
        'component:default/ledger',
        'component:default/orders',
      ]);

      // The early campaign drops orders: the later deadline takes over.
      await items.applyCampaignCoverage(
        [
          coverage(late, [
            'component:default/orders',
            'component:default/ledger',
          ]),
          coverage(early, []),
        ],
        t(4),
      );
      expect(await only(sast)).toMatchObject({
        dueDate: '2027-03-31',
        dueCampaignId: late.id,
      });
      const events = await items.listEvents((await only(sast)).id);
      expect(events.filter(e => e.type === 'due-date').map(e => e.to)).toEqual([
        '2027-01-31',
        '2027-03-31',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'stores campaigns with versions and refuses a change made on a stale copy, %p',
    async databaseId => {
      const { campaigns } = await setUp(databaseId);
      const fields = {
        title: 'Supply-chain silver',
        description: 'All production services',
        target: {
          type: 'level' as const,
          scorecard: 'supply-chain' as const,
          level: 'silver' as const,
        },
        scope: {
          owners: ['group:default/payments'],
          includeSubgroups: true,
          lifecycles: ['production'],
          tags: [],
          systems: [],
        },
        startDate: '2026-11-01',
        deadline: '2027-03-31',
        owner: 'group:default/platform',
      };
      const created = await campaigns.createCampaign(
        fields,
        'user:default/pat',
        t(1),
      );
      expect(await campaigns.getCampaign(created.id)).toEqual(created);
      const updated = await campaigns.updateCampaign({
        id: created.id,
        fields: { ...fields, deadline: '2027-02-28' },
        version: 1,
        by: 'user:default/sam',
        at: t(2),
      });
      expect(updated).toMatchObject({
        status: 'updated',
        campaign: {
          version: 2,
          deadline: '2027-02-28',
          updatedBy: 'user:default/sam',
        },
      });
      expect(
        await campaigns.updateCampaign({
          id: created.id,
          fields,
          version: 1,
          by: 'user:default/pat',
          at: t(3),
        }),
      ).toEqual({ status: 'conflict', currentVersion: 2 });
      await campaigns.markReminded(created.id, '2027-02-28');
      expect(await campaigns.remindedDeadline(created.id)).toBe('2027-02-28');
      expect((await campaigns.listCampaigns()).map(c => c.id)).toEqual([
        created.id,
      ]);
    },
  );
});
