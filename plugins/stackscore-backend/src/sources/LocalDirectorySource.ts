import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';
import { isListedPath, isWalkedFolder } from '../collectors/paths';
import {
  RepositorySource,
  SourceFileEntry,
  SourceLimits,
  SourceReadResult,
  WantedFilePredicate,
  comparePaths,
  defaultSourceLimits,
} from './types';

function statOrUndefined(location: string): fs.Stats | undefined {
  try {
    return fs.statSync(location);
  } catch {
    return undefined;
  }
}

function readDirOrEmpty(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Reads a repository from a local directory (the examples, the CLI). Symlinks are never followed, so a link
 * out of the tree or a link loop cannot be traversed.
 *
 * The file system is called synchronously on purpose: repository files are small and local, and each
 * promise-based call costs several thread-pool round trips (open, stat, read, close). Measured on 9,000
 * example files in the page cache: 1.1 s through `fs/promises`, 0.14 s synchronously. The longest single
 * block is one file read, bounded by `maxFileBytes`.
 *
 * @internal
 */
export class LocalDirectorySource implements RepositorySource {
  readonly location: string;
  private readonly limits: SourceLimits;

  constructor(root: string, limits: Partial<SourceLimits> = {}) {
    this.location = path.resolve(root);
    this.limits = { ...defaultSourceLimits, ...limits };
  }

  async read(options: {
    etag?: string;
    wanted: WantedFilePredicate;
  }): Promise<SourceReadResult> {
    const stat = statOrUndefined(this.location);
    if (!stat?.isDirectory()) {
      throw new Error(`${this.location} is not a readable directory`);
    }
    const { files, truncated, fingerprint } = this.list();
    const etag = fingerprint;
    if (options.etag === etag) {
      return { status: 'unchanged', etag };
    }
    const sizes = new Map(files.map(f => [f.path, f.size]));
    let bytesRead = 0;
    const root = this.location;
    const limits = this.limits;
    return {
      status: 'read',
      tree: {
        etag,
        files,
        truncated,
        async readText(relative: string) {
          const size = sizes.get(relative);
          if (size === undefined) {
            throw new Error(`${relative} is not part of the repository`);
          }
          if (!options.wanted(relative)) {
            throw new Error(`${relative} was not requested by any collector`);
          }
          if (size > limits.maxFileBytes) {
            throw new Error(
              `${relative} is ${size} bytes, over the ${limits.maxFileBytes}-byte limit`,
            );
          }
          if (bytesRead + size > limits.maxTotalBytes) {
            throw new Error(
              `reading ${relative} would exceed the repository limit of ${limits.maxTotalBytes} bytes`,
            );
          }
          bytesRead += size;
          return fs.readFileSync(path.join(root, relative), 'utf8');
        },
      },
    };
  }

  /** Lists in-scope regular files breadth-first, with a fingerprint of paths, sizes and mtimes as ETag. */
  private list(): {
    files: SourceFileEntry[];
    truncated?: string;
    fingerprint: string;
  } {
    const files: SourceFileEntry[] = [];
    const hash = createHash('sha1');
    let truncated: string | undefined;
    const queue: string[] = [''];
    while (queue.length > 0 && !truncated) {
      const relativeDir = queue.shift()!;
      const entries = readDirOrEmpty(path.join(this.location, relativeDir));
      entries.sort((a, b) => comparePaths(a.name, b.name));
      const dirFiles: string[] = [];
      for (const entry of entries) {
        const relative = relativeDir
          ? `${relativeDir}/${entry.name}`
          : entry.name;
        if (entry.isSymbolicLink()) continue;
        if (entry.isDirectory()) {
          if (isWalkedFolder(entry.name)) queue.push(relative);
          continue;
        }
        if (!entry.isFile() || !isListedPath(relative)) continue;
        if (files.length + dirFiles.length >= this.limits.maxFiles) {
          truncated = `more than ${this.limits.maxFiles} files; the rest were not listed`;
          break;
        }
        dirFiles.push(relative);
      }
      for (const relative of dirFiles) {
        const { size, mtimeMs } = fs.lstatSync(
          path.join(this.location, relative),
        );
        files.push({ path: relative, size });
        hash.update(`${relative}\0${size}\0${mtimeMs}\n`);
      }
    }
    files.sort((a, b) => comparePaths(a.path, b.path));
    return { files, truncated, fingerprint: hash.digest('hex') };
  }
}
