import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotModifiedError } from '@backstage/errors';
import { isListedPath } from '../collectors/paths';
import {
  RepositorySource,
  SourceFileEntry,
  SourceLimits,
  SourceReadResult,
  WantedFilePredicate,
  comparePaths,
  defaultSourceLimits,
} from './types';

/**
 * Reads a repository through Backstage's `UrlReaderService.readTree`, passing the previous ETag so an
 * unchanged repository costs one conditional request. Only wanted files within the size limit are
 * downloaded; every in-scope path is still listed for the inventory.
 *
 * @internal
 */
export class UrlReaderSource implements RepositorySource {
  private readonly limits: SourceLimits;

  constructor(
    private readonly reader: UrlReaderService,
    readonly location: string,
    limits: Partial<SourceLimits> = {},
  ) {
    this.limits = { ...defaultSourceLimits, ...limits };
  }

  async read(options: {
    etag?: string;
    wanted: WantedFilePredicate;
  }): Promise<SourceReadResult> {
    const listed: SourceFileEntry[] = [];
    let truncated: string | undefined;
    const { maxFileBytes, maxFiles, maxTotalBytes } = this.limits;
    let response;
    try {
      response = await this.reader.readTree(this.location, {
        etag: options.etag,
        filter: (path, info) => {
          if (!isListedPath(path)) return false;
          if (listed.length >= maxFiles) {
            truncated = `more than ${maxFiles} files; the rest were not listed`;
            return false;
          }
          const size = info?.size ?? 0;
          listed.push({ path, size });
          return options.wanted(path) && size <= maxFileBytes;
        },
      });
    } catch (error) {
      if (error instanceof NotModifiedError && options.etag) {
        return { status: 'unchanged', etag: options.etag };
      }
      throw error;
    }

    const contents = new Map<string, Buffer>();
    let total = 0;
    for (const file of await response.files()) {
      const content = await file.content();
      total += content.length;
      if (total > maxTotalBytes) {
        truncated = `the repository is larger than ${maxTotalBytes} bytes; some files were not read`;
        break;
      }
      contents.set(file.path, content);
    }
    // Readers that do not pass sizes to the filter still report what they returned.
    for (const entry of listed) {
      const content = contents.get(entry.path);
      if (content && entry.size === 0) entry.size = content.length;
    }
    listed.sort((a, b) => comparePaths(a.path, b.path));

    return {
      status: 'read',
      tree: {
        etag: response.etag,
        files: listed,
        truncated,
        async readText(path: string) {
          const content = contents.get(path);
          if (!content) {
            const entry = listed.find(f => f.path === path);
            if (entry && entry.size > maxFileBytes) {
              throw new Error(
                `${path} is ${entry.size} bytes, over the ${maxFileBytes}-byte limit`,
              );
            }
            throw new Error(`${path} was not read from ${response.etag}`);
          }
          return content.toString('utf8');
        },
      },
    };
  }
}
