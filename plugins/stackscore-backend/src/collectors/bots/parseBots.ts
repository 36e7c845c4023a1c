import type { UpdateBotFacts } from '@stackscore/plugin-stackscore-common';
import { parse as parseYamlValue } from 'yaml';
import { asText, isRecord, readYaml } from '../ci/yaml';
import { assertYamlNesting } from '../yamlNesting';

type Dependabot = NonNullable<UpdateBotFacts['dependabot']>;

/**
 * Result of reading a bot configuration: what could be read, and the problem when something could not.
 *
 * @internal
 */
export interface BotParse<T> {
  value: T;
  error?: string;
}

/**
 * Reads `.github/dependabot.yml` into its update entries; `directories:` gives one entry per directory.
 * Never throws.
 *
 * @internal
 */
export function parseDependabot(
  file: string,
  text: string,
): BotParse<Dependabot> {
  const value: Dependabot = { file, updates: [] };
  const doc = readYaml(text);
  if (doc.error) return { value, error: doc.error };
  if (!isRecord(doc.value) || !Array.isArray(doc.value.updates)) {
    return { value, error: 'no updates list' };
  }
  doc.value.updates.forEach((update, index) => {
    if (!isRecord(update)) return;
    const ecosystem = asText(update['package-ecosystem']);
    if (!ecosystem) return;
    const line = doc.lineAt(['updates', index]);
    const directories = Array.isArray(update.directories)
      ? update.directories.map(asText).filter((d): d is string => Boolean(d))
      : [asText(update.directory)];
    for (const directory of directories) {
      value.updates.push({ ecosystem, directory, line });
    }
  });
  return { value };
}

/**
 * Removes `//` and `/* *\/` comments outside strings, so JSON5 can be read by a JSON or YAML parser.
 *
 * @internal
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      out += char;
      if (char === '\\' && i + 1 < text.length) out += text[++i];
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      out += char;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const skipped = text.slice(i, end < 0 ? text.length : end + 2);
      // Keep line breaks so a later error points at the right line.
      out += skipped.replace(/[^\n]/g, '');
      i = end < 0 ? text.length : end + 1;
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * Reads a Renovate config (JSON or JSON5): comments are stripped, then strict JSON is tried and YAML's flow
 * syntax (unquoted keys, single quotes, trailing commas) is the fallback. Never throws.
 *
 * @internal
 */
export function parseRenovateConfig(
  text: string,
): BotParse<Record<string, unknown>> {
  const stripped = stripJsonComments(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripped);
  } catch (jsonError) {
    try {
      assertYamlNesting(stripped, 'renovate configuration');
      parsed = parseYamlValue(stripped, { maxAliasCount: 100 });
    } catch {
      const message =
        jsonError instanceof Error ? jsonError.message : String(jsonError);
      return { value: {}, error: `not valid JSON5: ${message}` };
    }
  }
  if (!isRecord(parsed)) {
    return { value: {}, error: 'Renovate config is not an object' };
  }
  return { value: parsed };
}

/**
 * The `renovate` key of a package.json, when it holds a config object. Never throws.
 *
 * @internal
 */
export function renovateFromPackageJson(
  text: string,
): Record<string, unknown> | undefined {
  try {
    const manifest: unknown = JSON.parse(text);
    if (isRecord(manifest) && isRecord(manifest.renovate)) {
      return manifest.renovate;
    }
  } catch {
    // An unreadable package.json is reported by the manifest collector.
  }
  return undefined;
}
