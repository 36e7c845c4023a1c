import type {
  CheckOutcome,
  Dependency,
  DockerfileFacts,
  Ecosystem,
  EntityFacts,
  Evidence,
  ModuleFacts,
  SignalMatch,
} from '@stackscore/plugin-stackscore-common';
import { isTestOrToolingPath } from '../../collectors/paths';
import {
  combineOutcomes,
  moduleErrors,
  notApplicable,
  runtimeModules,
} from '../outcomes';

/*
 * Helpers shared by the runtime checks of the slo and observability scorecards: which files and
 * declarations belong to a server module, and how a per-module verdict becomes one outcome.
 */

/**
 * How evidence names a module: its first manifest path, e.g. `services/api/go.mod`.
 *
 * @internal
 */
export function moduleLabel(module: ModuleFacts): string {
  return module.manifests[0] ?? (module.dir || '(root)');
}

function isUnder(dir: string, path: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

/**
 * True when a file belongs to a module: under its folder and not under a nested module's folder
 * (a React UI in `web/` is not part of the Go server at the root).
 *
 * @internal
 */
export function inModule(
  facts: EntityFacts,
  module: ModuleFacts,
  file: string,
): boolean {
  if (!isUnder(module.dir, file)) return false;
  return !facts.modules.some(
    other =>
      other.dir !== module.dir &&
      other.dir.length > module.dir.length &&
      isUnder(module.dir, `${other.dir}/`) &&
      isUnder(other.dir, file),
  );
}

/** Folders of files a server sends to browsers; their code never runs in the server. */
const servedAssetFolders = new Set([
  'public',
  'static',
  'assets',
  'www',
  'wwwroot',
]);

/**
 * True for a browser asset served by a server package (`public/admin/login.js`).
 *
 * @internal
 */
export function isServedAsset(path: string): boolean {
  return path
    .split('/')
    .slice(0, -1)
    .some(folder => servedAssetFolders.has(folder.toLowerCase()));
}

/**
 * Signal matches of any of the ids in a module's own files; with `runtimeOnly`, tests, CLIs, scripts
 * and browser assets are left out.
 *
 * @internal
 */
export function moduleSignals(
  facts: EntityFacts,
  module: ModuleFacts,
  ids: string | readonly string[],
  options: { runtimeOnly?: boolean } = {},
): SignalMatch[] {
  const wanted = new Set(typeof ids === 'string' ? [ids] : ids);
  return facts.signals.filter(
    s =>
      wanted.has(s.signal) &&
      inModule(facts, module, s.file) &&
      !(
        options.runtimeOnly &&
        (isTestOrToolingPath(s.file) || isServedAsset(s.file))
      ),
  );
}

/**
 * Signal matches of any of the ids anywhere in the repository (deployment files, infrastructure code).
 *
 * @internal
 */
export function repoSignals(
  facts: EntityFacts,
  ids: string | readonly string[],
): SignalMatch[] {
  const wanted = new Set(typeof ids === 'string' ? [ids] : ids);
  return facts.signals.filter(s => wanted.has(s.signal));
}

/**
 * Dependencies declared by a module or by a parent manifest of the same ecosystem in the repository.
 * Indirect (transitive) requirements never count.
 *
 * @internal
 */
export function declaredDependencies(
  facts: EntityFacts,
  module: ModuleFacts,
  scopes: readonly Dependency['scope'][] = ['runtime'],
): Dependency[] {
  const owners = facts.modules.filter(
    m =>
      m === module ||
      (m.ecosystem === module.ecosystem &&
        m.dir !== module.dir &&
        isUnder(m.dir, `${module.dir}/`)),
  );
  return owners
    .flatMap(m => m.dependencies)
    .filter(d => !d.indirect && scopes.includes(d.scope));
}

/**
 * A dependency name, exactly or by pattern.
 *
 * @internal
 */
export type DependencyMatcher = string | RegExp;

/**
 * A matcher as a reader would name the library: `github.com/sony/gobreaker`, not its regular expression.
 *
 * @internal
 */
export function describeMatcher(matcher: DependencyMatcher): string {
  if (typeof matcher === 'string') return matcher;
  return matcher.source
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\\(.)/g, '$1');
}

/**
 * The first declared dependency matching any of the matchers (see {@link declaredDependencies}).
 *
 * @internal
 */
export function findDeclared(
  facts: EntityFacts,
  module: ModuleFacts,
  matchers: readonly DependencyMatcher[],
  scopes: readonly Dependency['scope'][] = ['runtime'],
): Dependency | undefined {
  const dependencies = declaredDependencies(facts, module, scopes);
  for (const matcher of matchers) {
    const found = dependencies.find(d =>
      typeof matcher === 'string' ? d.name === matcher : matcher.test(d.name),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * Evidence pointing at a dependency declaration.
 *
 * @internal
 */
export function dependencyEvidence(
  dependency: Dependency,
  what = 'declared',
): Evidence {
  return {
    message: `\`${dependency.name}\` ${what}`,
    file: dependency.file,
    ...(dependency.line ? { line: dependency.line } : {}),
  };
}

/**
 * Evidence pointing at a signal match.
 *
 * @internal
 */
export function signalEvidence(match: SignalMatch, what?: string): Evidence {
  return {
    message: what ? `${what}: \`${match.text}\`` : `\`${match.text}\``,
    file: match.file,
    line: match.line,
  };
}

/**
 * Judges every server module (see `runtimeModules`) and combines the verdicts: one failing module fails
 * the check and is named in the evidence. Modules outside `ecosystems` are not judged.
 *
 * @internal
 */
export function judgeRuntimeModules(
  facts: EntityFacts,
  judge: (module: ModuleFacts) => CheckOutcome,
  options: { ecosystems?: readonly Ecosystem[] } = {},
): CheckOutcome {
  const unreadable = moduleErrors(
    facts.modules.filter(
      m =>
        m.error &&
        (m.ecosystem !== 'node' || m.isServer) &&
        (!options.ecosystems || options.ecosystems.includes(m.ecosystem)),
    ),
  );
  const servers = runtimeModules(facts);
  if (servers.length === 0 && unreadable.length === 0) {
    return notApplicable(
      'No server code: runtime checks judge server modules only',
    );
  }
  const judged = servers.filter(
    m => !options.ecosystems || options.ecosystems.includes(m.ecosystem),
  );
  if (judged.length === 0 && unreadable.length === 0) {
    return notApplicable(
      `Applies to ${options.ecosystems?.join(', ')} server modules; none found`,
    );
  }
  const named = judged.length > 1;
  const outcomes = judged.map(module => {
    const outcome = judge(module);
    if (!named) return outcome;
    return {
      ...outcome,
      evidence: outcome.evidence.map(e => ({
        ...e,
        message: `${moduleLabel(module)}: ${e.message}`,
      })),
    };
  });
  return combineOutcomes([...unreadable, ...outcomes]);
}

/**
 * Production Dockerfiles that build a module: those in its folder, or in a parent folder when no
 * Dockerfile sits in the module's own folder tree.
 *
 * @internal
 */
export function moduleDockerfiles(
  facts: EntityFacts,
  module: ModuleFacts,
): DockerfileFacts[] {
  const production = facts.dockerfiles.filter(d => d.production && !d.error);
  const own = production.filter(d => inModule(facts, module, d.file));
  if (own.length > 0) return own;
  return production.filter(d => {
    const dir = d.file.includes('/')
      ? d.file.slice(0, d.file.lastIndexOf('/'))
      : '';
    return isUnder(dir, `${module.dir}/`) || dir === module.dir;
  });
}

/**
 * The numeric parts of a version (`3.5.0` → [3, 5, 0]); undefined when it has none (`${version}`).
 *
 * @internal
 */
export function versionParts(
  version: string | undefined,
): number[] | undefined {
  const found = version?.match(/\d+(\.\d+)*/);
  return found ? found[0].split('.').map(Number) : undefined;
}

/**
 * True when `version` is at least `minimum`; undefined when the version cannot be read.
 *
 * @internal
 */
export function versionAtLeast(
  version: string | undefined,
  minimum: readonly number[],
): boolean | undefined {
  const parts = versionParts(version);
  if (!parts) return undefined;
  for (let i = 0; i < minimum.length; i++) {
    const part = parts[i] ?? 0;
    if (part !== minimum[i]) return part > minimum[i];
  }
  return true;
}
