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

const wholeTextPatterns = new WeakMap<SignalDefinition, RegExp>();

/**
 * The definition's pattern in multiline mode, for one pass over a whole file. Anything it matches on one line
 * it also matches in the whole text (`^` and `$` match at line ends), so a file where it finds nothing cannot
 * match line by line either; it may find a match spanning lines, which the line-by-line pass then rejects.
 */
function wholeTextPattern(definition: SignalDefinition): RegExp {
  let pattern = wholeTextPatterns.get(definition);
  if (!pattern) {
    const flags = definition.pattern.flags.includes('m')
      ? definition.pattern.flags
      : `${definition.pattern.flags}m`;
    pattern = new RegExp(definition.pattern.source, flags);
    wholeTextPatterns.set(definition, pattern);
  }
  return pattern;
}

/**
 * Matches signal definitions line by line in one file's text. Definitions that match nowhere in the file are
 * dropped first with one pass over the whole text, since most files carry few signals and testing every
 * definition on every line dominated collection.
 *
 * @internal
 */
export function scanText(
  file: string,
  text: string,
  definitions: readonly SignalDefinition[],
): SignalMatch[] {
  const matches: SignalMatch[] = [];
  const lines = text.split('\n');
  // Overlong lines (minified bundles, generated data) are never scanned, not even by the whole-text pass.
  const scanned = lines.some(line => line.length > maxLineLength)
    ? lines.filter(line => line.length <= maxLineLength).join('\n')
    : text;
  const present = definitions.filter(d => wholeTextPattern(d).test(scanned));
  if (present.length === 0) return matches;
  const counts = new Map<string, number>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.length > maxLineLength) continue;
    for (const definition of present) {
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
