import type { CatalogFacts } from '@stackscore/plugin-stackscore-common';
import type { CollectorContext } from './types';

/**
 * Test-only: a collector context over in-memory files; reading a file that is not there throws, like a
 * real source.
 */
export function memoryContext(files: Record<string, string>): CollectorContext {
  return {
    files: Object.keys(files).sort(),
    readText: async path => {
      if (!(path in files)) throw new Error(`${path} missing`);
      return files[path];
    },
  };
}

/** Test-only: catalog facts of a plain component, with overrides. */
export function catalogFacts(
  overrides: Partial<CatalogFacts> = {},
): CatalogFacts {
  return {
    kind: 'Component',
    namespace: 'default',
    name: 'orders',
    tags: [],
    annotations: {},
    links: [],
    providesApis: [],
    dependsOn: [],
    ...overrides,
  };
}
