import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  checkCatalogue,
  stackscorePermissions,
  radarSeed,
  RADAR_SEED_VERSION,
} from '@stackscore/plugin-stackscore-common';
import {
  stackscoreChecksExtensionPoint,
  stackscoreCollectorsExtensionPoint,
} from '@stackscore/plugin-stackscore-node';
import { applyDatabaseMigrations } from './database/migrations';
import { StackscoreExtensions } from './extensions/StackscoreExtensions';
import { createRouter } from './service/router';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readCheckSettings } from './checks/settings';
import { DatabaseRunStore } from './database/DatabaseRunStore';
import { DatabaseScoreStore } from './database/DatabaseScoreStore';
import { DatabaseExemptionStore } from './database/DatabaseExemptionStore';
import { DatabaseHistoryStore } from './database/DatabaseHistoryStore';
import { DatabaseRollupStore } from './database/DatabaseRollupStore';
import { DatabaseRadarStore } from './database/DatabaseRadarStore';
import { DatabaseDecisionStore } from './database/DatabaseDecisionStore';
import { RadarUsageMatchers } from './radar/usageMatchers';
import { DatabaseRetentionStore } from './database/DatabaseRetentionStore';
import { readRetentionDays, scheduleCleanup } from './runs/cleanup';
import { EntityScorer } from './runs/EntityScorer';
import { ScoringRunner } from './runs/ScoringRunner';
import { readRunSettings, scheduleShardRuns } from './runs/schedule';
import { readCustomCheckConfig } from './checks/custom/config';
import { createScoringPipeline } from './pipeline/defaultPipeline';
import { notificationService } from '@backstage/plugin-notifications-node';
import { DatabaseRemediationStore } from './database/DatabaseRemediationStore';
import { DatabaseCampaignStore } from './database/DatabaseCampaignStore';
import { CampaignService } from './remediation/CampaignService';
import { RemediationNotifier } from './remediation/notifications';
import {
  readRemediationSettings,
  scheduleRemediationMaintenance,
} from './remediation/schedule';

/**
 * The Stackscore backend plugin: scores catalog entities and serves `/api/stackscore/v1`.
 *
 * @public
 */
export const stackscorePlugin = createBackendPlugin({
  pluginId: 'stackscore',
  register(env) {
    const extensions = new StackscoreExtensions(
      new Set(checkCatalogue.map(c => c.id)),
    );
    env.registerExtensionPoint(stackscoreChecksExtensionPoint, extensions);
    env.registerExtensionPoint(stackscoreCollectorsExtensionPoint, extensions);

    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        userInfo: coreServices.userInfo,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init({
        logger,
        config,
        database,
        httpRouter,
        httpAuth,
        auth,
        permissions,
        userInfo,
        permissionsRegistry,
        scheduler,
        urlReader,
        catalog,
        notifications,
      }) {
        // Built before anything else so a bad custom check or an id clash stops start-up.
        const pipeline = createScoringPipeline({
          customChecks: readCustomCheckConfig(config),
          extensionChecks: extensions.checks,
          extensionCollectors: extensions.collectors,
        });
        const { schedule, limits } = readRunSettings(config);
        const retentionDays = readRetentionDays(config);
        const db = await applyDatabaseMigrations(database);
        permissionsRegistry.addPermissions(stackscorePermissions);

        const scores = await DatabaseScoreStore.create({ db });
        const runs = await DatabaseRunStore.create({ db });
        const exemptions = await DatabaseExemptionStore.create({ db });
        const history = await DatabaseHistoryStore.create({ db });
        const rollups = await DatabaseRollupStore.create({ db, exemptions });
        const radar = await DatabaseRadarStore.create({ db });
        const { added } = await radar.seed({
          entries: radarSeed,
          version: RADAR_SEED_VERSION,
          at: new Date(),
        });
        if (added > 0) {
          logger.info('Stackscore radar seeded', {
            entries: added,
            seedVersion: RADAR_SEED_VERSION,
          });
        }
        const radarUsage = new RadarUsageMatchers(radar);
        const remediationSettings = readRemediationSettings(config);
        const notifier = new RemediationNotifier({
          notifications: remediationSettings.notifications
            ? notifications
            : undefined,
          logger,
        });
        const remediations = await DatabaseRemediationStore.create({ db });
        const campaigns = await DatabaseCampaignStore.create({ db });
        const listChecks = () => pipeline.checks.map(c => c.definition);
        const campaignService = new CampaignService({
          campaigns,
          remediations,
          listChecks,
          catalog,
          auth,
          logger,
          notifier,
        });
        const scorer = new EntityScorer({
          pipeline,
          settings: readCheckSettings(config),
          store: scores,
          urlReader,
          localRoot: config.getOptionalString('stackscore.sources.localRoot'),
          logger,
          radarUsage,
          notifier,
        });
        const runner = new ScoringRunner({
          catalog,
          auth,
          scorer,
          runs,
          logger,
          limits,
          onRunFinished: () =>
            campaignService.refreshCoverage(new Date()).then(() => {}),
        });
        await scheduleShardRuns({ scheduler, runner, schedule, logger });
        await scheduleRemediationMaintenance({
          scheduler,
          campaigns: campaignService,
          frequency: remediationSettings.frequency,
          logger,
        });
        await scheduleCleanup({
          scheduler,
          catalog,
          auth,
          retention: await DatabaseRetentionStore.create({ db }),
          retentionDays,
          logger,
          // Entities that left the catalog leave the views as soon as a scoring run would have noticed.
          frequency: schedule.frequency,
        });

        logger.info('Stackscore catalogue loaded', {
          builtInChecks: checkCatalogue.length,
          checks: pipeline.checks.length,
          extensionCollectors: pipeline.extensionCollectors.length,
        });

        httpRouter.use(
          await createRouter({
            logger,
            db,
            listChecks,
            scores,
            runs,
            exemptions,
            history,
            rollups,
            radar,
            decisions: await DatabaseDecisionStore.create({ db }),
            remediations,
            campaigns,
            campaignService,
            onRadarChanged: () => radarUsage.invalidate(),
            runner,
            scorer,
            catalog,
            auth,
            httpAuth,
            permissions,
            userInfo,
          }),
        );
        for (const path of ['/v1/health', '/v1/openapi.json']) {
          httpRouter.addAuthPolicy({ path, allow: 'unauthenticated' });
        }
      },
    });
  },
});
