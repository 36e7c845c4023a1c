import { baseOf, dirOf } from './shared';

/**
 * What a file is to the manifests collector, decided from its path alone.
 *
 * @internal
 */
export type ManifestFileKind =
  | 'go-mod'
  | 'go-sum'
  | 'package-json'
  | 'package-lock'
  | 'pnpm-lock'
  | 'yarn-lock'
  | 'bun-lock'
  | 'pyproject'
  | 'requirements'
  | 'requirements-lock'
  | 'uv-lock'
  | 'poetry-lock'
  | 'pdm-lock'
  | 'pipfile-lock'
  | 'cargo-toml'
  | 'cargo-lock'
  | 'pom'
  | 'gradle-build'
  | 'gradle-settings'
  | 'gradle-lockfile'
  | 'version-catalog';

const byName: Record<string, ManifestFileKind> = {
  'go.mod': 'go-mod',
  'go.sum': 'go-sum',
  'package.json': 'package-json',
  'package-lock.json': 'package-lock',
  'npm-shrinkwrap.json': 'package-lock',
  'pnpm-lock.yaml': 'pnpm-lock',
  'yarn.lock': 'yarn-lock',
  'bun.lock': 'bun-lock',
  'bun.lockb': 'bun-lock',
  'pyproject.toml': 'pyproject',
  'uv.lock': 'uv-lock',
  'poetry.lock': 'poetry-lock',
  'pdm.lock': 'pdm-lock',
  'Pipfile.lock': 'pipfile-lock',
  'Cargo.toml': 'cargo-toml',
  'Cargo.lock': 'cargo-lock',
  'pom.xml': 'pom',
  'build.gradle': 'gradle-build',
  'build.gradle.kts': 'gradle-build',
  'settings.gradle': 'gradle-settings',
  'settings.gradle.kts': 'gradle-settings',
  'gradle.lockfile': 'gradle-lockfile',
};

/**
 * The kind of a manifest or lockfile, or undefined for files the collector does not read.
 *
 * @internal
 */
export function manifestFileKind(path: string): ManifestFileKind | undefined {
  const base = baseOf(path);
  const known = byName[base];
  if (known) return known;
  const folder = baseOf(dirOf(path));
  if (/^requirements.*\.lock$/i.test(base)) return 'requirements-lock';
  if (
    /^requirements.*\.txt$/i.test(base) ||
    /^[\w.-]*-requirements\.txt$/i.test(base) ||
    (folder === 'requirements' && /\.txt$/i.test(base))
  ) {
    return 'requirements';
  }
  if (base === 'libs.versions.toml' && folder === 'gradle') {
    return 'version-catalog';
  }
  if (
    base.endsWith('.lockfile') &&
    dirOf(path).endsWith('gradle/dependency-locks')
  ) {
    return 'gradle-lockfile';
  }
  return undefined;
}

/**
 * The folder of the Python module a requirements file belongs to: its own folder, or the parent of a
 * `requirements/` folder.
 *
 * @internal
 */
export function pythonModuleDir(path: string): string {
  const dir = dirOf(path);
  return baseOf(dir) === 'requirements' &&
    manifestFileKind(path) === 'requirements'
    ? dirOf(dir)
    : dir;
}

/**
 * True for kinds whose content is never read (binary or presence-only lockfiles).
 *
 * @internal
 */
export function isPresenceOnly(path: string): boolean {
  return manifestFileKind(path) === 'bun-lock';
}
