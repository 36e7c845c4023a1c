import type {
  Dependency,
  LockfileFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';

/**
 * What a manifest parser returns: the parts of a module a single manifest file can tell. The collector adds
 * `dir`, `manifests`, `lockfiles` and merges several files of one module.
 *
 * @internal
 */
export interface ParsedManifest {
  name?: string;
  dependencies: Dependency[];
  toolchain?: ModuleFacts['toolchain'];
  settings: Record<string, unknown>;
  /** Server frameworks this file declares (the collector unions them per module). */
  serverFrameworks?: string[];
  /** Set when the file could not be parsed; the other fields are then empty. */
  error?: string;
}

/**
 * An empty parse result carrying the parse failure.
 *
 * @internal
 */
export function failedManifest(error: unknown): ParsedManifest {
  return { dependencies: [], settings: {}, error: errorMessage(error) };
}

/**
 * An empty lockfile result carrying the parse failure.
 *
 * @internal
 */
export function failedLockfile(
  ecosystem: LockfileFacts['ecosystem'],
  file: string,
  format: string,
  error: unknown,
): LockfileFacts {
  return { ecosystem, file, format, packages: [], error: errorMessage(error) };
}

/**
 * The message of a thrown value, on one line and capped so that evidence stays readable.
 *
 * @internal
 */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = raw.split('\n')[0] ?? raw;
  return firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine;
}

/**
 * The value as a plain object, or undefined for anything else (arrays included).
 *
 * @internal
 */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * The value when it is a string.
 *
 * @internal
 */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The value as an array (a lone value becomes a one-element array; nothing becomes empty).
 *
 * @internal
 */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Own entries of an object value, or none; never walks the prototype.
 *
 * @internal
 */
export function entriesOf(value: unknown): Array<[string, unknown]> {
  const record = asRecord(value);
  return record ? Object.entries(record) : [];
}

/**
 * Answers line numbers for character offsets and text searches in one file, without rescanning the text.
 *
 * @internal
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  /** The 1-based line of a character offset. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** The line of the first occurrence of `needle` at or after `from`, when there is one. */
  find(needle: string, from = 0, to = this.text.length): number | undefined {
    if (!needle) return undefined;
    const offset = this.text.indexOf(needle, Math.max(0, from));
    return offset >= 0 && offset < to ? this.lineAt(offset) : undefined;
  }

  /** The offset of the first occurrence of `needle` at or after `from`, or -1. */
  offsetOf(needle: string, from = 0): number {
    return needle ? this.text.indexOf(needle, Math.max(0, from)) : -1;
  }
}

/**
 * The folder of a repository path, `''` for the root.
 *
 * @internal
 */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * The file name of a repository path.
 *
 * @internal
 */
export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Joins a folder and a relative path, resolving `.` and `..`; undefined when it leaves the repository.
 *
 * @internal
 */
export function joinPath(dir: string, relative: string): string | undefined {
  const parts = dir ? dir.split('/') : [];
  for (const part of relative.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/**
 * True when `dir` is `ancestor` or lies below it (`''` is the root and an ancestor of everything).
 *
 * @internal
 */
export function isWithin(dir: string, ancestor: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(`${ancestor}/`);
}
