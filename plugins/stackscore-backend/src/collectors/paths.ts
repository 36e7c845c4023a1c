/*
 * Path rules from the catalogue's semantics: which folders never count as evidence, what a test or script
 * path is, which Dockerfiles are production images.
 */

const excludedFolders = new Set([
  'node_modules',
  'vendor',
  '.git',
  'target',
  'dist',
  'build',
  'testdata',
  'fixtures',
  'examples',
  'contrib',
  'docs',
  'test',
  'tests',
  'e2e',
]);

/**
 * True when a folder name is one whose contents are never evidence.
 *
 * @internal
 */
export function isExcludedFolder(name: string): boolean {
  return excludedFolders.has(name);
}

/**
 * True when any folder of the path is excluded.
 *
 * @internal
 */
export function isExcludedPath(path: string): boolean {
  const parts = path.split('/');
  return parts.slice(0, -1).some(isExcludedFolder);
}

/** Documentation folders: excluded as evidence, but where repositories keep decision records. */
const documentationFolders = new Set(['docs', 'doc']);

/**
 * True for a markdown file in a folder named like a decision-record folder (`adr`, `adrs`, `decisions`, …),
 * wherever it is: such files are listed even inside excluded documentation folders, for the ADR collector.
 *
 * @internal
 */
export function isAdrCandidate(path: string): boolean {
  return (
    /\.(md|markdown)$/i.test(path) &&
    /(^|\/)(adrs?|decisions|architecture-decisions|decision-records)\//i.test(
      path,
    )
  );
}

/**
 * True when a source lists the path: outside excluded folders, or an ADR candidate inside documentation
 * folders (and nowhere else excluded).
 *
 * @internal
 */
export function isListedPath(path: string): boolean {
  if (!isExcludedPath(path)) return true;
  const folders = path.split('/').slice(0, -1);
  return (
    isAdrCandidate(path) &&
    folders.every(f => !isExcludedFolder(f) || documentationFolders.has(f))
  );
}

/**
 * True when a source walking a tree should enter the folder: not excluded, or a documentation folder that
 * may hold decision records (only ADR candidates are listed from it, see {@link isListedPath}).
 *
 * @internal
 */
export function isWalkedFolder(name: string): boolean {
  return !isExcludedFolder(name) || documentationFolders.has(name);
}

/** Splits a path into the tokens the semantics speak of (split on `.`, `-`, `_`, `/`). */
function pathTokens(path: string): string[] {
  return path
    .toLowerCase()
    .split(/[./_-]+/)
    .filter(Boolean);
}

const nonProductionTokens = new Set([
  'dev',
  'local',
  'test',
  'tests',
  'e2e',
  'ci',
]);

/**
 * True when a file name is a Dockerfile: `Dockerfile`, `*.Dockerfile`, `Dockerfile.*`, `Containerfile`.
 *
 * @internal
 */
export function isDockerfile(path: string): boolean {
  const base = path.split('/').pop() ?? '';
  return (
    base === 'Dockerfile' ||
    base === 'Containerfile' ||
    base.startsWith('Dockerfile.') ||
    base.endsWith('.Dockerfile') ||
    base.endsWith('.dockerfile')
  );
}

/**
 * True when a Dockerfile is in scope for supply-chain Dockerfile checks (not under `.devcontainer/`).
 *
 * @internal
 */
export function isInScopeDockerfile(path: string): boolean {
  return isDockerfile(path) && !path.split('/').includes('.devcontainer');
}

/**
 * True when a Dockerfile builds a production image: no `dev`, `local`, `test`, `tests`, `e2e` or `ci` token
 * in its file name or any parent folder.
 *
 * @internal
 */
export function isProductionDockerfile(path: string): boolean {
  return (
    isInScopeDockerfile(path) &&
    !pathTokens(path).some(token => nonProductionTokens.has(token))
  );
}

const toolingFolders = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'scripts',
  'script',
  'tools',
  'hack',
  'cli',
  'bench',
  'benchmarks',
  'mocks',
]);

const testFileNames = [
  /_test\.go$/,
  /^test_.*\.py$/,
  /_test\.py$/,
  /^conftest\.py$/,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /(Test|Tests|IT)\.(java|kt)$/,
];

/**
 * True for test code, CLIs and scripts, which runtime heuristics (print logging, timeouts) ignore.
 * Go's `cmd/<name>/main.go` is a server's entry point by convention and is not treated as a CLI.
 *
 * @internal
 */
export function isTestOrToolingPath(path: string): boolean {
  const parts = path.split('/');
  const base = parts[parts.length - 1];
  const folders = parts.slice(0, -1).map(p => p.toLowerCase());
  if (folders.some(folder => toolingFolders.has(folder))) return true;
  // Maven/Gradle layout: src/test/java/...
  const src = folders.indexOf('src');
  if (src >= 0 && folders[src + 1] === 'test') return true;
  return testFileNames.some(pattern => pattern.test(base));
}
