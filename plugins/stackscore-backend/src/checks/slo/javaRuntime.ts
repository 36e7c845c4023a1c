import type {
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import {
  declaredDependencies,
  versionParts,
} from '../observability/moduleEvidence';
import { appSetting, applicationSettings } from '../observability/springConfig';

/*
 * Java runtime facts the version-gated rules need: Java and Spring Boot versions, virtual threads.
 */

/** The module and the parent modules of the same ecosystem, nearest first. */
function lineage(facts: EntityFacts, module: ModuleFacts): ModuleFacts[] {
  return facts.modules
    .filter(
      m =>
        m === module ||
        (m.ecosystem === module.ecosystem &&
          m.dir !== module.dir &&
          (m.dir === '' || module.dir.startsWith(`${m.dir}/`))),
    )
    .sort((a, b) => b.dir.length - a.dir.length);
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * The Spring Boot version of a module, from the collector's setting, a `spring-boot-starter-parent`
 * parent or the `spring-boot-dependencies` BOM; undefined when the module is not a Boot application.
 *
 * @internal
 */
export function springBootVersion(
  facts: EntityFacts,
  module: ModuleFacts,
): { version: string; file: string } | undefined {
  for (const m of lineage(facts, module)) {
    const file = m.manifests[0];
    const setting = asString(m.settings.springBootVersion);
    if (setting) return { version: setting, file };
    const parent = asRecord(m.settings.parent);
    const parentVersion = asString(parent.version);
    if (parent.artifactId === 'spring-boot-starter-parent' && parentVersion) {
      return { version: parentVersion, file };
    }
  }
  const bom = declaredDependencies(facts, module, [
    'bom',
    'runtime',
    'build',
  ]).find(
    d =>
      (d.name === 'org.springframework.boot:spring-boot-dependencies' ||
        d.name === 'org.springframework.boot:spring-boot-starter-parent') &&
      d.version,
  );
  return bom?.version ? { version: bom.version, file: bom.file } : undefined;
}

/**
 * The Java feature release a module targets (`1.8` → 8, `21` → 21); undefined when not declared.
 *
 * @internal
 */
export function javaMajorVersion(
  facts: EntityFacts,
  module: ModuleFacts,
): number | undefined {
  for (const m of lineage(facts, module)) {
    const properties = asRecord(m.settings.properties);
    const candidates = [
      m.toolchain?.value,
      asString(properties['maven.compiler.release']),
      asString(properties['java.version']),
      asString(properties['maven.compiler.target']),
    ];
    for (const candidate of candidates) {
      const parts = versionParts(candidate);
      if (!parts) continue;
      return parts[0] === 1 && parts.length > 1 ? parts[1] : parts[0];
    }
  }
  return undefined;
}

/**
 * Where `spring.threads.virtual.enabled=true` is set, or undefined when virtual threads are off.
 *
 * @internal
 */
export function virtualThreadsSetting(
  facts: EntityFacts,
  module: ModuleFacts,
): { file: string; line?: number } | undefined {
  const setting = appSetting(
    applicationSettings(facts, module),
    'spring.threads.virtual.enabled',
  );
  return setting?.value.toLowerCase() === 'true'
    ? { file: setting.file, line: setting.line }
    : undefined;
}

/**
 * Resolves a Maven `${property}` version against the module's properties.
 *
 * @internal
 */
export function resolveVersion(
  facts: EntityFacts,
  module: ModuleFacts,
  version: string | undefined,
): string | undefined {
  const reference = version?.match(/^\$\{(.+)\}$/);
  if (!reference) return version;
  for (const m of lineage(facts, module)) {
    const value = asString(asRecord(m.settings.properties)[reference[1]]);
    if (value) return value;
  }
  return undefined;
}
