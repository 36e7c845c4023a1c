import fs from 'fs';
import path from 'path';
import type { Entity } from '@backstage/catalog-model';

/** Test-only: the example repositories, the sources every crash-test entity points at. */
export const exampleReposRoot = path.resolve(
  __dirname,
  '../../../../../examples/repos',
);

/**
 * Test-only: `count` components cycling through the example repositories under distinct names, so a run has
 * enough work to be killed in the middle of.
 */
export function crashEntities(count: number): Entity[] {
  const repos = fs
    .readdirSync(exampleReposRoot, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort();
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `crash-${i}`,
      namespace: 'default',
      annotations: { 'stackscore.io/source-dir': repos[i % repos.length] },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/platform',
    },
  }));
}
