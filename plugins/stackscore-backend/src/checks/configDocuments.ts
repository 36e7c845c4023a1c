import type {
  EntityFacts,
  Evidence,
} from '@stackscore/plugin-stackscore-common';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { perFactsAnd } from './memo';
import { assertYamlNesting } from '../collectors/yamlNesting';

/**
 * A configuration file parsed as TOML (by extension) or YAML (which also reads JSON), or why it could not be.
 *
 * @internal
 */
export type ParsedDocument = { value: unknown } | { error: string };

/**
 * Parses a file of `facts.configFiles` once per entity, however many checks read it.
 *
 * @internal
 */
export const parseConfigDocument = perFactsAnd(
  (facts, file: string): ParsedDocument => {
    const text = facts.configFiles[file];
    if (text === undefined) return { error: `${file} was not collected` };
    try {
      return {
        value: file.endsWith('.toml')
          ? parseToml(text)
          : (assertYamlNesting(text, file), parseYaml(text)),
      };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  },
);

/**
 * Evidence that a configuration file a check would count by its presence cannot be parsed, or undefined
 * when it can: a file the tool itself would reject configures nothing.
 *
 * @internal
 */
export function unparseableConfig(
  facts: EntityFacts,
  file: string,
): Evidence | undefined {
  const parsed = parseConfigDocument(facts, file);
  return 'error' in parsed
    ? { message: `Could not read ${file}: ${parsed.error}`, file }
    : undefined;
}
