import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  campaignScopeSchema,
  checkCatalogue,
  type CheckResult,
} from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from '../database/migrations';
import { DatabaseCampaignStore } from '../database/DatabaseCampaignStore';
import { DatabaseRemediationStore } from '../database/DatabaseRemediationStore';
import { DatabaseScoreStore } from '../database/DatabaseScoreStore';
import { saveComponentScores } from '../__testUtils__/scorecardScores';
import { CampaignService } from './CampaignService';
import { RemediationNotifier } from './notifications';

jest.setTimeout(60_000);

const sast = 'security.sast-in-ci';
const result = (status: CheckResult['status']): CheckResult => ({
  checkId: sast,
  scorecard: 'security',
  level: 'bronze',
  severity: 'high',
  status,
  evidence: [],
});

describe('CampaignService', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'reminds each team still failing once per deadline, and again when the deadline moves, %p',
    async databaseId => {
      const db = await databases.init(databaseId);
      await applyDatabaseMigrations({ getClient: async () => db });
      const scores = await DatabaseScoreStore.create({ db });
      const campaigns = await DatabaseCampaignStore.create({ db });
      const sent: Array<{ owner: string; title: string }> = [];
      const service = new CampaignService({
        campaigns,
        remediations: await DatabaseRemediationStore.create({ db }),
        listChecks: () => [...checkCatalogue],
        catalog: catalogServiceMock({ entities: [] }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        notifier: new RemediationNotifier({
          logger: mockServices.logger.mock(),
          notifications: {
            async send({ recipients, payload }) {
              if (recipients.type === 'entity') {
                sent.push({
                  owner: String(recipients.entityRef),
                  title: payload.title,
                });
              }
            },
          },
        }),
      });
      const now = new Date('2026-11-22T12:00:00Z');
      for (const [name, owner, status] of [
        ['orders', 'group:default/payments', 'fail'],
        ['ledger', 'group:default/finance', 'pass'],
      ] as const) {
        await saveComponentScores(scores, now, {
          results: [result(status)],
          name,
          owner,
        });
      }
      const fields = {
        title: 'SAST everywhere',
        description: '',
        target: { type: 'checks' as const, checks: [sast] },
        // Omitted lists match everything.
        scope: campaignScopeSchema.parse({}),
        startDate: '2026-11-01',
        deadline: '2026-12-31',
        owner: 'group:default/platform',
      };
      const campaign = await campaigns.createCampaign(
        fields,
        'user:default/pat',
        now,
      );

      // Five weeks out: nothing yet.
      expect(await service.remindDeadlines(now)).toBe(0);
      const weekBefore = new Date('2026-12-26T08:00:00Z');
      expect(await service.remindDeadlines(weekBefore)).toBe(1);
      expect(sent).toEqual([
        {
          owner: 'group:default/payments',
          title: 'SAST everywhere: deadline 2026-12-31, 5 days left',
        },
      ]);
      // Once per deadline.
      expect(await service.remindDeadlines(weekBefore)).toBe(0);

      await campaigns.updateCampaign({
        id: campaign.id,
        fields: { ...fields, deadline: '2026-12-28' },
        version: 1,
        by: 'user:default/pat',
        at: weekBefore,
      });
      expect(await service.remindDeadlines(weekBefore)).toBe(1);
      expect(sent[1].title).toBe(
        'SAST everywhere: deadline 2026-12-28, 2 days left',
      );
      // Past the deadline nobody is reminded any more.
      expect(
        await service.remindDeadlines(new Date('2027-01-05T08:00:00Z')),
      ).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'opens items, on its first maintenance, for failures scored before remediation tracking existed, %p',
    async databaseId => {
      const db = await databases.init(databaseId);
      await applyDatabaseMigrations({ getClient: async () => db });
      const scores = await DatabaseScoreStore.create({ db });
      const remediations = await DatabaseRemediationStore.create({ db });
      const service = new CampaignService({
        campaigns: await DatabaseCampaignStore.create({ db }),
        remediations,
        listChecks: () => [...checkCatalogue],
        catalog: catalogServiceMock({ entities: [] }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        notifier: new RemediationNotifier({
          logger: mockServices.logger.mock(),
        }),
      });
      await scores.saveScores({
        entity: {
          entityRef: 'component:default/orders',
          kind: 'Component',
          namespace: 'default',
          name: 'orders',
          owner: 'group:default/payments',
          tags: [],
          ecosystems: ['go'],
        },
        snapshot: { entityHash: 'h', catalogueVersion: '1' },
        scores: {
          entity: { kind: 'Component', namespace: 'default', name: 'orders' },
          ecosystems: ['go'],
          scorecards: [],
          results: [result('fail')],
        },
        scoredAt: new Date('2026-11-20T12:00:00Z'),
      });
      // As an installation scored before the remediation migration looks: results, no items.
      await db('stackscore_remediation_events').delete();
      await db('stackscore_remediation_items').delete();
      expect(await remediations.entitiesMissingItems()).toEqual([
        'component:default/orders',
      ]);

      await service.maintain(new Date('2026-11-22T12:00:00Z'));
      const { items } = await remediations.listItems({
        filter: {},
        today: '2026-11-22',
        limit: 10,
        offset: 0,
      });
      expect(items).toEqual([
        expect.objectContaining({
          entityRef: 'component:default/orders',
          checkId: sast,
          status: 'open',
          owner: 'group:default/payments',
        }),
      ]);
      expect(await remediations.entitiesMissingItems()).toEqual([]);
    },
  );
});
