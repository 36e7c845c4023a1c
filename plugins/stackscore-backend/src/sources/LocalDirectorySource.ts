import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';
import { promisify } from 'util';
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

const readFile = promisify(fs.readFile);

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
 * Folders are listed synchronously: directory metadata stays cached and each promise-based call costs
 * thread-pool round trips. Files are read asynchronously through the callback API, several entities at a
 * time: it is 1.5× faster than `fs/promises` (no FileHandle per file), and unlike synchronous reads it
 * overlaps disk latency when the page cache has dropped the files. Measured on 30,440 generated files:
 * cold, synchronous 4.5 s against 2.4 s; warm, synchronous 0.5 s against 2.4–3.7 s. Cold is what a
 * 10,000-service run meets (the floor's reads took 29 s synchronously against 17 s asynchronously).
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
          return readFile(path.join(root, relative), 'utf8');
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
