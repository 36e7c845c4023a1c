import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import type {
  CheckDefinition,
  CheckOutcome,
  EntityFacts,
} from '@stackscore/plugin-stackscore-common';
import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from '../../collectors/types';
import { readOrRecord } from '../../collectors/types';
import type { RunnableCheck } from '../evaluate';
import { errored, fail, pass } from '../outcomes';
import type { CustomCheckConfig, CustomRule } from './config';

/** Splits `a.b[0].c` into `['a', 'b', 0, 'c']`. */
function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const part of path.split('.')) {
    const bracket = part.indexOf('[');
    const head = bracket < 0 ? part : part.slice(0, bracket);
    if (head) segments.push(head);
    const indexes = bracket < 0 ? '' : part.slice(bracket);
    for (const index of indexes.split('[').slice(1)) {
      segments.push(Number(index.replace(']', '')));
    }
  }
  return segments;
}

function valueAt(document: unknown, path: string): unknown {
  let current: unknown = document;
  for (const segment of pathSegments(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function testValue(
  value: unknown,
  test: { equals?: string | number | boolean; matches?: string },
  what: string,
  file?: string,
): CheckOutcome {
  if (value === undefined || value === null) {
    return fail({ message: `${what} is not set`, file });
  }
  const shown =
    typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (
    test.equals !== undefined &&
    value !== test.equals &&
    shown !== String(test.equals)
  ) {
    return fail({
      message: `${what} is '${shown}', expected '${test.equals}'`,
      file,
    });
  }
  if (test.matches !== undefined && !new RegExp(test.matches).test(shown)) {
    return fail({
      message: `${what} is '${shown}', which does not match /${test.matches}/`,
      file,
    });
  }
  return pass({ message: `${what} is '${shown}'`, file });
}

/**
 * Evaluates a configured rule over facts. Pure, like every check.
 *
 * @internal
 */
export function evaluateCustomRule(
  rule: CustomRule,
  facts: EntityFacts,
): CheckOutcome {
  if ('fileExists' in rule) {
    return facts.files.includes(rule.fileExists)
      ? pass({ message: `${rule.fileExists} exists`, file: rule.fileExists })
      : fail({ message: `${rule.fileExists} is missing` });
  }
  if ('glob' in rule) {
    const isMatch = picomatch(rule.glob, { dot: true });
    const found = facts.files.filter(f => isMatch(f));
    return found.length > 0
      ? pass(
          ...found
            .slice(0, 5)
            .map(file => ({ message: `${file} matches ${rule.glob}`, file })),
        )
      : fail({ message: `No file matches ${rule.glob}` });
  }
  if ('dependency' in rule) {
    const { ecosystem, name } = rule.dependency;
    for (const module of facts.modules.filter(m => m.ecosystem === ecosystem)) {
      const dependency = module.dependencies.find(
        d => d.name === name && !d.indirect,
      );
      if (dependency) {
        return pass({
          message: `${name}${
            dependency.version ? ` ${dependency.version}` : ''
          } is declared`,
          file: dependency.file,
          line: dependency.line,
        });
      }
    }
    return fail({ message: `No ${ecosystem} module declares ${name}` });
  }
  if ('annotation' in rule) {
    const { key, ...test } = rule.annotation;
    const value = facts.catalog.annotations[key];
    if (test.equals === undefined && test.matches === undefined) {
      return value !== undefined
        ? pass({ message: `Annotation ${key} is set` })
        : fail({ message: `Annotation ${key} is not set` });
    }
    return testValue(value, test, `Annotation ${key}`);
  }
  const { file, path, ...test } = rule.document;
  const text = facts.configFiles[file];
  if (text === undefined) {
    const unreadable = facts.errors.find(e => e.file === file);
    return unreadable
      ? errored({
          message: `Could not read ${file}: ${unreadable.message}`,
          file,
        })
      : fail({ message: `${file} is missing` });
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    return errored({
      message: `Could not parse ${file}: ${
        error instanceof Error ? error.message : String(error)
      }`,
      file,
    });
  }
  if (test.equals === undefined && test.matches === undefined) {
    return valueAt(document, path) !== undefined
      ? pass({ message: `${path} is set in ${file}`, file })
      : fail({ message: `${path} is not set in ${file}`, file });
  }
  return testValue(valueAt(document, path), test, `${path} in ${file}`, file);
}

/**
 * Turns configured checks into runnable catalogue entries.
 *
 * @internal
 */
export function createCustomChecks(
  configs: readonly CustomCheckConfig[],
): RunnableCheck[] {
  return configs.map(config => {
    const definition: CheckDefinition = {
      id: config.id,
      scorecard: config.scorecard,
      title: config.title,
      description: config.description ?? config.title,
      level: config.level,
      severity: config.severity,
      applicability: {
        ecosystems: config.ecosystems ?? 'any',
        kinds: ['component'],
        types: config.types,
      },
      runtime: false,
      remediation: { summary: config.remediation },
      references: [],
    };
    return {
      definition,
      implementation: {
        id: config.id,
        needsSource: !('annotation' in config.rule),
        evaluate: facts => evaluateCustomRule(config.rule, facts),
      },
    };
  });
}

/**
 * Reads the documents that configured `document` rules inspect into `facts.configFiles`.
 *
 * @internal
 */
export class CustomDocumentsCollector implements RepositoryCollector {
  readonly id = 'custom-documents';
  private readonly files: ReadonlySet<string>;

  constructor(configs: readonly CustomCheckConfig[]) {
    this.files = new Set(
      configs.flatMap(c =>
        'document' in c.rule ? [c.rule.document.file] : [],
      ),
    );
  }

  wants(path: string): boolean {
    return this.files.has(path);
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    for (const file of this.files) {
      if (
        !context.files.includes(file) ||
        facts.configFiles[file] !== undefined
      )
        continue;
      const text = await readOrRecord(context, facts, this.id, file);
      if (text !== undefined) facts.configFiles[file] = text;
    }
  }
}
