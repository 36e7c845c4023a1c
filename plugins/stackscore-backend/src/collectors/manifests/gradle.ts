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
  errorMessage,
  failedLockfile,
} from './shared';
import { javaServerFrameworks } from './java';

/*
 * build.gradle(.kts) is code, not data: these are careful line-level heuristics over the common
 * declaration forms, after comments are blanked out (line numbers stay intact).
 */

/**
 * Blanks `//` and `/* *\/` comments outside string literals, keeping every newline so offsets and lines
 * still match the original text.
 *
 * @internal
 */
export function stripGradleComments(text: string): string {
  let out = '';
  let i = 0;
  let quote: string | undefined;
  while (i < text.length) {
    const ch = text[i];
    if (quote) {
      out += ch;
      if (ch === '\\' && i + 1 < text.length) {
        out += text[i + 1];
        i += 2;
        continue;
      }
      if (ch === quote || ch === '\n') quote = undefined;
      i++;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
      i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** `[open, close]` offsets of every `name {` block, matching braces outside string literals. */
function blockRanges(text: string, name: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const pattern = new RegExp(`(^|[^\\w.])${name}\\s*\\{`, 'g');
  for (;;) {
    const match = pattern.exec(text);
    if (match === null) break;
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let quote: string | undefined;
    let close = text.length;
    for (let i = open; i < text.length; i++) {
      const ch = text[i];
      if (quote) {
        if (ch === '\\') i++;
        else if (ch === quote || ch === '\n') quote = undefined;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) {
        close = i;
        break;
      }
    }
    ranges.push([open, close]);
    pattern.lastIndex = open + 1;
  }
  return ranges;
}

const inRanges = (offset: number, ranges: Array<[number, number]>) =>
  ranges.some(([start, end]) => offset > start && offset < end);

/**
 * A Gradle version catalog (`gradle/libs.versions.toml`) keyed by accessor (`libs.spring.boot.web` →
 * `spring.boot.web`).
 *
 * @internal
 */
export interface VersionCatalog {
  libraries: Map<string, { module: string; version?: string }>;
  bundles: Map<string, string[]>;
  plugins: Map<string, { id: string; version?: string }>;
  error?: string;
}

const accessorOf = (alias: string) => alias.replace(/[-_]/g, '.');

/** A catalog version: a string, `{ ref = "x" }`, or a rich version with `strictly`/`require`/`prefer`. */
function catalogVersion(
  value: unknown,
  versions: Record<string, unknown>,
): string | undefined {
  const direct = asString(value);
  if (direct) return direct;
  const record = asRecord(value);
  const ref = asString(record?.ref);
  if (ref) return catalogVersion(versions[ref], {});
  return (
    asString(record?.strictly) ??
    asString(record?.require) ??
    asString(record?.prefer)
  );
}

/**
 * Parses a Gradle version catalog.
 *
 * @internal
 */
export function parseVersionCatalog(text: string): VersionCatalog {
  const catalog: VersionCatalog = {
    libraries: new Map(),
    bundles: new Map(),
    plugins: new Map(),
  };
  try {
    const doc = parseToml(text) as Record<string, unknown>;
    const versions = asRecord(doc.versions) ?? {};
    for (const [alias, value] of entriesOf(doc.libraries)) {
      const notation = asString(value);
      if (notation) {
        const [group, name, version] = notation.split(':');
        if (group && name) {
          catalog.libraries.set(accessorOf(alias), {
            module: `${group}:${name}`,
            version,
          });
        }
        continue;
      }
      const record = asRecord(value);
      const module =
        asString(record?.module) ??
        (asString(record?.group) && asString(record?.name)
          ? `${record?.group}:${record?.name}`
          : undefined);
      if (!module) continue;
      const version =
        catalogVersion(record?.version, versions) ??
        catalogVersion(
          {
            ref:
              asString(asRecord(record?.version)?.ref) ??
              asString(record?.['version.ref']),
          },
          versions,
        );
      catalog.libraries.set(accessorOf(alias), { module, version });
    }
    for (const [alias, value] of entriesOf(doc.bundles)) {
      catalog.bundles.set(
        accessorOf(alias),
        asArray(value)
          .filter((v): v is string => typeof v === 'string')
          .map(accessorOf),
      );
    }
    for (const [alias, value] of entriesOf(doc.plugins)) {
      const notation = asString(value);
      const record = asRecord(value);
      const [id, version] = notation
        ? notation.split(':')
        : [asString(record?.id), catalogVersion(record?.version, versions)];
      if (id) catalog.plugins.set(accessorOf(alias), { id, version });
    }
  } catch (error) {
    catalog.error = errorMessage(error);
  }
  return catalog;
}

/** The scope of a dependency declared in a Gradle configuration. */
function configurationScope(configuration: string): Dependency['scope'] {
  if (/^(test|androidTest|integrationTest|testFixtures)/.test(configuration))
    return 'dev';
  if (
    /^(implementation|api|runtimeOnly|compileOnly|compileOnlyApi|compile|runtime|developmentOnly)$/.test(
      configuration,
    )
  )
    return 'runtime';
  return 'build';
}

/** Names that take a string argument but are not dependency configurations. */
const notConfigurations = new Set([
  'id',
  'version',
  'group',
  'url',
  'uri',
  'plugin',
  'project',
  'file',
  'files',
  'println',
  'print',
  'include',
  'exclude',
  'from',
  'into',
  'set',
  'property',
  'mainClass',
  'because',
  'named',
  'register',
  'create',
  'getByName',
  'maven',
  'kotlin',
]);

const coordinatePattern = /^[\w.-]+:[\w.-]+(:[^:\s@]*)?(:[\w.-]+)?(@\w+)?$/;

/** Resolves `$name` / `${name}` in a string from simple assignments in the same file. */
function interpolate(value: string, variables: Map<string, string>): string {
  return value.replace(/\$\{?([A-Za-z_][\w.]*)\}?/g, (whole, name: string) => {
    return (
      variables.get(name) ??
      variables.get(name.replace(/^(project\.|rootProject\.)/, '')) ??
      whole
    );
  });
}

const springBootBomCoordinates = /SpringBootPlugin\.BOM_COORDINATES/;

/**
 * Parses a build.gradle or build.gradle.kts: dependencies (string and map notation, platforms as `bom`,
 * version-catalog aliases), plugins with versions, the Java toolchain, and dependency locking.
 *
 * @internal
 */
export function parseGradleBuild(
  source: string,
  file: string,
  catalog?: VersionCatalog,
): ParsedManifest {
  try {
    const text = stripGradleComments(source);
    const lines = new LineIndex(text);
    const dependencies: Dependency[] = [];
    const settings: Record<string, unknown> = {};
    const variables = new Map<string, string>();
    for (const match of text.matchAll(
      /(?:\bval|\bvar|\bdef|\bext(?:ra)?\.set\(|\bext\.)\s*([A-Za-z_]\w*)\s*(?:=|,)\s*["']([^"'\n$]*)["']/g,
    )) {
      variables.set(match[1], match[2]);
    }
    for (const match of text.matchAll(
      /\bextra\[\s*["']([\w.]+)["']\s*\]\s*=\s*["']([^"'\n$]*)["']/g,
    )) {
      variables.set(match[1], match[2]);
    }

    // Plugins.
    const plugins: Record<string, { version?: string; line: number }> = {};
    const pluginRanges = blockRanges(text, 'plugins');
    for (const [start, end] of pluginRanges) {
      let offset = start + 1;
      for (const rawLine of text.slice(start + 1, end).split('\n')) {
        const line = lines.lineAt(offset);
        offset += rawLine.length + 1;
        const statement = rawLine.trim();
        if (!statement) continue;
        const version = /\bversion\s*\(?\s*["']([^"']+)["']/.exec(
          statement,
        )?.[1];
        const id =
          /\bid\s*\(?\s*["']([^"']+)["']/.exec(statement)?.[1] ??
          (/\bkotlin\s*\(\s*["']([^"']+)["']/.exec(statement)?.[1]
            ? `org.jetbrains.kotlin.${
                /\bkotlin\s*\(\s*["']([^"']+)["']/.exec(statement)?.[1]
              }`
            : undefined) ??
          (() => {
            const alias = /\balias\s*\(\s*libs\.plugins\.([\w.]+)\s*\)/.exec(
              statement,
            )?.[1];
            return alias ? catalog?.plugins.get(alias)?.id : undefined;
          })() ??
          /^`?([a-z][\w-]*)`?$/.exec(statement)?.[1];
        if (!id) continue;
        const alias = /\balias\s*\(\s*libs\.plugins\.([\w.]+)\s*\)/.exec(
          statement,
        )?.[1];
        const resolvedVersion =
          version ?? (alias ? catalog?.plugins.get(alias)?.version : undefined);
        plugins[id] = {
          ...(resolvedVersion ? { version: resolvedVersion } : {}),
          line,
        };
      }
    }
    for (const match of text.matchAll(
      /\bapply\s*\(?\s*plugin\s*[:=]\s*["']([^"']+)["']/g,
    )) {
      plugins[match[1]] ??= { line: lines.lineAt(match.index ?? 0) };
    }
    settings.plugins = plugins;
    const springBoot = plugins['org.springframework.boot'];
    if (springBoot?.version) settings.springBootVersion = springBoot.version;
    for (const [id, plugin] of Object.entries(plugins)) {
      dependencies.push({
        name: id,
        ...(plugin.version ? { version: plugin.version } : {}),
        scope: 'build',
        file,
        line: plugin.line,
      });
    }

    // Dependencies: only inside `dependencies { }` blocks, not in `constraints { }`.
    const dependencyRanges = blockRanges(text, 'dependencies');
    const constraintRanges = blockRanges(text, 'constraints');
    const inDependencies = (offset: number) =>
      inRanges(offset, dependencyRanges) && !inRanges(offset, constraintRanges);
    const addDependency = (
      configuration: string,
      platform: boolean,
      name: string,
      version: string | undefined,
      offset: number,
    ) => {
      dependencies.push({
        name,
        ...(version ? { version } : {}),
        scope: platform ? 'bom' : configurationScope(configuration),
        file,
        line: lines.lineAt(offset),
      });
    };
    const callPattern =
      /\b([a-z][A-Za-z0-9]*)\s*(?:\(\s*|\s+)(?:(platform|enforcedPlatform)\s*\(\s*)?(["'])([^"'\n]+)\3/g;
    for (const match of text.matchAll(callPattern)) {
      const offset = match.index ?? 0;
      const [, configuration, platform, , raw] = match;
      if (notConfigurations.has(configuration) || !inDependencies(offset))
        continue;
      const notation = interpolate(raw, variables);
      if (!coordinatePattern.test(notation)) continue;
      const [group, artifact, version] = notation
        .replace(/@\w+$/, '')
        .split(':');
      addDependency(
        configuration,
        Boolean(platform),
        `${group}:${artifact}`,
        version || undefined,
        offset,
      );
    }
    const mapPattern =
      /\b([a-z][A-Za-z0-9]*)\s*\(?\s*group\s*[:=]\s*["']([^"']+)["']\s*,\s*name\s*[:=]\s*["']([^"']+)["'](?:\s*,\s*version\s*[:=]\s*["']([^"']+)["'])?/g;
    for (const match of text.matchAll(mapPattern)) {
      const offset = match.index ?? 0;
      const [, configuration, group, artifact, version] = match;
      if (notConfigurations.has(configuration) || !inDependencies(offset))
        continue;
      addDependency(
        configuration,
        false,
        `${interpolate(group, variables)}:${interpolate(artifact, variables)}`,
        version ? interpolate(version, variables) : undefined,
        offset,
      );
    }
    if (catalog) {
      const aliasPattern =
        /\b([a-z][A-Za-z0-9]*)\s*(?:\(\s*|\s+)(?:(platform|enforcedPlatform)\s*\(\s*)?libs\.((?:bundles\.)?[\w.]+?)(?:\.get\(\))?\s*[),\n]/g;
      for (const match of text.matchAll(aliasPattern)) {
        const offset = match.index ?? 0;
        const [, configuration, platform, accessor] = match;
        if (notConfigurations.has(configuration) || !inDependencies(offset))
          continue;
        const aliases = accessor.startsWith('bundles.')
          ? catalog.bundles.get(accessor.slice('bundles.'.length)) ?? []
          : [accessor];
        for (const alias of aliases) {
          const library = catalog.libraries.get(alias);
          if (library) {
            addDependency(
              configuration,
              Boolean(platform),
              library.module,
              library.version,
              offset,
            );
          }
        }
      }
    }
    for (const match of text.matchAll(
      /\b(platform|enforcedPlatform)\s*\(\s*(?:org\.springframework\.boot\.gradle\.plugin\.)?SpringBootPlugin\.BOM_COORDINATES/g,
    )) {
      if (
        !inDependencies(match.index ?? 0) ||
        !springBootBomCoordinates.test(match[0])
      )
        continue;
      addDependency(
        'implementation',
        true,
        'org.springframework.boot:spring-boot-dependencies',
        springBoot?.version,
        match.index ?? 0,
      );
    }
    if (plugins['io.spring.dependency-management'] && springBoot) {
      // The Spring dependency-management plugin imports the Boot BOM for every configuration.
      settings.springDependencyManagement = true;
    }

    // Toolchain.
    const toolchain =
      /languageVersion\s*(?:=|\.set\s*\()\s*JavaLanguageVersion\.of\s*\(\s*["']?(\d+)/.exec(
        text,
      ) ?? /\bjvmToolchain\s*\(\s*(\d+)/.exec(text);
    const compatibility =
      /\b(?:java\.)?(?:sourceCompatibility|targetCompatibility)\s*=\s*(?:JavaVersion\.VERSION_)?["']?([\d._]+)/.exec(
        text,
      );
    const chosen = toolchain ?? compatibility;
    let toolchainFact: ParsedManifest['toolchain'];
    if (chosen) {
      settings.toolchainSource = toolchain
        ? 'gradle-toolchain'
        : 'sourceCompatibility';
      const value = chosen[1].replace(/^1_(\d+)$/, '1.$1').replace(/_/g, '.');
      toolchainFact = {
        value,
        file,
        line: lines.lineAt(chosen.index),
      };
    }

    settings.dependencyLocking =
      /\bdependencyLocking\s*[{.]/.test(text) ||
      /\blockAllConfigurations\s*\(/.test(text);
    settings.war = 'war' in plugins;
    const deduplicated = dependencies.filter(
      (d, i) =>
        dependencies.findIndex(
          o => o.name === d.name && o.scope === d.scope && o.line === d.line,
        ) === i,
    );
    const result: ParsedManifest = {
      dependencies: deduplicated,
      settings,
      ...(toolchainFact ? { toolchain: toolchainFact } : {}),
    };
    result.serverFrameworks = javaServerFrameworks(
      deduplicated,
      settings.war === true,
    );
    return result;
  } catch (error) {
    return { dependencies: [], settings: {}, error: errorMessage(error) };
  }
}

/**
 * The root project name and the included project paths of a settings.gradle(.kts).
 *
 * @internal
 */
export function parseGradleSettings(source: string): {
  rootProjectName?: string;
  includes: string[];
} {
  const text = stripGradleComments(source);
  const includes: string[] = [];
  for (const match of text.matchAll(/\binclude\s*\(?([^)\n]*)/g)) {
    for (const quoted of match[1].matchAll(/["']([^"']+)["']/g)) {
      includes.push(quoted[1]);
    }
  }
  const rootProjectName = /\brootProject\.name\s*=\s*["']([^"']+)["']/.exec(
    text,
  )?.[1];
  return { ...(rootProjectName ? { rootProjectName } : {}), includes };
}

/**
 * The folder of an included Gradle project path (`:services:api` → `services/api`).
 *
 * @internal
 */
export function gradleProjectDir(projectPath: string): string {
  return projectPath.replace(/^:/, '').split(':').filter(Boolean).join('/');
}

/**
 * Parses a `gradle.lockfile` (`group:name:version=configurations` lines).
 *
 * @internal
 */
export function parseGradleLockfile(text: string, file: string): LockfileFacts {
  const packages: LockfileFacts['packages'] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (!line || line.startsWith('#') || line.startsWith('empty=')) continue;
    const match = /^([^:=\s]+):([^:=\s]+):([^=\s]+)=/.exec(line);
    if (!match) {
      return failedLockfile(
        'java',
        file,
        'gradle-lockfile',
        `line ${index + 1}: expected group:name:version=configurations`,
      );
    }
    packages.push({ name: `${match[1]}:${match[2]}`, version: match[3] });
  }
  return { ecosystem: 'java', file, format: 'gradle-lockfile', packages };
}
