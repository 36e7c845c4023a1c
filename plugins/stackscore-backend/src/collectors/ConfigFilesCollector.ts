import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from './types';
import { readOrRecord } from './types';

/**
 * Small configuration files whose content checks inspect directly. Matched on the file name.
 */
const configFileNames: RegExp[] = [
  /^\.npmrc$/,
  /^\.yarnrc(\.yml)?$/,
  /^\.nvmrc$/,
  /^\.node-version$/,
  /^\.python-version$/,
  /^rust-toolchain(\.toml)?$/,
  /^deny\.toml$/,
  /^\.?gitleaks\.toml$/,
  /^socket\.ya?ml$/,
  /^tsconfig(\..+)?\.json$/,
  /^\.eslintrc(\.(js|cjs|json|ya?ml))?$/,
  /^eslint\.config\.[cm]?[jt]s$/,
  /^biome\.jsonc?$/,
  /^\.golangci\.ya?ml$/,
  /^\.golangci\.toml$/,
  /^maven\.config$/,
  /^jvm\.config$/,
  /^verification-metadata\.xml$/,
  /^gradle\.properties$/,
  /^next\.config\.[cm]?[jt]s$/,
  /^application(-[\w-]+)?\.(properties|ya?ml)$/,
  /^ruff\.toml$/,
  /^\.ruff\.toml$/,
  /^mypy\.ini$/,
  /^setup\.cfg$/,
  /^gunicorn\.conf\.py$/,
  /^bunfig\.toml$/,
  /^pnpm-workspace\.yaml$/,
];

const maxConfigBytes = 256 * 1024;

/**
 * True when a path names a configuration file the checks read whole.
 *
 * @internal
 */
export function isConfigFile(path: string): boolean {
  const base = path.split('/').pop() ?? '';
  return configFileNames.some(pattern => pattern.test(base));
}

/**
 * Records the content of small configuration files under `facts.configFiles`.
 *
 * @internal
 */
export class ConfigFilesCollector implements RepositoryCollector {
  readonly id = 'config-files';

  wants(path: string): boolean {
    return isConfigFile(path);
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    for (const file of context.files) {
      if (!this.wants(file)) continue;
      const text = await readOrRecord(context, facts, this.id, file);
      if (text === undefined) continue;
      facts.configFiles[file] =
        text.length > maxConfigBytes ? text.slice(0, maxConfigBytes) : text;
    }
  }
}
