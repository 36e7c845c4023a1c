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
