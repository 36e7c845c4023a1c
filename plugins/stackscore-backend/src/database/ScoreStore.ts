import type {
  RepositoryAdr,
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
 * A technology found in an entity's facts, to be stored with its scores.
 *
 * @internal
 */
export interface DetectedEntityTechnology {
  /** `radar:<entry id>` for a radar entry, otherwise the detected technology's key. */
  key: string;
  entryId?: string;
  kind: string;
  name: string;
  evidence: Array<{ file: string; line?: number }>;
}

/**
 * What saving an entity's scores changed that someone should hear about.
 *
 * @internal
 */
export interface SavedScores {
  /** Scorecards whose level is lower than at the previous scoring (before exemptions). */
  levelDrops: Array<{
    scorecard: ScorecardScore['id'];
    from: ScorecardScore['level'];
    to: ScorecardScore['level'];
  }>;
}

/**
 * Persistence of scores: latest results, history of status changes, daily points, snapshots.
 *
 * @internal
 */
export interface ScoreStore {
  getSnapshot(entityRef: string): Promise<EntitySnapshot | undefined>;
  /**
   * Writes everything of one entity in one transaction, remediation items included; a crash leaves the
   * previous scores intact.
   */
  saveScores(input: {
    entity: ScoredEntity;
    snapshot: EntitySnapshot;
    scores: EntityScores;
    scoredAt: Date;
    /** What the entity uses; first-seen times of technologies still in use are kept. */
    technologies?: DetectedEntityTechnology[];
    /** Languages, frameworks and declared targets, for the stack-decision views. */
    stackProfile?: unknown;
    /** ADR files found in the repository; absent when none were looked for. */
    repositoryAdrs?: RepositoryAdr[];
  }): Promise<SavedScores>;
  /**
   * ADR files found in the entity's repository at its last scoring, and why none could be read when the
   * repository was unavailable. Undefined when the entity was never scored.
   */
  getRepositoryAdrs(
    entityRef: string,
  ): Promise<{ adrs: RepositoryAdr[]; problem?: string } | undefined>;
  getEntityScores(entityRef: string): Promise<StoredEntityScores | undefined>;
}
