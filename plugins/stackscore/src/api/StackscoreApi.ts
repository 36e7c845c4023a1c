import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  CheckEntitiesResponse,
  CheckListResponse,
  CheckStatus,
  EntityHistoryResponse,
  EntityScoresResponse,
  ExemptionListResponse,
  ExemptionResponse,
  OverviewResponse,
  RunListResponse,
  RunResponse,
  ScorecardSummary,
  ScorecardId,
  TeamHistoryResponse,
  TeamScoresResponse,
} from '@stackscore/plugin-stackscore-common';

/**
 * Which entities and which page of a team rollup to read.
 *
 * @public
 */
export interface TeamScoresOptions {
  /** Include entities owned by the team's subgroups (default true). */
  includeSubgroups?: boolean;
  /** `name`, the mean `score`, or one scorecard's score. */
  sort?: 'name' | 'score' | ScorecardId;
  order?: 'asc' | 'desc';
  /** Page size, 1..500 (default 50). */
  limit?: number;
  cursor?: string;
}

/**
 * Client of the Stackscore backend's REST API.
 *
 * @public
 */
export interface StackscoreApi {
  /** The four scorecards with their check counts per level. */
  getScorecards(): Promise<ScorecardSummary[]>;
  /** The check catalogue, optionally for one scorecard. */
  getChecks(options?: { scorecard?: ScorecardId }): Promise<CheckListResponse>;
  /** An entity's stored scores; undefined when it has not been scored yet. */
  getEntityScores(
    entity: CompoundEntityRef,
  ): Promise<EntityScoresResponse | undefined>;
  /** Rescores the entity now and returns its new scores. */
  refreshEntity(entity: CompoundEntityRef): Promise<EntityScoresResponse>;
  /** Daily score points between two days (`YYYY-MM-DD`, inclusive). */
  getEntityHistory(
    entity: CompoundEntityRef,
    options?: { from?: string; to?: string; scorecard?: ScorecardId },
  ): Promise<EntityHistoryResponse>;
  /** Organisation totals, per-owner rollups and the most-failed checks. */
  getOverview(): Promise<OverviewResponse>;
  /** One page of a team's scored entities, with figures over all of them. */
  getTeamScores(
    team: CompoundEntityRef,
    options?: TeamScoresOptions,
  ): Promise<TeamScoresResponse>;
  /** Every scored entity of a team, following cursors page by page. */
  getAllTeamScores(
    team: CompoundEntityRef,
    options?: Omit<TeamScoresOptions, 'limit' | 'cursor'>,
  ): Promise<TeamScoresResponse>;
  /** A team's mean score and level counts per day and scorecard. */
  getTeamHistory(
    team: CompoundEntityRef,
    options?: { includeSubgroups?: boolean; from?: string; to?: string },
  ): Promise<TeamHistoryResponse>;
  /** Entities whose latest result for a check has a status (default `fail`). */
  getCheckEntities(
    checkId: string,
    options?: { status?: CheckStatus; limit?: number; cursor?: string },
  ): Promise<CheckEntitiesResponse>;
  /** Runs, newest first. */
  listRuns(options?: {
    limit?: number;
    before?: string;
  }): Promise<RunListResponse>;
  /** One run, for following its progress. */
  getRun(id: string): Promise<RunResponse>;
  /** Starts a scoring run over the whole catalog; resolves once it is registered. */
  startRun(): Promise<RunResponse>;
  /** Exemptions, newest first. */
  listExemptions(options?: {
    entityRef?: string;
    checkId?: string;
    active?: boolean;
    limit?: number;
  }): Promise<ExemptionListResponse>;
  /** Waives a check for an entity until `expiresAt` (ISO date-time). */
  createExemption(input: {
    entityRef: string;
    checkId: string;
    reason: string;
    expiresAt: string;
  }): Promise<ExemptionResponse>;
  /** Ends an exemption now. */
  revokeExemption(id: string): Promise<ExemptionResponse>;
}

/**
 * API reference of {@link StackscoreApi}.
 *
 * @public
 */
export const stackscoreApiRef = createApiRef<StackscoreApi>({
  id: 'plugin.stackscore.service',
});
