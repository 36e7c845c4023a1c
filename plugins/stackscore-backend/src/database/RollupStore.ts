import type {
  CheckLevel,
  CheckResult,
  CheckSeverity,
  CheckStatus,
  FailedCheckCount,
  LevelDistribution,
  ScorecardId,
  ScorecardLevel,
  ScorecardRollupResponse,
} from '@stackscore/plugin-stackscore-common';

// The API's shapes are the store's: rollups are plain counts and means, serialised as they are.
export type { FailedCheckCount, LevelDistribution };

/**
 * Narrows a rollup to entities with these catalog attributes; `owner`, `system` are full entity refs.
 *
 * @internal
 */
export interface RollupFilters {
  owner?: string;
  lifecycle?: string;
  system?: string;
  tag?: string;
  kind?: string;
}

/**
 * Per-scorecard figures over a set of entities: level distribution and mean score.
 *
 * @internal
 */
export type ScorecardRollup = ScorecardRollupResponse;

/**
 * One entity of a team rollup, with exemptions applied to its levels.
 *
 * @internal
 */
export interface RollupEntity {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  owner?: string;
  lifecycle?: string;
  system?: string;
  type?: string;
  tags: string[];
  scoredAt: Date;
  /** Scorecards that apply to the entity. */
  scorecards: Partial<
    Record<ScorecardId, { level: ScorecardLevel; score: number }>
  >;
  /** Mean of the applicable scorecards' scores; undefined when none applies. */
  score?: number;
}

/**
 * What a team rollup can be sorted by: name, the mean score, or one scorecard's score.
 *
 * @internal
 */
export type RollupSort = 'name' | 'score' | ScorecardId;

/**
 * One page of a team rollup plus figures over the whole set.
 *
 * @internal
 */
export interface TeamScoresPage extends ScorecardRollup {
  items: RollupEntity[];
  nextCursor?: string;
  /** Entities in the whole set, not just the page. */
  total: number;
}

/**
 * One owner's figures in the organisation overview.
 *
 * @internal
 */
export interface OwnerRollup extends ScorecardRollup {
  /** Owner entity ref; undefined for entities without an owner. */
  owner?: string;
  entities: number;
}

/**
 * The organisation overview.
 *
 * @internal
 */
export interface Overview {
  totals: ScorecardRollup & { entities: number };
  owners: OwnerRollup[];
  /** Top 10 by failing entities. */
  mostFailedChecks: FailedCheckCount[];
}

/**
 * An entity's latest result for one check.
 *
 * @internal
 */
export interface CheckEntity {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  owner?: string;
  lifecycle?: string;
  system?: string;
  status: CheckStatus;
  level: CheckLevel;
  severity: CheckSeverity;
  evidence: CheckResult['evidence'];
  evaluatedAt: Date;
  /** An active exemption covers this failure or error. */
  exempted: boolean;
}

/**
 * Read-only rollups of stored scores for teams, the organisation and single checks. Levels honour active
 * exemptions. Cursors are opaque and only valid for the same sort and order.
 *
 * @internal
 */
export interface RollupStore {
  teamScores(options: {
    owners: readonly string[];
    filters?: RollupFilters;
    sort?: RollupSort;
    order?: 'asc' | 'desc';
    limit: number;
    cursor?: string;
  }): Promise<TeamScoresPage>;
  overview(options: { filters?: RollupFilters }): Promise<Overview>;
  checkEntities(options: {
    checkId: string;
    status?: CheckStatus;
    filters?: RollupFilters;
    limit: number;
    cursor?: string;
  }): Promise<{ items: CheckEntity[]; nextCursor?: string }>;
}
