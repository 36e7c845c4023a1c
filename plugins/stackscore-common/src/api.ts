import type {
  CheckDefinition,
  CheckLevel,
  ScorecardId,
} from './catalogue/types';
import type {
  CheckResult,
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
