import type { Timestamp } from './timestamps';

/**
 * The catalog metadata columns of a `stackscore_entities` row, which every store that lists entities reads.
 *
 * @internal
 */
export interface EntityMetadataRow {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  owner: string | null;
  system: string | null;
  lifecycle: string | null;
  type: string | null;
  /** JSON array. */
  tags: string;
  scored_at: Timestamp;
}

/**
 * The catalog metadata of an entity row, with absent columns as undefined.
 *
 * @internal
 */
export function toEntityMetadata(row: EntityMetadataRow) {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    owner: row.owner ?? undefined,
    system: row.system ?? undefined,
    lifecycle: row.lifecycle ?? undefined,
    type: row.type ?? undefined,
    tags: JSON.parse(row.tags) as string[],
  };
}
