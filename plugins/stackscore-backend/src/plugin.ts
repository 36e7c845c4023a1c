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
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({ logger, database, httpRouter, permissionsRegistry }) {
        const db = await applyDatabaseMigrations(database);
        permissionsRegistry.addPermissions(stackscorePermissions);

        logger.info('Stackscore catalogue loaded', {
          builtInChecks: checkCatalogue.length,
          extensionChecks: extensions.checks.length,
          extensionCollectors: extensions.collectors.length,
        });

        httpRouter.use(
          await createRouter({
            logger,
            db,
            listChecks: () => [
              ...checkCatalogue,
              ...extensions.checks.map(c => c.definition),
            ],
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
