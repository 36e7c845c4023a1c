import type { Dependency } from '@stackscore/plugin-stackscore-common';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  LineIndex,
  ParsedManifest,
  asArray,
  asRecord,
  asString,
  entriesOf,
  errorMessage,
} from './shared';

/** Maven coordinates. */
interface Coordinates {
  groupId?: string;
  artifactId?: string;
  version?: string;
}

/** A `<dependency>` or `<plugin>` as written, before property resolution. */
interface PomEntry extends Coordinates {
  scope?: string;
  type?: string;
  line?: number;
  /** Plugins: the plugin configuration merged with its executions' configurations. */
  configuration?: Record<string, unknown>;
}

/**
 * One pom.xml as written: coordinates, parent, properties (with their lines), dependencies, managed
 * dependencies, build plugins and modules. Versions are resolved later, with the parents in the repository.
 *
 * @internal
 */
export interface PomModel {
  file: string;
  coordinates: Coordinates;
  packaging: string;
  parent?: Coordinates & { relativePath?: string };
  /** Line of the `<parent>` element. */
  parentLine?: number;
  properties: Record<string, string>;
  propertyLines: Record<string, number>;
  dependencies: PomEntry[];
  managed: PomEntry[];
  plugins: PomEntry[];
  modules: string[];
  error?: string;
}

const arrayPaths = new Set([
  'project.dependencies.dependency',
  'project.dependencyManagement.dependencies.dependency',
  'project.build.plugins.plugin',
  'project.build.plugins.plugin.executions.execution',
  'project.build.pluginManagement.plugins.plugin',
  'project.modules.module',
]);

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Deep-merges XML configuration objects; later values win, nested objects merge. */
function mergeConfiguration(
  base: Record<string, unknown>,
  extra: Record<string, unknown>,
  depth = 0,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (unsafeKeys.has(key)) continue;
    const left = asRecord(result[key]);
    const right = asRecord(value);
    result[key] =
      left && right && depth < 50
        ? mergeConfiguration(left, right, depth + 1)
        : value;
  }
  return result;
}

/** A `[start, end)` character range of a section such as `<dependencyManagement>…</…>`. */
function sectionRange(
  source: string,
  tag: string,
): [number, number] | undefined {
  const start = source.indexOf(`<${tag}>`);
  if (start < 0) return undefined;
  const end = source.indexOf(`</${tag}>`, start);
  return [start, end < 0 ? source.length : end];
}

/** The line of `<artifactId>name</artifactId>` inside or outside the given ranges. */
function artifactLine(
  lines: LineIndex,
  artifactId: string | undefined,
  within: [number, number] | undefined,
  outside: Array<[number, number] | undefined>,
  used: Set<number>,
): number | undefined {
  if (!artifactId) return undefined;
  const needle = `>${artifactId}</artifactId>`;
  let offset = lines.offsetOf(needle, within?.[0] ?? 0);
  while (offset >= 0) {
    const inside = !within || (offset >= within[0] && offset < within[1]);
    const at = offset;
    const excluded = outside.some(r => r && at >= r[0] && at < r[1]);
    if (within && offset >= within[1]) return undefined;
    if (inside && !excluded && !used.has(offset)) {
      used.add(offset);
      return lines.lineAt(offset);
    }
    offset = lines.offsetOf(needle, offset + 1);
  }
  return undefined;
}

/** Reads a child element's text. */
function text(
  record: Record<string, unknown> | undefined,
  key: string,
): string | undefined {
  const value = record?.[key];
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return undefined;
}

/** Coordinates of a `<dependency>`, `<plugin>` or `<parent>` element. */
function coordinates(record: Record<string, unknown> | undefined): Coordinates {
  return {
    groupId: text(record, 'groupId'),
    artifactId: text(record, 'artifactId'),
    version: text(record, 'version'),
  };
}

/**
 * Parses one pom.xml into a model. Never throws: a malformed file gives a model with `error` set.
 *
 * @internal
 */
export function parsePom(source: string, file: string): PomModel {
  const empty: PomModel = {
    file,
    coordinates: {},
    packaging: 'jar',
    properties: {},
    propertyLines: {},
    dependencies: [],
    managed: [],
    plugins: [],
    modules: [],
  };
  try {
    const valid = XMLValidator.validate(source);
    if (valid !== true) {
      return { ...empty, error: `line ${valid.err.line}: ${valid.err.msg}` };
    }
    const parser = new XMLParser({
      ignoreAttributes: true,
      parseTagValue: false,
      trimValues: true,
      ignoreDeclaration: true,
      ignorePiTags: true,
      isArray: (_tag, jPath) =>
        typeof jPath === 'string' && arrayPaths.has(jPath),
    });
    const project = asRecord(asRecord(parser.parse(source))?.project);
    if (!project) return { ...empty, error: 'no <project> element' };
    const lines = new LineIndex(source);
    const model: PomModel = { ...empty };
    model.coordinates = coordinates(project);
    model.packaging = text(project, 'packaging') ?? 'jar';
    const parent = asRecord(project.parent);
    if (parent) {
      model.parent = {
        ...coordinates(parent),
        relativePath:
          typeof parent.relativePath === 'string'
            ? parent.relativePath
            : undefined,
      };
      model.parentLine = lines.find('<parent>');
    }
    for (const [key, value] of entriesOf(project.properties)) {
      if (typeof value !== 'string' || unsafeKeys.has(key)) continue;
      model.properties[key] = value;
      const line = lines.find(`<${key}>`, lines.offsetOf('<properties>'));
      if (line) model.propertyLines[key] = line;
    }
    const managedRange = sectionRange(source, 'dependencyManagement');
    const buildRange = sectionRange(source, 'build');
    const profilesRange = sectionRange(source, 'profiles');
    const used = new Set<number>();
    const entry = (
      value: unknown,
      within?: [number, number],
      outside: Array<[number, number] | undefined> = [],
    ): PomEntry => {
      const record = asRecord(value);
      const result: PomEntry = {
        ...coordinates(record),
        scope: text(record, 'scope'),
        type: text(record, 'type'),
      };
      result.line = artifactLine(
        lines,
        result.artifactId,
        within,
        outside,
        used,
      );
      return result;
    };
    const build = asRecord(project.build);
    const pluginManagementRange = sectionRange(source, 'pluginManagement');
    for (const value of asArray(asRecord(build?.plugins)?.plugin)) {
      const plugin = entry(value, buildRange, [pluginManagementRange]);
      const record = asRecord(value);
      let configuration = asRecord(record?.configuration) ?? {};
      for (const execution of asArray(
        asRecord(record?.executions)?.execution,
      )) {
        const executionConfig = asRecord(asRecord(execution)?.configuration);
        if (executionConfig)
          configuration = mergeConfiguration(configuration, executionConfig);
      }
      plugin.configuration = configuration;
      model.plugins.push(plugin);
    }
    for (const value of asArray(
      asRecord(asRecord(project.dependencyManagement)?.dependencies)
        ?.dependency,
    )) {
      model.managed.push(entry(value, managedRange));
    }
    for (const value of asArray(asRecord(project.dependencies)?.dependency)) {
      model.dependencies.push(
        entry(value, undefined, [managedRange, buildRange, profilesRange]),
      );
    }
    model.modules = asArray(asRecord(project.modules)?.module).filter(
      (m): m is string => typeof m === 'string',
    );
    return model;
  } catch (error) {
    return { ...empty, error: errorMessage(error) };
  }
}

/** Replaces `${name}` references from the properties, a few levels deep; unknown references stay. */
function resolveValue(
  value: string | undefined,
  properties: Record<string, string>,
): string | undefined {
  if (value === undefined) return undefined;
  let current = value;
  for (let depth = 0; depth < 10 && current.includes('${'); depth++) {
    const next = current.replace(/\$\{([^}]+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(properties, name)
        ? properties[name]
        : whole,
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Applies `resolveValue` to every string of a configuration object. */
function resolveConfiguration(
  value: unknown,
  properties: Record<string, string>,
  depth = 0,
): unknown {
  if (typeof value === 'string') return resolveValue(value, properties);
  if (depth > 50) return value;
  if (Array.isArray(value))
    return value.map(v => resolveConfiguration(v, properties, depth + 1));
  const record = asRecord(value);
  if (!record) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(record)) {
    if (!unsafeKeys.has(key))
      result[key] = resolveConfiguration(child, properties, depth + 1);
  }
  return result;
}

function mavenScope(scope: string | undefined): Dependency['scope'] {
  if (scope === 'test') return 'dev';
  if (scope === 'import') return 'bom';
  return 'runtime';
}

const toolchainProperties = [
  'maven.compiler.release',
  'maven.compiler.target',
  'java.version',
  'maven.compiler.source',
];

/**
 * The module facts of one pom, with properties, managed versions, dependencies and plugins inherited from
 * its parents in the repository (`ancestors`, nearest first). Inherited entries keep their own file/line.
 *
 * @internal
 */
export function resolvePomModule(
  pom: PomModel,
  ancestors: readonly PomModel[],
): ParsedManifest {
  if (pom.error) return { dependencies: [], settings: {}, error: pom.error };
  const chain = [...ancestors].reverse().concat(pom); // farthest parent first
  const properties: Record<string, string> = {};
  const propertyOrigin: Record<string, { file: string; line?: number }> = {};
  for (const model of chain) {
    const own: Record<string, string | undefined> = {
      'project.groupId': model.coordinates.groupId ?? model.parent?.groupId,
      'project.artifactId': model.coordinates.artifactId,
      'project.version': model.coordinates.version ?? model.parent?.version,
      'project.parent.version': model.parent?.version,
      'project.parent.groupId': model.parent?.groupId,
    };
    for (const [key, value] of Object.entries(own))
      if (value) properties[key] = value;
    for (const [key, value] of Object.entries(model.properties)) {
      properties[key] = value;
      propertyOrigin[key] = {
        file: model.file,
        line: model.propertyLines[key],
      };
    }
  }
  properties.version = properties['project.version'] ?? '';
  properties['pom.version'] = properties.version;
  const managedVersions = new Map<string, string>();
  const dependencies: Dependency[] = [];
  const settings: Record<string, unknown> = {};
  const plugins: Record<string, unknown> = {};
  const add = (dependency: Dependency) => {
    const key = `${dependency.scope}|${dependency.name}`;
    // A child's own declaration overrides the inherited one.
    const existing = dependencies.findIndex(
      d => `${d.scope}|${d.name}` === key,
    );
    if (existing >= 0) dependencies.splice(existing, 1);
    dependencies.push(dependency);
  };
  for (const model of chain) {
    for (const managed of model.managed) {
      const name = `${resolveValue(managed.groupId, properties)}:${resolveValue(
        managed.artifactId,
        properties,
      )}`;
      const version = resolveValue(managed.version, properties);
      if (version) managedVersions.set(name, version);
      if (managed.scope === 'import') {
        add({
          name,
          ...(version ? { version } : {}),
          scope: 'bom',
          file: model.file,
          ...(managed.line ? { line: managed.line } : {}),
        });
        if (
          name === 'org.springframework.boot:spring-boot-dependencies' &&
          version
        )
          settings.springBootVersion = version;
      }
    }
    const parent = model.parent;
    if (
      parent?.groupId === 'org.springframework.boot' &&
      parent.artifactId === 'spring-boot-starter-parent'
    ) {
      const line = model.parentLine;
      add({
        name: 'org.springframework.boot:spring-boot-starter-parent',
        ...(parent.version ? { version: parent.version } : {}),
        scope: 'bom',
        file: model.file,
        ...(line ? { line } : {}),
      });
      if (parent.version) settings.springBootVersion = parent.version;
    }
  }
  for (const model of chain) {
    for (const declared of model.dependencies) {
      const name = `${resolveValue(
        declared.groupId,
        properties,
      )}:${resolveValue(declared.artifactId, properties)}`;
      const version =
        resolveValue(declared.version, properties) ?? managedVersions.get(name);
      add({
        name,
        ...(version ? { version } : {}),
        scope: mavenScope(declared.scope),
        file: model.file,
        ...(declared.line ? { line: declared.line } : {}),
      });
    }
    for (const plugin of model.plugins) {
      const artifactId = resolveValue(plugin.artifactId, properties) ?? '';
      const name = `${
        resolveValue(plugin.groupId, properties) ?? 'org.apache.maven.plugins'
      }:${artifactId}`;
      const version = resolveValue(plugin.version, properties);
      add({
        name,
        ...(version ? { version } : {}),
        scope: 'build',
        file: model.file,
        ...(plugin.line ? { line: plugin.line } : {}),
      });
      // Plugins of plugins (SpotBugs' FindSecBugs) are declared inside the configuration.
      for (const nested of asArray(
        asRecord(plugin.configuration?.plugins)?.plugin,
      )) {
        const inner = coordinates(asRecord(nested));
        if (!inner.groupId || !inner.artifactId) continue;
        const innerVersion = resolveValue(inner.version, properties);
        add({
          name: `${resolveValue(inner.groupId, properties)}:${resolveValue(
            inner.artifactId,
            properties,
          )}`,
          ...(innerVersion ? { version: innerVersion } : {}),
          scope: 'build',
          file: model.file,
          ...(plugin.line ? { line: plugin.line } : {}),
        });
      }
      if (artifactId && !unsafeKeys.has(artifactId)) {
        const inherited = asRecord(plugins[artifactId]) ?? {};
        plugins[artifactId] = mergeConfiguration(
          inherited,
          asRecord(
            resolveConfiguration(plugin.configuration ?? {}, properties),
          ) ?? {},
        );
      }
    }
  }
  settings.plugins = plugins;
  settings.properties = { ...properties };
  settings.packaging = pom.packaging;
  settings.modules = pom.modules;
  settings.aggregator = pom.packaging === 'pom';
  if (pom.parent)
    settings.parent = {
      groupId: pom.parent.groupId,
      artifactId: pom.parent.artifactId,
      version: pom.parent.version,
    };
  settings.dependencyManagement = Object.fromEntries(managedVersions);
  const result: ParsedManifest = {
    name: resolveValue(pom.coordinates.artifactId, properties),
    dependencies,
    settings,
  };
  const compilerRelease = asString(
    asRecord(plugins['maven-compiler-plugin'])?.release,
  );
  for (const property of toolchainProperties) {
    const value = properties[property];
    if (!value || value.includes('${')) continue;
    if (
      property === 'java.version' ||
      property === 'maven.compiler.source' ||
      property === 'maven.compiler.target'
    ) {
      if (compilerRelease && !compilerRelease.includes('${')) break;
    }
    const origin = propertyOrigin[property] ?? { file: pom.file };
    result.toolchain = {
      value,
      file: origin.file,
      ...(origin.line ? { line: origin.line } : {}),
    };
    settings.toolchainSource = property;
    break;
  }
  if (!result.toolchain && compilerRelease && !compilerRelease.includes('${')) {
    const compiler = dependencies.find(d =>
      d.name.endsWith(':maven-compiler-plugin'),
    );
    result.toolchain = {
      value: compilerRelease,
      file: compiler?.file ?? pom.file,
      ...(compiler?.line ? { line: compiler.line } : {}),
    };
    settings.toolchainSource = 'maven-compiler-plugin.release';
  }
  result.serverFrameworks = javaServerFrameworks(
    dependencies,
    pom.packaging === 'war',
  );
  return result;
}

const javaServerPatterns: RegExp[] = [
  /^org\.springframework\.boot:spring-boot-starter-web(flux)?$/,
  /^io\.quarkus:quarkus-(rest|resteasy)(-.*)?$/,
  /^io\.micronaut:micronaut-http-server(-.*)?$/,
  /^io\.javalin:javalin$/,
  /^io\.dropwizard:dropwizard-core$/,
  /^io\.vertx:vertx-web$/,
  /^io\.helidon\.webserver:.*$/,
  /^org\.springframework\.cloud:spring-cloud-(starter-)?gateway(-.*)?$/,
  /^org\.springframework\.cloud:spring-cloud-config-server$/,
  /^org\.springframework\.cloud:spring-cloud-starter-config-server$/,
  /^org\.springframework\.cloud:spring-cloud-starter-netflix-eureka-server$/,
  /^org\.springframework\.cloud:spring-cloud-netflix-eureka-server$/,
  /^de\.codecentric:spring-boot-admin-(starter-)?server$/,
];
const servletApis =
  /^(jakarta\.servlet:jakarta\.servlet-api|javax\.servlet:javax\.servlet-api)$/;

/**
 * Server frameworks (infrastructure servers included) among a JVM module's runtime dependencies; the
 * servlet API counts only for war packaging.
 *
 * @internal
 */
export function javaServerFrameworks(
  dependencies: readonly Dependency[],
  war: boolean,
): string[] {
  const found = new Set<string>();
  for (const dependency of dependencies) {
    if (dependency.scope !== 'runtime') continue;
    if (javaServerPatterns.some(p => p.test(dependency.name)))
      found.add(dependency.name);
    if (war && servletApis.test(dependency.name)) found.add(dependency.name);
  }
  return [...found].sort();
}
