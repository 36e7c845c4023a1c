import type {
  Dependency,
  LockfileFacts,
} from '@stackscore/plugin-stackscore-common';
import { parseSyml } from '@yarnpkg/parsers';
import { parse as parseYaml } from 'yaml';
import {
  LineIndex,
  ParsedManifest,
  asRecord,
  asString,
  entriesOf,
  failedLockfile,
  failedManifest,
} from './shared';
import { assertYamlNesting } from '../yamlNesting';

const dependencySections: Array<[string, Dependency['scope']]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'runtime'],
  ['peerDependencies', 'runtime'],
  ['devDependencies', 'dev'],
];

/**
 * Finds the line of a key inside a JSON object section: the first `"key"` after the section's own key.
 * JSON.parse gives no positions; this is only used for evidence lines.
 */
function jsonKeyLine(
  lines: LineIndex,
  section: string,
  key: string,
): number | undefined {
  const sectionOffset = lines.offsetOf(`"${section}"`);
  const from = sectionOffset < 0 ? 0 : sectionOffset;
  return lines.find(`"${key}"`, from) ?? lines.find(`"${key}"`);
}

/**
 * Parses a package.json: dependencies by scope, toolchain pins and the settings checks read (scripts,
 * workspaces, pnpm, trustedDependencies, renovate presence, private, packageManager).
 *
 * @internal
 */
export function parsePackageJson(text: string, file: string): ParsedManifest {
  let json: Record<string, unknown> | undefined;
  try {
    json = asRecord(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return failedManifest(error);
  }
  if (!json) return failedManifest('package.json is not a JSON object');
  const lines = new LineIndex(text);
  const result: ParsedManifest = {
    name: asString(json.name),
    dependencies: [],
    settings: {},
  };
  for (const [section, scope] of dependencySections) {
    for (const [name, version] of entriesOf(json[section])) {
      result.dependencies.push({
        name,
        version: typeof version === 'string' ? version : undefined,
        scope,
        file,
        line: jsonKeyLine(lines, section, name),
      });
    }
  }
  const settings = result.settings;
  const engines = asRecord(json.engines);
  const enginesNode = asString(engines?.node);
  const voltaNode = asString(asRecord(json.volta)?.node);
  const packageManager = asString(json.packageManager);
  if (enginesNode !== undefined) settings.enginesNode = enginesNode;
  if (voltaNode !== undefined) settings.voltaNode = voltaNode;
  if (packageManager !== undefined) settings.packageManager = packageManager;
  if (enginesNode) {
    result.toolchain = {
      value: enginesNode,
      file,
      line: jsonKeyLine(lines, 'engines', 'node'),
    };
  } else if (voltaNode) {
    result.toolchain = {
      value: voltaNode,
      file,
      line: jsonKeyLine(lines, 'volta', 'node'),
    };
  } else if (packageManager?.startsWith('bun@')) {
    // Only bun pins the runtime through packageManager; npm/pnpm/yarn entries pin the package manager only.
    result.toolchain = {
      value: packageManager,
      file,
      line: lines.find('"packageManager"'),
    };
  }
  const copied: Array<[string, unknown]> = [
    ['scripts', asRecord(json.scripts)],
    ['workspaces', json.workspaces],
    ['pnpm', asRecord(json.pnpm)],
    ['trustedDependencies', json.trustedDependencies],
    ['engines', engines],
    ['type', asString(json.type)],
  ];
  for (const [key, value] of copied) {
    if (value !== undefined) settings[key] = value;
  }
  settings.private = json.private === true;
  settings.renovate = json.renovate !== undefined;
  // Only what the package itself runs on: peer and dev dependencies do not make it a server.
  const own = [
    ...Object.keys(asRecord(json.dependencies) ?? {}),
    ...Object.keys(asRecord(json.optionalDependencies) ?? {}),
  ];
  result.serverFrameworks = [
    ...new Set(own.filter(isNodeServerFramework)),
  ].sort();
  return result;
}

/** The package name inside a `node_modules/…` path of a package-lock v2/v3 `packages` key. */
function nameFromLockPath(key: string): string | undefined {
  const marker = 'node_modules/';
  const at = key.lastIndexOf(marker);
  return at < 0 ? undefined : key.slice(at + marker.length) || undefined;
}

/**
 * Parses a package-lock.json (lockfile versions 1–3); v2/v3 `packages` entries carry `hasInstallScript`.
 *
 * @internal
 */
export function parsePackageLock(text: string, file: string): LockfileFacts {
  const format = 'package-lock';
  let json: Record<string, unknown> | undefined;
  try {
    json = asRecord(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return failedLockfile('node', file, format, error);
  }
  if (!json) {
    return failedLockfile('node', file, format, 'not a JSON object');
  }
  const packages: LockfileFacts['packages'] = [];
  const entries = entriesOf(json.packages);
  if (entries.length > 0) {
    for (const [key, value] of entries) {
      const entry = asRecord(value);
      const name = asString(entry?.name) ?? nameFromLockPath(key);
      if (!entry || !name || entry.link === true) continue;
      packages.push({
        name,
        version: asString(entry.version),
        ...(entry.hasInstallScript === true ? { hasInstallScript: true } : {}),
      });
    }
  } else {
    // Lockfile v1: a nested `dependencies` tree.
    const stack: unknown[] = [json.dependencies];
    while (stack.length > 0) {
      for (const [name, value] of entriesOf(stack.pop())) {
        const entry = asRecord(value);
        if (!entry) continue;
        packages.push({ name, version: asString(entry.version) });
        if (entry.dependencies) stack.push(entry.dependencies);
      }
    }
  }
  return { ecosystem: 'node', file, format, packages };
}

/**
 * Splits a pnpm `packages` key into name and version: `/name/version_peers` (lockfile v5),
 * `/name@version(peers)` (v6) or `name@version(peers)` (v9).
 */
function splitPnpmKey(
  key: string,
  slashForm: boolean,
): { name: string; version?: string } {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  if (slashForm) {
    const slash = bare.lastIndexOf('/');
    if (slash > 0) {
      return {
        name: bare.slice(0, slash),
        version: bare.slice(slash + 1).replace(/_.*$/, '') || undefined,
      };
    }
  }
  const at = bare.indexOf('@', 1);
  return at > 0
    ? { name: bare.slice(0, at), version: bare.slice(at + 1) || undefined }
    : { name: bare };
}

/**
 * Parses a pnpm-lock.yaml; `requiresBuild: true` (lockfile v5/v6) is reported as an install script.
 *
 * @internal
 */
export function parsePnpmLock(text: string, file: string): LockfileFacts {
  const format = 'pnpm-lock';
  let doc: Record<string, unknown> | undefined;
  try {
    assertYamlNesting(text, file);
    doc = asRecord(parseYaml(text, { maxAliasCount: 1000 }));
  } catch (error) {
    return failedLockfile('node', file, format, error);
  }
  if (!doc) return failedLockfile('node', file, format, 'not a YAML mapping');
  const packages: LockfileFacts['packages'] = [];
  const lockfileVersion = doc.lockfileVersion;
  // Only a number or a string is a version; anything else (a mapping, a list) reads as no version at all.
  const slashForm =
    (typeof lockfileVersion === 'number' ||
      typeof lockfileVersion === 'string') &&
    Number.parseFloat(String(lockfileVersion)) < 6;
  for (const [key, value] of entriesOf(doc.packages)) {
    const entry = asRecord(value);
    const { name, version } = splitPnpmKey(key, slashForm);
    if (!name) continue;
    packages.push({
      name: asString(entry?.name) ?? name,
      version: asString(entry?.version) ?? version,
      ...(entry?.requiresBuild === true ? { hasInstallScript: true } : {}),
    });
  }
  return {
    ecosystem: 'node',
    file,
    format,
    packages,
    ...(lockfileVersion === undefined && packages.length === 0
      ? { error: 'no lockfileVersion and no packages' }
      : {}),
  };
}

/** The package name of a yarn descriptor: `name@range`, `@scope/name@npm:range`. */
function nameFromDescriptor(descriptor: string): string {
  const trimmed = descriptor.trim();
  const at = trimmed.indexOf('@', 1);
  return at < 0 ? trimmed : trimmed.slice(0, at);
}

/**
 * Parses a yarn.lock, classic (v1) or berry, with the Yarn project's own parser.
 *
 * @internal
 */
export function parseYarnLock(text: string, file: string): LockfileFacts {
  const format = 'yarn-lock';
  let doc: Record<string, unknown> | undefined;
  try {
    doc = asRecord(parseSyml(text));
  } catch (error) {
    return failedLockfile('node', file, format, error);
  }
  if (!doc) return failedLockfile('node', file, format, 'not a yarn lockfile');
  const seen = new Map<string, { name: string; version?: string }>();
  for (const [key, value] of Object.entries(doc)) {
    if (key === '__metadata') continue;
    const entry = asRecord(value);
    const name = nameFromDescriptor(key.split(',')[0] ?? key);
    const version = asString(entry?.version);
    if (!name) continue;
    seen.set(`${name}@${version}`, { name, version });
  }
  return { ecosystem: 'node', file, format, packages: [...seen.values()] };
}

/**
 * A bun lockfile (`bun.lock` or the binary `bun.lockb`), recorded by presence only.
 *
 * @internal
 */
export function bunLockfile(file: string): LockfileFacts {
  return { ecosystem: 'node', file, format: 'bun-lock', packages: [] };
}

const exactServerPackages = new Set([
  'express',
  'fastify',
  'koa',
  '@hapi/hapi',
  '@nestjs/core',
  'next',
  'nuxt',
  'hono',
  '@sveltejs/kit',
]);

/** True when a package name is a server framework per the catalogue's semantics. */
function isNodeServerFramework(name: string): boolean {
  return (
    exactServerPackages.has(name) ||
    name.startsWith('@remix-run/') ||
    name.startsWith('@backstage/backend-')
  );
}
