/**
 * A file of a repository snapshot, listed without reading it.
 *
 * @internal
 */
export interface SourceFileEntry {
  /** Relative to the repository root, forward slashes. */
  path: string;
  size: number;
}

/**
 * A readable snapshot of a repository. Only files the collectors asked for can be read.
 *
 * @internal
 */
export interface SourceTree {
  /** Identifies this snapshot; the same ETag means the same content. */
  etag: string;
  /** Every in-scope file (excluded folders already skipped), sorted by path. */
  files: SourceFileEntry[];
  /** Files left out because a limit was hit (file count, repository size), if any. */
  truncated?: string;
  /** Reads a wanted file as UTF-8; throws with a clear message when it is too large or unreadable. */
  readText(path: string): Promise<string>;
}

/**
 * Which files collectors want to read, decided from the path alone.
 *
 * @internal
 */
export type WantedFilePredicate = (path: string) => boolean;

/**
 * Limits that keep one hostile repository from exhausting the scorer.
 *
 * @internal
 */
export interface SourceLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most files listed. */
  maxFiles: number;
  /** Most bytes read from one repository. */
  maxTotalBytes: number;
}

/**
 * Defaults for {@link SourceLimits}.
 *
 * @internal
 */
export const defaultSourceLimits: SourceLimits = {
  maxFileBytes: 1024 * 1024,
  maxFiles: 50_000,
  maxTotalBytes: 64 * 1024 * 1024,
};

/**
 * Result of reading a source: unchanged since the given ETag, or a fresh tree.
 *
 * @internal
 */
export type SourceReadResult =
  | { status: 'unchanged'; etag: string }
  | { status: 'read'; tree: SourceTree };

/**
 * Where a repository's files come from: a local directory or Backstage's UrlReaderService.
 *
 * @internal
 */
export interface RepositorySource {
  /** Human-readable location for evidence and logs. */
  readonly location: string;
  read(options: {
    etag?: string;
    wanted: WantedFilePredicate;
  }): Promise<SourceReadResult>;
}

/**
 * Orders paths by code point, the same on every machine (unlike locale-aware comparison).
 *
 * @internal
 */
export function comparePaths(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
