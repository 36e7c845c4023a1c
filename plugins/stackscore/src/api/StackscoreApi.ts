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
  DecisionCreateRequest,
  DecisionHistoryResponse,
  DecisionImportRequest,
  DecisionImportResponse,
  DecisionListResponse,
  DecisionResponse,
  DecisionStatus,
  DecisionSupersedeRequest,
  DecisionUpdateRequest,
  EntityDecisionsResponse,
  OverviewResponse,
  RadarEntryCreate,
  RadarEntryDetailResponse,
  RadarEntryResponse,
  RadarEntryUpdate,
  RadarResponse,
  StackRecommendRequest,
  StackRecommendResponse,
  TeamRadarResponse,
  TeamStackResponse,
  UnknownTechnologiesResponse,
  RunListResponse,
  RunResponse,
  ScorecardSummary,
  ScorecardId,
  TeamHistoryResponse,
  TeamScoresResponse,
  Campaign,
  CampaignCreateRequest,
  CampaignDetailResponse,
  CampaignListResponse,
  CampaignUpdateRequest,
  RemediationEventsResponse,
  RemediationItem,
  RemediationListResponse,
  RemediationStatus,
  RemediationUpdateRequest,
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
  /** The org radar: every entry with its timeline and usage count. */
  getRadar(): Promise<RadarResponse>;
  /** One radar entry with the services that use it. */
  getRadarEntry(id: string): Promise<RadarEntryDetailResponse>;
  /** Adds an entry to the org radar. */
  createRadarEntry(entry: RadarEntryCreate): Promise<RadarEntryResponse>;
  /** Changes an entry; moving it to another ring needs a `reason`. */
  updateRadarEntry(
    id: string,
    update: RadarEntryUpdate,
  ): Promise<RadarEntryResponse>;
  /** A team's radar from what its services use, with `hold` flags and unknown technologies. */
  getTeamRadar(
    team: CompoundEntityRef,
    options?: { includeSubgroups?: boolean },
  ): Promise<TeamRadarResponse>;
  /** Technologies in use that the org radar lacks. */
  getUnknownTechnologies(): Promise<UnknownTechnologiesResponse>;
  /** Languages and frameworks ranked for requirements and constraints. */
  recommendStack(
    request: StackRecommendRequest,
  ): Promise<StackRecommendResponse>;
  /** A team's current stack per service, compared with the decision framework. */
  getTeamStack(
    team: CompoundEntityRef,
    options?: { includeSubgroups?: boolean },
  ): Promise<TeamStackResponse>;
  /** Decision records, newest first; every filter narrows. */
  listDecisions(options?: DecisionListOptions): Promise<DecisionListResponse>;
  /** One decision record. */
  getDecision(id: string): Promise<DecisionResponse>;
  /** Writes a new decision record (status `proposed` unless given). */
  createDecision(decision: DecisionCreateRequest): Promise<DecisionResponse>;
  /** Changes a decision; `version` is the version the change is based on (409 when stale). */
  updateDecision(
    id: string,
    update: DecisionUpdateRequest,
  ): Promise<DecisionResponse>;
  /** Replaces a decision with a new one, linking both. */
  supersedeDecision(
    id: string,
    request: DecisionSupersedeRequest,
  ): Promise<{ superseded: DecisionResponse; replacement: DecisionResponse }>;
  /** Every version of a decision, oldest first. */
  getDecisionHistory(id: string): Promise<DecisionHistoryResponse>;
  /** The decision as MADR markdown. */
  exportDecisionMadr(id: string): Promise<string>;
  /** Imports a MADR markdown document as a new decision. */
  importDecision(
    request: DecisionImportRequest,
  ): Promise<DecisionImportResponse>;
  /** Portal decisions about an entity and the ADR files in its repository. */
  getEntityDecisions(
    entity: CompoundEntityRef,
  ): Promise<EntityDecisionsResponse>;
  /** Remediation items, most urgent first (overdue, then by due date and severity); every filter narrows. */
  listRemediations(
    options?: RemediationListOptions,
  ): Promise<RemediationListResponse>;
  /** Changes an item's status (open or in-progress), assignee, due date, ticket or notes; `null` clears. */
  updateRemediation(
    id: string,
    update: RemediationUpdateRequest,
  ): Promise<RemediationItem>;
  /** An item with every change made to it, oldest first. */
  getRemediationEvents(id: string): Promise<RemediationEventsResponse>;
  /** Every campaign with its overall progress, nearest deadline first. */
  listCampaigns(): Promise<CampaignListResponse>;
  /** A campaign with progress per team, burn-down and the overdue and at-risk lists. */
  getCampaign(id: string): Promise<CampaignDetailResponse>;
  /** Starts a campaign (admin only). */
  createCampaign(campaign: CampaignCreateRequest): Promise<Campaign>;
  /** Replaces a campaign; `version` is the version the change is based on (409 when stale). */
  updateCampaign(
    id: string,
    campaign: CampaignUpdateRequest,
  ): Promise<Campaign>;
}

/**
 * Filters of {@link StackscoreApi.listDecisions}.
 *
 * @public
 */
export interface DecisionListOptions {
  /** Group entity ref. */
  team?: string;
  /** Entity ref. */
  entity?: string;
  radarEntry?: string;
  check?: string;
  status?: DecisionStatus;
  tag?: string;
  /** Words that must all appear in the title or text. */
  q?: string;
  limit?: number;
  cursor?: string;
}

/**
 * API reference of {@link StackscoreApi}.
 *
 * @public
 */
export const stackscoreApiRef = createApiRef<StackscoreApi>({
  id: 'plugin.stackscore.service',
});

/**
 * Filters of {@link StackscoreApi.listRemediations}; list values match any of them.
 *
 * @public
 */
export interface RemediationListOptions {
  /** Owner refs (group or user) of the items' entities. */
  owner?: string[];
  /** With `owner`: also entities owned by subgroups of those groups. */
  includeSubgroups?: boolean;
  status?: RemediationStatus[];
  campaign?: string;
  check?: string;
  /** Entity ref. */
  entity?: string;
  /** User ref. */
  assignee?: string;
  limit?: number;
  offset?: number;
}
