import type { CheckDefinition, CheckLevel } from './catalogue/types';
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
