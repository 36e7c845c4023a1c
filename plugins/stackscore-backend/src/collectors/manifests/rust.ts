import type {
  Dependency,
  LockfileFacts,
} from '@stackscore/plugin-stackscore-common';
import { parse as parseToml } from 'smol-toml';
import {
  LineIndex,
  ParsedManifest,
  asArray,
  asRecord,
  asString,
  entriesOf,
  failedLockfile,
  failedManifest,
} from './shared';

const sections: Array<[string, Dependency['scope']]> = [
  ['dependencies', 'runtime'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
  ['build-dependencies', 'build'],
  ['build_dependencies', 'build'],
];

/** Offset of the first line that looks like a key for `name` after `from`, for evidence lines. */
function keyLine(
  lines: LineIndex,
  name: string,
  from: number,
): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*[=.]`, 'm');
  const rest = lines.text.slice(Math.max(0, from));
  const match = pattern.exec(rest);
  if (match) return lines.lineAt(from + match.index);
  // `[dependencies.name]` table form.
  return lines.find(`.${name}]`, from);
}

/** One Cargo dependency entry: `name = "1.0"` or `name = { version, features, package, workspace }`. */
function cargoDependency(
  key: string,
  spec: unknown,
  scope: Dependency['scope'],
  file: string,
  line: number | undefined,
): Dependency {
  const record = asRecord(spec);
  const version = asString(spec) ?? asString(record?.version);
  const features = asArray(record?.features).filter(
    (f): f is string => typeof f === 'string',
  );
  return {
    name: asString(record?.package) ?? key,
    ...(version ? { version } : {}),
    scope,
    ...(features.length > 0 ? { features } : {}),
    file,
    ...(line ? { line } : {}),
  };
}

/** Dependencies of one table holding the dependency sections (the root or a `target.<cfg>` table). */
function sectionDependencies(
  table: Record<string, unknown> | undefined,
  headerPrefix: string,
  file: string,
  lines: LineIndex,
  workspaceInherited: string[],
): Dependency[] {
  const result: Dependency[] = [];
  for (const [section, scope] of sections) {
    const header = lines.offsetOf(`[${headerPrefix}${section}`);
    const from = header < 0 ? 0 : header;
    for (const [key, spec] of entriesOf(table?.[section])) {
      const dependency = cargoDependency(
        key,
        spec,
        scope,
        file,
        keyLine(lines, key, from),
      );
      if (asRecord(spec)?.workspace === true)
        workspaceInherited.push(dependency.name);
      result.push(dependency);
    }
  }
  return result;
}

const rustWebFrameworks = [
  'axum',
  'actix-web',
  'rocket',
  'warp',
  'tonic',
  'poem',
  'salvo',
  'tide',
];

/**
 * Server frameworks among a crate's runtime dependencies. hyper counts only with its `server` (or `full`)
 * feature, or when it is the only web crate declared.
 *
 * @internal
 */
export function rustServerFrameworks(
  dependencies: readonly Dependency[],
): string[] {
  const runtime = dependencies.filter(
    d => d.scope === 'runtime' && !d.indirect,
  );
  const found = rustWebFrameworks.filter(name =>
    runtime.some(d => d.name === name),
  );
  const hyper = runtime.find(d => d.name === 'hyper');
  if (
    hyper &&
    (found.length === 0 ||
      (hyper.features ?? []).some(f => f === 'server' || f === 'full'))
  ) {
    found.push('hyper');
  }
  return found.sort();
}

/**
 * Parses a Cargo.toml: package name, `rust-version`, dependencies by scope (target-specific tables
 * included), workspace members and `workspace.dependencies` (recorded as `indirect`: they are only
 * declarations members may inherit).
 *
 * @internal
 */
export function parseCargoToml(text: string, file: string): ParsedManifest {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    return failedManifest(error);
  }
  const lines = new LineIndex(text);
  const pkg = asRecord(doc.package);
  const workspace = asRecord(doc.workspace);
  const inherited: string[] = [];
  const result: ParsedManifest = {
    name: asString(pkg?.name),
    dependencies: sectionDependencies(doc, '', file, lines, inherited),
    settings: {},
  };
  for (const [cfg, table] of entriesOf(doc.target)) {
    const at = lines.offsetOf(cfg);
    const from = at < 0 ? 0 : at;
    const deps = sectionDependencies(
      asRecord(table),
      '',
      file,
      lines,
      inherited,
    );
    for (const dep of deps)
      dep.line = keyLine(lines, dep.name, from) ?? dep.line;
    result.dependencies.push(...deps);
  }
  const wsAt = lines.offsetOf('[workspace.dependencies');
  for (const [key, spec] of entriesOf(workspace?.dependencies)) {
    const dependency = cargoDependency(
      key,
      spec,
      'runtime',
      file,
      keyLine(lines, key, wsAt < 0 ? 0 : wsAt),
    );
    dependency.indirect = true;
    result.dependencies.push(dependency);
  }
  const rustVersion = asString(pkg?.['rust-version']);
  if (rustVersion) {
    result.toolchain = {
      value: rustVersion,
      file,
      line: keyLine(lines, 'rust-version', 0),
    };
  } else if (asRecord(pkg?.['rust-version'])?.workspace === true) {
    result.settings.rustVersionFromWorkspace = true;
  }
  const wsRustVersion = asString(
    asRecord(workspace?.package)?.['rust-version'],
  );
  if (wsRustVersion) {
    result.settings.workspaceRustVersion = wsRustVersion;
    if (!result.toolchain && !pkg) {
      result.toolchain = {
        value: wsRustVersion,
        file,
        line: keyLine(lines, 'rust-version', 0),
      };
    }
  }
  if (workspace) {
    result.settings.workspaceMembers = asArray(workspace.members).filter(
      (m): m is string => typeof m === 'string',
    );
  }
  if (inherited.length > 0)
    result.settings.workspaceInherited = [...new Set(inherited)];
  if (!pkg) result.settings.virtualWorkspace = workspace !== undefined;
  result.serverFrameworks = pkg
    ? rustServerFrameworks(result.dependencies)
    : [];
  return result;
}

/**
 * Parses a Cargo.lock (`[[package]]` name/version entries).
 *
 * @internal
 */
export function parseCargoLock(text: string, file: string): LockfileFacts {
  try {
    const doc = parseToml(text) as Record<string, unknown>;
    const packages: LockfileFacts['packages'] = [];
    for (const entry of asArray(doc.package)) {
      const record = asRecord(entry);
      const name = asString(record?.name);
      if (name) packages.push({ name, version: asString(record?.version) });
    }
    return { ecosystem: 'rust', file, format: 'cargo-lock', packages };
  } catch (error) {
    return failedLockfile('rust', file, 'cargo-lock', error);
  }
}
