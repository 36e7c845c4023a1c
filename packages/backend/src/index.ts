import { createBackend } from '@backstage/backend-defaults';
import { stackscorePermissionPolicyModule } from './permissionPolicy';
import { rootConfigWithEnvironment } from './rootConfig';

const backend = createBackend();

backend.add(rootConfigWithEnvironment);

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(stackscorePermissionPolicyModule);

// Stackscore sends level drops and campaign deadlines through notifications; signals push them live.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
// The events bus signals publishes on; without it signals warns and falls back to in-process delivery.
backend.add(import('@backstage/plugin-events-backend'));

backend.add(import('@stackscore/plugin-stackscore-backend'));

backend.start();
