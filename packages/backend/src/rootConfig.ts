import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ConfigSources, StaticConfigSource } from '@backstage/config-loader';
import type { JsonObject } from '@backstage/types';

/** Subject that requests made with the static API token are attributed to. */
export const apiTokenSubject = 'stackscore-api-token';

/**
 * Config derived from the environment that app-config files cannot express: the static API token
 * exists only when `STACKSCORE_API_TOKEN` is set, so start-up works without it.
 */
export function configFromEnvironment(
  env: NodeJS.ProcessEnv,
): JsonObject | undefined {
  const token = env.STACKSCORE_API_TOKEN?.trim();
  if (!token) {
    return undefined;
  }
  return {
    backend: {
      auth: {
        externalAccess: [
          {
            type: 'static',
            options: { token, subject: apiTokenSubject },
          },
        ],
      },
    },
  };
}

/**
 * Root config: the usual app-config files and `APP_CONFIG_*` variables, plus
 * {@link configFromEnvironment}.
 */
export const rootConfigWithEnvironment = createServiceFactory({
  service: coreServices.rootConfig,
  deps: {},
  async factory() {
    const extra = configFromEnvironment(process.env);
    const defaults = ConfigSources.default({
      argv: process.argv,
      env: process.env,
    });
    const source = extra
      ? ConfigSources.merge([
          defaults,
          StaticConfigSource.create({ data: extra, context: 'environment' }),
        ])
      : defaults;
    return ConfigSources.toConfig(source);
  },
});
