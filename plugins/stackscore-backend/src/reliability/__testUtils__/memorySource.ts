import { createHash } from 'crypto';
import type { Entity } from '@backstage/catalog-model';
import { comparePaths, type RepositorySource } from '../../sources/types';

/**
 * Test-only: a repository held in memory, behaving like a source that listed these files: only files a
 * collector wants can be read, as with the real sources. Lets a fuzzer score thousands of repositories
 * without touching the disk.
 */
export function memorySource(files: Record<string, string>): RepositorySource {
  const paths = Object.keys(files).sort(comparePaths);
  return {
    location: 'memory:fuzzed',
    async read({ wanted }) {
      const etag = createHash('sha256')
        .update(JSON.stringify(files))
        .digest('hex');
      return {
        status: 'read',
        tree: {
          etag,
          files: paths.map(path => ({
            path,
            size: Buffer.byteLength(files[path]),
          })),
          async readText(path) {
            if (!(path in files)) throw new Error(`${path} is not in the tree`);
            if (!wanted(path)) throw new Error(`${path} was not asked for`);
            return files[path];
          },
        },
      };
    },
  };
}

/** Test-only: a production service component, so every scorecard's checks apply. */
export const fuzzedService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'fuzzed',
    namespace: 'default',
    tags: ['public'],
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/platform',
    providesApis: ['fuzzed-api'],
  },
};
