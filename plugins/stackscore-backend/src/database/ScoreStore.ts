import type {
  CheckResult,
  EntityScores,
  ScorecardScore,
} from '@stackscore/plugin-stackscore-common';

/**
 * Catalog metadata kept beside an entity's scores, for rollups and filters.
 *
 * @internal
 */
export interface ScoredEntity {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  type?: string;
  tags: string[];
  ecosystems: string[];
}

/**
 * What an entity was scored from; unchanged snapshot → nothing to rescore.
 *
 * @internal
 */
export interface EntitySnapshot {
  entityHash: string;
  sourceEtag?: string;
  sourceLocation?: string;
  /** Why no source tree could be read, when none could. */
  sourceProblem?: string;
  catalogueVersion: string;
}

/**
 * An entity's stored scores.
 *
 * @internal
 */
export interface StoredEntityScores {
  entity: ScoredEntity;
  snapshot: EntitySnapshot;
  scoredAt: Date;
  scorecards: ScorecardScore[];
  results: CheckResult[];
}

/**
 * Persistence of scores: latest results, history of status changes, daily points, snapshots.
 *
 * @internal
 */
export interface ScoreStore {
  getSnapshot(entityRef: string): Promise<EntitySnapshot | undefined>;
  /** Writes everything of one entity in one transaction; a crash leaves the previous scores intact. */
  saveScores(input: {
    entity: ScoredEntity;
    snapshot: EntitySnapshot;
    scores: EntityScores;
    scoredAt: Date;
  }): Promise<void>;
  getEntityScores(entityRef: string): Promise<StoredEntityScores | undefined>;
}
