/**
 * Rows removed by {@link RetentionStore.deleteHistoryOlderThan}, per table.
 *
 * @internal
 */
export interface HistoryDeletion {
  resultHistory: number;
  scorePoints: number;
  runs: number;
  exemptions: number;
}

/**
 * Rows removed by {@link RetentionStore.deleteEntitiesNotIn}, per table.
 *
 * @internal
 */
export interface EntityRowsDeletion {
  entities: number;
  checkResults: number;
  scorecardScores: number;
  scorePoints: number;
  resultHistory: number;
  exemptions: number;
  technologies: number;
  /** Remediation items, with their events and campaign membership. */
  remediationItems: number;
}

/**
 * Outcome of removing entities that left the catalog: what was deleted, or why nothing was.
 *
 * @internal
 */
export type EntityDeletion =
  | {
      status: 'deleted';
      /** Stored entity refs that were not in the catalog listing. */
      removedEntityRefs: string[];
      rows: EntityRowsDeletion;
    }
  | { status: 'skipped'; reason: string };

/**
 * Keeps stored history small: drops rows older than the retention window and everything of entities that
 * are no longer in the catalog.
 *
 * @internal
 */
export interface RetentionStore {
  /**
   * Deletes result history changed before `cutoff`, score points of days before the cutoff's UTC day,
   * runs finished before `cutoff`, and exemptions that expired or were revoked before `cutoff`.
   */
  deleteHistoryOlderThan(cutoff: Date): Promise<HistoryDeletion>;
  /**
   * Deletes every row of entities whose ref is not in `entityRefs` (compared case-insensitively), in one
   * transaction. An empty listing deletes nothing: it usually means the catalog is not ready yet.
   */
  deleteEntitiesNotIn(entityRefs: ReadonlySet<string>): Promise<EntityDeletion>;
}
