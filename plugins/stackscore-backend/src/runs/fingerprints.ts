import { createHash } from 'crypto';
import type { Entity } from '@backstage/catalog-model';
import { checkCatalogueVersion } from '@stackscore/plugin-stackscore-common';
import type { RunnableCheck } from '../checks/evaluate';

/**
 * JSON with sorted keys, so equal objects hash equally whatever their key order.
 *
 * @internal
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map(k => `${JSON.stringify(k)}:${stableJson((value as any)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Hash of what scoring reads from an entity; the catalog's own bookkeeping (uid, etag) is left out.
 *
 * @internal
 */
export function entityHash(entity: Entity): string {
  const {
    uid: _uid,
    etag: _etag,
    ...metadata
  } = entity.metadata as Entity['metadata'] & {
    etag?: string;
  };
  return sha1(
    stableJson({ kind: entity.kind, metadata, spec: entity.spec ?? {} }),
  );
}

/**
 * Version of everything that decides what is stored: the built-in catalogue, the definitions of checks from
 * configuration and extensions, and which collectors gather facts (a new collector's facts must reach
 * entities whose repositories did not change). A change rescores every entity.
 *
 * @internal
 */
export function pipelineVersion(
  checks: readonly RunnableCheck[],
  collectorIds: readonly string[] = [],
): string {
  const definitions = checks.map(c => c.definition);
  return `${checkCatalogueVersion}+${sha1(
    stableJson({ definitions, collectors: collectorIds }),
  ).slice(0, 10)}`;
}

/**
 * The shard an entity belongs to: a stable hash of its ref modulo the number of shards.
 *
 * @internal
 */
export function shardOf(entityRef: string, shards: number): number {
  return parseInt(sha1(entityRef.toLowerCase()).slice(0, 8), 16) % shards;
}
