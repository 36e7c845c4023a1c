import type { EntityFacts } from '../facts/schema';

/** Test-only: the facts of a production service named `orders` with a readable, empty repository. */
export function serviceFacts(
  overrides: Partial<EntityFacts> = {},
): EntityFacts {
  return {
    catalog: {
      kind: 'Component',
      namespace: 'default',
      name: 'orders',
      type: 'service',
      lifecycle: 'production',
      tags: [],
      annotations: {},
      links: [],
      providesApis: [],
      dependsOn: [],
    },
    source: { available: true },
    files: [],
    ecosystems: [],
    modules: [],
    lockfiles: [],
    dockerfiles: [],
    ci: [],
    updateBots: {},
    slo: [],
    signals: [],
    configFiles: {},
    errors: [],
    extensions: {},
    ...overrides,
  };
}
