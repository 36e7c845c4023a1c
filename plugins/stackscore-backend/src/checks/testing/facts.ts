import type {
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { emptyFacts } from '../../collectors/collectFacts';

/**
 * Facts for a production service with a source and nothing else; tests add what they need.
 * Test-only: never imported by production code.
 */
export function serviceFacts(
  overrides: Partial<EntityFacts> = {},
): EntityFacts {
  const facts = emptyFacts({
    kind: 'Component',
    namespace: 'default',
    name: 'orders',
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments',
    system: 'system:default/checkout',
    tags: [],
    annotations: {},
    links: [],
    providesApis: [],
    dependsOn: [],
  });
  const merged: EntityFacts = {
    ...facts,
    source: { available: true, location: '/repos/orders' },
    ...overrides,
  };
  if (!overrides.ecosystems) {
    merged.ecosystems = [...new Set(merged.modules.map(m => m.ecosystem))];
  }
  return merged;
}

/** A module with sensible defaults: a server when it declares a framework. */
export function module(
  overrides: Partial<ModuleFacts> & Pick<ModuleFacts, 'ecosystem'>,
): ModuleFacts {
  const manifest = {
    go: 'go.mod',
    node: 'package.json',
    python: 'pyproject.toml',
    rust: 'Cargo.toml',
    java: 'pom.xml',
  }[overrides.ecosystem];
  return {
    dir: '',
    manifests: [manifest],
    isServer: (overrides.serverFrameworks ?? []).length > 0,
    serverFrameworks: [],
    dependencies: [],
    lockfiles: [],
    settings: {},
    ...overrides,
  };
}
