import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  checkCatalogue,
  stackscorePermissions,
} from '@stackscore/plugin-stackscore-common';
import {
  stackscoreChecksExtensionPoint,
  stackscoreCollectorsExtensionPoint,
} from '@stackscore/plugin-stackscore-node';
import { applyDatabaseMigrations } from './database/migrations';
import { StackscoreExtensions } from './extensions/StackscoreExtensions';
import { createRouter } from './service/router';
import { readCustomCheckConfig } from './checks/custom/config';
import { createScoringPipeline } from './pipeline/defaultPipeline';

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
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        logger,
        config,
        database,
        httpRouter,
        permissionsRegistry,
      }) {
        // Built before anything else so a bad custom check or an id clash stops start-up.
        const pipeline = createScoringPipeline({
          customChecks: readCustomCheckConfig(config),
          extensionChecks: extensions.checks,
          extensionCollectors: extensions.collectors,
        });
        const db = await applyDatabaseMigrations(database);
        permissionsRegistry.addPermissions(stackscorePermissions);

        logger.info('Stackscore catalogue loaded', {
          builtInChecks: checkCatalogue.length,
          checks: pipeline.checks.length,
          extensionCollectors: pipeline.extensionCollectors.length,
        });

        httpRouter.use(
          await createRouter({
            logger,
            db,
            listChecks: () => pipeline.checks.map(c => c.definition),
          }),
        );
        httpRouter.addAuthPolicy({
          path: '/v1/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
