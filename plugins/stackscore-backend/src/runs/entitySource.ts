import path from 'path';
import type { UrlReaderService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { LocalDirectorySource } from '../sources/LocalDirectorySource';
import type { RepositorySource } from '../sources/types';
import { UrlReaderSource } from '../sources/UrlReaderSource';

/** Annotation naming a local directory, resolved against `stackscore.sources.localRoot`. */
export const sourceDirAnnotation = 'stackscore.io/source-dir';

/**
 * Where an entity's repository is read from: `stackscore.io/source-dir` (a folder under the configured
 * local root — only when one is configured, and never outside it), else `backstage.io/source-location`
 * through the UrlReaderService. Without either, the reason is returned instead.
 *
 * @internal
 */
export function resolveEntitySource(
  entity: Entity,
  options: { localRoot?: string; urlReader: UrlReaderService },
): { source: RepositorySource } | { reason: string } {
  const annotations = entity.metadata.annotations ?? {};
  const dir = annotations[sourceDirAnnotation];
  if (dir) {
    if (!options.localRoot) {
      return {
        reason: `${sourceDirAnnotation} is set but stackscore.sources.localRoot is not configured`,
      };
    }
    const root = path.resolve(options.localRoot);
    const resolved = path.resolve(root, dir);
    if (resolved !== root && !resolved.startsWith(`${root}${path.sep}`)) {
      return { reason: `${sourceDirAnnotation} points outside ${root}` };
    }
    return { source: new LocalDirectorySource(resolved) };
  }
  const location = annotations['backstage.io/source-location'];
  if (location) {
    const target = location.replace(/^url:/, '');
    if (!/^https?:\/\//.test(target)) {
      return {
        reason: `backstage.io/source-location ${location} is not a URL`,
      };
    }
    return { source: new UrlReaderSource(options.urlReader, target) };
  }
  return {
    reason: `no ${sourceDirAnnotation} or backstage.io/source-location annotation`,
  };
}
