import type {
  CheckDefinition,
  CheckLevel,
  CheckSeverity,
  ScorecardId,
} from './catalogue/types';
import type {
  CheckResult,
  CheckStatus,
  Evidence,
  ScorecardLevel,
  ScorecardScore,
} from './schemas/results';
import type { ScorecardDefinition } from './scorecards';

/**
 * A scorecard as listed by `GET /v1/scorecards`: its definition and how many checks it has per level.
 *
 * @public
 */
export interface ScorecardSummary extends ScorecardDefinition {
  levels: CheckLevel[];
  checkCounts: Record<CheckLevel, number>;
  totalChecks: number;
}

/**
 * Response of `GET /v1/scorecards`.
 *
 * @public
 */
export interface ScorecardListResponse {
  items: ScorecardSummary[];
}

/**
 * Response of `GET /v1/checks`.
 *
 * @public
 */
export interface CheckListResponse {
  catalogueVersion: string;
  items: CheckDefinition[];
}

/**
 * Response of `GET /v1/health`.
 *
 * @public
 */
export interface HealthResponse {
  status: 'ok';
  catalogueVersion: string;
}

/**
 * An exemption as the API returns it.
 *
 * @public
 */
export interface ExemptionResponse {
  id: string;
  entityRef: string;
  checkId: string;
  reason: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
  revokedBy?: string;
  active: boolean;
}

/**
 * Response of `GET /v1/entities/:kind/:namespace/:name/scores`.
 *
 * @public
 */
export interface EntityScoresResponse {
  entity: { kind: string; namespace: string; name: string };
  entityRef: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  ecosystems: string[];
  scoredAt: string;
  source: { location?: string; problem?: string };
  catalogueVersion: string;
  scorecards: ScorecardScore[];
  results: CheckResult[];
  exemptions: ExemptionResponse[];
}

/**
 * Response of `GET /v1/entities/:kind/:namespace/:name/history`.
 *
 * @public
 */
export interface EntityHistoryResponse {
  entityRef: string;
  from: string;
  to: string;
  points: Array<{
    day: string;
    scorecard: ScorecardId;
    level: ScorecardLevel;
    score: number;
  }>;
}

/**
 * Response of `POST /v1/exemptions` and `DELETE /v1/exemptions/:id` is one {@link ExemptionResponse};
 * `GET /v1/exemptions` pages them, newest first.
 *
 * @public
 */
export interface ExemptionListResponse {
  items: ExemptionResponse[];
  nextCursor?: string;
}

/**
 * How many entities sit at each level of one scorecard.
 *
 * @public
 */
export type LevelDistribution = Record<ScorecardLevel, number>;

/**
 * Per-scorecard figures over a set of entities; scorecards that apply to none of them are absent.
 *
 * @public
 */
export interface ScorecardRollupResponse {
  levelDistribution: Partial<Record<ScorecardId, LevelDistribution>>;
  /** Mean score (0..1) per scorecard over the entities it applies to. */
  averages: Partial<Record<ScorecardId, number>>;
}

/**
 * One entity of a team rollup; levels honour active exemptions.
 *
 * @public
 */
export interface RollupEntityResponse {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  owner?: string;
  lifecycle?: string;
  system?: string;
  type?: string;
  tags: string[];
  scoredAt: string;
  /** Only the scorecards that apply to the entity. */
  scorecards: Partial<
    Record<ScorecardId, { level: ScorecardLevel; score: number }>
  >;
  /** Mean of the applicable scorecards' scores. */
  score?: number;
}

/**
 * Response of `GET /v1/teams/:namespace/:name/scores`.
 *
 * @public
 */
export interface TeamScoresResponse extends ScorecardRollupResponse {
  team: { ref: string; title?: string; subgroups: string[] };
  items: RollupEntityResponse[];
  nextCursor?: string;
  /** Entities of the team (and subgroups, when included), not just this page. */
  total: number;
}

/**
 * Response of `GET /v1/teams/:namespace/:name/history`: per day and scorecard, the team's mean score and
 * how many of its entities sat at each level.
 *
 * @public
 */
export interface TeamHistoryResponse {
  team: { ref: string; title?: string; subgroups: string[] };
  from: string;
  to: string;
  points: Array<{
    day: string;
    scorecard: ScorecardId;
    entities: number;
    averageScore: number;
    levelDistribution: LevelDistribution;
  }>;
}

/**
 * A check and how many entities fail it (exempted failures do not count).
 *
 * @public
 */
export interface FailedCheckCount {
  checkId: string;
  failing: number;
  applicable: number;
}

/**
 * Response of `GET /v1/overview`.
 *
 * @public
 */
export interface OverviewResponse {
  totals: ScorecardRollupResponse & { entities: number };
  /** One row per owner; `ref` is null for entities without an owner. */
  teams: Array<
    ScorecardRollupResponse & {
      ref: string | null;
      title?: string;
      entities: number;
    }
  >;
  /** The ten checks failed by most entities. */
  mostFailedChecks: FailedCheckCount[];
}

/**
 * Response of `GET /v1/checks/:checkId/entities`: entities whose latest result for the check has a status.
 *
 * @public
 */
export interface CheckEntitiesResponse {
  checkId: string;
  items: Array<{
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
    evidence: Evidence[];
    evaluatedAt: string;
    exempted: boolean;
  }>;
  nextCursor?: string;
}

/**
 * A scoring run as the API returns it.
 *
 * @public
 */
export interface RunResponse {
  id: string;
  trigger: 'schedule' | 'manual' | 'event';
  status: 'running' | 'succeeded' | 'partial' | 'failed';
  shard?: number;
  shards?: number;
  /** Entities the run (or shard) covers. */
  total: number;
  /** Entities processed so far: scored, skipped as unchanged, or failed. */
  done: number;
  /** Of `done`, those that could not be scored. */
  failed: number;
  /** Of `done`, those skipped because nothing changed since their last score. */
  skipped: number;
  startedAt: string;
  finishedAt?: string;
  durationMs: number;
  /** The first entities that could not be scored, or why the whole run failed. */
  failures: Array<{ entityRef: string; message: string }>;
}

/**
 * Response of `GET /v1/runs`, newest first.
 *
 * @public
 */
export interface RunListResponse {
  items: RunResponse[];
  nextCursor?: string;
}
