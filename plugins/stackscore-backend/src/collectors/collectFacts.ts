import type { Entity } from '@backstage/catalog-model';
import type {
  CatalogFacts,
  Ecosystem,
  EntityFacts,
} from '@stackscore/plugin-stackscore-common';
import type { RepositorySource } from '../sources/types';
import { collectCatalogFacts } from './catalog';
import { type RepositoryCollector, collectorFailure } from './types';
import { markGoStandardLibraryServers } from './derive';
import { isTestOrToolingPath } from './paths';

/**
 * Facts with nothing collected yet.
 *
 * @internal
 */
export function emptyFacts(catalog: CatalogFacts): EntityFacts {
  return {
    catalog,
    source: { available: false },
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
  };
}

const ecosystemOrder: Ecosystem[] = ['go', 'java', 'node', 'python', 'rust'];

/**
 * Result of collecting: facts with the source ETag, or "unchanged" when the source reported the same ETag.
 *
 * @internal
 */
export type CollectResult =
  | { status: 'unchanged'; etag: string }
  | { status: 'collected'; facts: EntityFacts; etag?: string };

/**
 * Runs every collector for one entity. Catalog facts always come first; repository collectors run when a
 * source is available. A collector that throws is recorded as an error and the rest go on.
 *
 * @internal
 */
export async function collectFacts(options: {
  entity: Entity;
  source?: RepositorySource;
  /** Why there is no source, shown as evidence on source-based checks. */
  missingSourceReason?: string;
  collectors: readonly RepositoryCollector[];
  previousEtag?: string;
  /** Told which collector runs next, for progress displays. */
  onProgress?: (step: string) => void;
}): Promise<CollectResult> {
  const { entity, source, collectors } = options;
  const facts = emptyFacts(collectCatalogFacts(entity));
  if (!source) {
    facts.source = {
      available: false,
      reason: options.missingSourceReason ?? 'no source annotation',
    };
    return { status: 'collected', facts };
  }

  const wanted = (path: string) => collectors.some(c => c.wants(path));
  options.onProgress?.('reading source');
  let read;
  try {
    read = await source.read({ etag: options.previousEtag, wanted });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    facts.source = {
      available: false,
      reason: message,
      location: source.location,
    };
    facts.errors.push({ collector: 'source', message });
    return { status: 'collected', facts };
  }
  if (read.status === 'unchanged') {
    return read;
  }

  const { tree } = read;
  facts.source = { available: true, location: source.location };
  facts.files = tree.files.map(f => f.path);
  if (tree.truncated) {
    facts.errors.push({ collector: 'source', message: tree.truncated });
  }
  const context = {
    files: facts.files,
    readText: (path: string) => tree.readText(path),
  };
  for (const collector of collectors) {
    options.onProgress?.(collector.id);
    try {
      await collector.collect(context, facts);
    } catch (error) {
      facts.errors.push(collectorFailure(collector.id, error));
    }
  }
  markGoStandardLibraryServers(facts, isTestOrToolingPath);
  const found = new Set(facts.modules.map(m => m.ecosystem));
  facts.ecosystems = ecosystemOrder.filter(e => found.has(e));
  return { status: 'collected', facts, etag: tree.etag };
}
