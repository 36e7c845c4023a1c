import type { Config } from '@backstage/config';
import { CheckSettings, defaultCheckSettings } from './types';

/**
 * Reads organisation settings for checks from `stackscore.checks`.
 *
 * @internal
 */
export function readCheckSettings(config: Config): CheckSettings {
  return {
    internalNpmScopes: (
      config.getOptionalStringArray('stackscore.checks.internalNpmScopes') ??
      defaultCheckSettings.internalNpmScopes
    ).map(scope => scope.replace(/^@/, '')),
    installScriptAllowlist:
      config.getOptionalStringArray(
        'stackscore.checks.installScriptAllowlist',
      ) ?? defaultCheckSettings.installScriptAllowlist,
  };
}
