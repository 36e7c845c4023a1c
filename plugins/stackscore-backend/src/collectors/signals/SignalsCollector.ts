import type { SignalMatch } from '@stackscore/plugin-stackscore-common';
import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from '../types';
import { readOrRecord } from '../types';
import { signalLanguageOf } from './languages';
import type { SignalDefinition, SignalLanguage } from './types';

const maxLineLength = 4000;
const maxMatchesPerSignalPerFile = 20;
const maxTextLength = 200;

/**
 * Runs every signal definition over the source files of its languages and records the matching lines.
 * Binary files (a NUL byte) and overlong lines are skipped; matches are capped per signal and file.
 *
 * @internal
 */
export class SignalsCollector implements RepositoryCollector {
  readonly id = 'signals';
  private readonly byLanguage = new Map<SignalLanguage, SignalDefinition[]>();

  constructor(definitions: readonly SignalDefinition[]) {
    const seen = new Set<string>();
    for (const definition of definitions) {
      if (seen.has(definition.id)) {
        throw new Error(`Duplicate signal definition '${definition.id}'`);
      }
      seen.add(definition.id);
      // A global or sticky regex keeps state between test() calls and would skip matches.
      if (definition.pattern.global || definition.pattern.sticky) {
        throw new Error(
          `Signal '${definition.id}' must not use the g or y flag`,
        );
      }
      for (const language of definition.languages) {
        const list = this.byLanguage.get(language) ?? [];
        list.push(definition);
        this.byLanguage.set(language, list);
      }
    }
  }

  wants(path: string): boolean {
    const language = signalLanguageOf(path);
    return language !== undefined && this.byLanguage.has(language);
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    for (const file of context.files) {
      if (!this.wants(file)) continue;
      const definitions = this.byLanguage.get(signalLanguageOf(file)!)!;
      const text = await readOrRecord(context, facts, this.id, file);
      if (text === undefined || text.includes('\u0000')) continue;
      facts.signals.push(...scanText(file, text, definitions));
    }
  }
}

/**
 * Matches signal definitions line by line in one file's text.
 *
 * @internal
 */
export function scanText(
  file: string,
  text: string,
  definitions: readonly SignalDefinition[],
): SignalMatch[] {
  const matches: SignalMatch[] = [];
  const counts = new Map<string, number>();
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.length > maxLineLength) continue;
    for (const definition of definitions) {
      if (!definition.pattern.test(line)) continue;
      if (definition.unless?.test(line)) continue;
      const count = counts.get(definition.id) ?? 0;
      if (count >= maxMatchesPerSignalPerFile) continue;
      counts.set(definition.id, count + 1);
      matches.push({
        signal: definition.id,
        file,
        line: index + 1,
        text: line.trim().slice(0, maxTextLength),
      });
    }
  }
  return matches;
}
