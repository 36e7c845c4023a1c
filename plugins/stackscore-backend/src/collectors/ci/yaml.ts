import { Document, LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import { assertYamlNesting } from '../yamlNesting';

/*
 * YAML reading shared by the CI, update-bot and SLO collectors: plain values for the logic, plus the parsed
 * document so facts can point at a line.
 */

/** Aliases expand at most this many times, so an alias bomb cannot exhaust memory. */
const maxAliasCount = 100;

/**
 * One parsed YAML document with its plain value and a way to find lines.
 *
 * @internal
 */
export interface YamlDocument {
  value: unknown;
  /** The first parse error, when the text is not valid YAML. */
  error?: string;
  /** The 1-based line of the node at a path of keys and indexes, when it exists. */
  lineAt(path: readonly (string | number)[]): number | undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

function toYamlDocument(
  doc: Document.Parsed,
  lineCounter: LineCounter,
): YamlDocument {
  let value: unknown;
  let error = doc.errors[0] ? firstLine(doc.errors[0].message) : undefined;
  if (!error) {
    try {
      value = doc.toJS({ maxAliasCount });
    } catch (e) {
      error = e instanceof Error ? firstLine(e.message) : String(e);
    }
  }
  return {
    value,
    error,
    lineAt(path) {
      try {
        const node = doc.getIn(path, true) as
          | { range?: [number, number, number] }
          | undefined;
        const offset = node?.range?.[0];
        return offset === undefined
          ? undefined
          : lineCounter.linePos(offset).line;
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Parses one YAML document (YAML 1.2 core schema, so `on:` stays a string key; `<<` merge keys honoured).
 * Never throws.
 *
 * @internal
 */
export function readYaml(text: string): YamlDocument {
  const lineCounter = new LineCounter();
  try {
    assertYamlNesting(text, 'YAML document');
    const doc = parseDocument(text, {
      lineCounter,
      merge: true,
      prettyErrors: false,
      uniqueKeys: false,
    });
    return toYamlDocument(doc, lineCounter);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { value: undefined, error: message, lineAt: () => undefined };
  }
}

/**
 * Parses every document of a multi-document YAML stream. Never throws.
 *
 * @internal
 */
export function readYamlDocuments(text: string): YamlDocument[] {
  const lineCounter = new LineCounter();
  try {
    assertYamlNesting(text, 'YAML stream');
    const docs = parseAllDocuments(text, {
      lineCounter,
      merge: true,
      prettyErrors: false,
      uniqueKeys: false,
    });
    if (!Array.isArray(docs)) return [];
    return docs.map(doc => toYamlDocument(doc, lineCounter));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return [{ value: undefined, error: message, lineAt: () => undefined }];
  }
}

/**
 * True for a plain object (a YAML mapping).
 *
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A scalar as text; objects and arrays as JSON; nothing for null or undefined.
 *
 * @internal
 */
export function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    return String(value);
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * A mapping's entries with text values (for `env`, `with`, `variables`); anything else gives `{}`.
 *
 * @internal
 */
export function textMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isRecord(value)) return result;
  for (const [key, entry] of Object.entries(value)) {
    const text = asText(entry);
    if (text !== undefined) result[key] = text;
  }
  return result;
}
