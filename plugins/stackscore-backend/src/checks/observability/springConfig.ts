import type {
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { LineCounter, isMap, isScalar, parseAllDocuments } from 'yaml';
import type { Node } from 'yaml';
import { isTestOrToolingPath } from '../../collectors/paths';
import { inModule } from './moduleEvidence';
import { perFactsAnd } from '../memo';
import { assertYamlNesting } from '../../collectors/yamlNesting';

/**
 * One application setting as written in a Spring Boot / Quarkus / Micronaut configuration file.
 *
 * @internal
 */
export interface AppSetting {
  key: string;
  value: string;
  file: string;
  line?: number;
}

/** Profiles that never run in production; their settings are not evidence. */
const nonProductionProfiles = new Set(['dev', 'local', 'test', 'tests', 'ci']);

function isApplicationConfig(path: string): boolean {
  const base = path.split('/').pop() ?? '';
  const match =
    /^(application|bootstrap)(-([\w-]+))?\.(properties|ya?ml)$/.exec(base);
  if (!match) return false;
  const profile = match[3]?.toLowerCase();
  return !profile || !nonProductionProfiles.has(profile);
}

/** Relaxed binding: `threads.virtual.enabled`, `threads.virtual.Enabled` and `thread-pool` compare equal. */
function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

function propertiesSettings(file: string, text: string): AppSetting[] {
  const settings: AppSetting[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) return;
    const separator = [line.indexOf('='), line.indexOf(':')]
      .filter(i => i > 0)
      .sort((a, b) => a - b)[0];
    if (separator === undefined) return;
    settings.push({
      key: line.slice(0, separator).trim(),
      value: line.slice(separator + 1).trim(),
      file,
      line: index + 1,
    });
  });
  return settings;
}

function yamlSettings(file: string, text: string): AppSetting[] {
  const settings: AppSetting[] = [];
  const lines = new LineCounter();
  const walk = (node: Node | null | undefined, prefix: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        walk(pair.value as Node, prefix ? `${prefix}.${key}` : key);
      }
    } else if (isScalar(node) && prefix) {
      settings.push({
        key: prefix,
        value: String(node.value),
        file,
        line: node.range ? lines.linePos(node.range[0]).line : undefined,
      });
    }
  };
  try {
    assertYamlNesting(text, file);
  } catch {
    return settings;
  }
  for (const document of parseAllDocuments(text, { lineCounter: lines })) {
    if (document.errors.length > 0) continue;
    walk(document.contents as Node, '');
  }
  return settings;
}

/**
 * Settings from a module's application configuration files (`application*.yml|properties`, production
 * profiles only, never test resources), keyed by their relaxed-binding form.
 *
 * @internal
 */
function computeApplicationSettings(
  facts: EntityFacts,
  module: ModuleFacts,
): Map<string, AppSetting> {
  const settings = new Map<string, AppSetting>();
  for (const [file, text] of Object.entries(facts.configFiles)) {
    if (!isApplicationConfig(file) || isTestOrToolingPath(file)) continue;
    if (!inModule(facts, module, file)) continue;
    const parsed = file.endsWith('.properties')
      ? propertiesSettings(file, text)
      : yamlSettings(file, text);
    for (const setting of parsed) {
      const key = normaliseKey(setting.key);
      if (!settings.has(key)) settings.set(key, setting);
    }
  }
  return settings;
}

/**
 * A setting by its dotted key (any spelling relaxed binding accepts).
 *
 * @internal
 */
export function appSetting(
  settings: Map<string, AppSetting>,
  key: string,
): AppSetting | undefined {
  return settings.get(normaliseKey(key));
}

/**
 * Settings whose keys start with a dotted prefix.
 *
 * @internal
 */
export function appSettingsUnder(
  settings: Map<string, AppSetting>,
  prefix: string,
): AppSetting[] {
  const wanted = `${normaliseKey(prefix)}.`;
  return [...settings.entries()]
    .filter(([key]) => key.startsWith(wanted))
    .map(([, setting]) => setting);
}

const cachedApplicationSettings = perFactsAnd(computeApplicationSettings);

/**
 * Settings from a module's application configuration files, parsed once per entity and module.
 *
 * @internal
 */
export function applicationSettings(
  facts: EntityFacts,
  module: ModuleFacts,
): Map<string, AppSetting> {
  return cachedApplicationSettings(facts, module);
}
