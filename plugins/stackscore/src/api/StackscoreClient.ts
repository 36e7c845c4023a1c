import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
  DecisionSupersedeRequest,
  DecisionUpdateRequest,
  EntityDecisionsResponse,
  OverviewResponse,
  RadarEntryCreate,
  RadarEntryDetailResponse,
  RadarEntryResponse,
  RadarEntryUpdate,
  RadarResponse,
  RunListResponse,
  RunResponse,
  ScorecardId,
  ScorecardListResponse,
  ScorecardSummary,
  StackRecommendRequest,
  StackRecommendResponse,
  TeamHistoryResponse,
  TeamRadarResponse,
  TeamScoresResponse,
  TeamStackResponse,
  UnknownTechnologiesResponse,
  Campaign,
  CampaignCreateRequest,
  CampaignDetailResponse,
  CampaignListResponse,
  CampaignUpdateRequest,
  RemediationEventsResponse,
  RemediationItem,
  RemediationListResponse,
  RemediationUpdateRequest,
} from '@stackscore/plugin-stackscore-common';
import type {
  DecisionListOptions,
  RemediationListOptions,
  StackscoreApi,
  TeamScoresOptions,
} from './StackscoreApi';

/** The API path of an entity; every part encoded. */
function entityPath(entity: CompoundEntityRef): string {
  return `/v1/entities/${[entity.kind, entity.namespace, entity.name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** The API path of a team (a group entity); every part encoded. */
function teamPath(team: CompoundEntityRef, prefix = '/v1/teams'): string {
  return `${prefix}/${[team.namespace, team.name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** `?key=value&…` of the options that are set, or an empty string. */
function queryString(
  options: Record<string, string | number | boolean | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return query.size ? `?${query}` : '';
}

/** The most rows the team endpoint returns per page. */
const maxTeamPage = 500;

/**
 * {@link StackscoreApi} over HTTP, using Backstage's discovery and authenticated fetch.
 *
 * @public
 */
export class StackscoreClient implements StackscoreApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getScorecards(): Promise<ScorecardSummary[]> {
    const body = await this.request<ScorecardListResponse>('/v1/scorecards');
    return body.items;
  }

  async getChecks(
    options: { scorecard?: ScorecardId } = {},
  ): Promise<CheckListResponse> {
    return this.request<CheckListResponse>(`/v1/checks${queryString(options)}`);
  }

  async getEntityScores(
    entity: CompoundEntityRef,
  ): Promise<EntityScoresResponse | undefined> {
    try {
      return await this.request<EntityScoresResponse>(
        `${entityPath(entity)}/scores`,
      );
    } catch (error) {
      if (error instanceof ResponseError && error.statusCode === 404) {
        return undefined;
      }
      throw error;
    }
  }

  async refreshEntity(
    entity: CompoundEntityRef,
  ): Promise<EntityScoresResponse> {
    return this.request<EntityScoresResponse>(`${entityPath(entity)}/refresh`, {
      method: 'POST',
    });
  }

  async getEntityHistory(
    entity: CompoundEntityRef,
    options: { from?: string; to?: string; scorecard?: ScorecardId } = {},
  ): Promise<EntityHistoryResponse> {
    return this.request<EntityHistoryResponse>(
      `${entityPath(entity)}/history${queryString(options)}`,
    );
  }

  async getOverview(): Promise<OverviewResponse> {
    return this.request<OverviewResponse>('/v1/overview');
  }

  async getTeamScores(
    team: CompoundEntityRef,
    options: TeamScoresOptions = {},
  ): Promise<TeamScoresResponse> {
    return this.request<TeamScoresResponse>(
      `${teamPath(team)}/scores${queryString({ ...options })}`,
    );
  }

  async getAllTeamScores(
    team: CompoundEntityRef,
    options: Omit<TeamScoresOptions, 'limit' | 'cursor'> = {},
  ): Promise<TeamScoresResponse> {
    let page = await this.getTeamScores(team, {
      ...options,
      limit: maxTeamPage,
    });
    const items = [...page.items];
    while (page.nextCursor) {
      page = await this.getTeamScores(team, {
        ...options,
        limit: maxTeamPage,
        cursor: page.nextCursor,
      });
      items.push(...page.items);
    }
    return { ...page, items, nextCursor: undefined };
  }

  async getTeamHistory(
    team: CompoundEntityRef,
    options: { includeSubgroups?: boolean; from?: string; to?: string } = {},
  ): Promise<TeamHistoryResponse> {
    return this.request<TeamHistoryResponse>(
      `${teamPath(team)}/history${queryString(options)}`,
    );
  }

  async getCheckEntities(
    checkId: string,
    options: { status?: CheckStatus; limit?: number; cursor?: string } = {},
  ): Promise<CheckEntitiesResponse> {
    return this.request<CheckEntitiesResponse>(
      `/v1/checks/${encodeURIComponent(checkId)}/entities${queryString(
        options,
      )}`,
    );
  }

  async listRuns(
    options: { limit?: number; before?: string } = {},
  ): Promise<RunListResponse> {
    return this.request<RunListResponse>(`/v1/runs${queryString(options)}`);
  }

  async getRun(id: string): Promise<RunResponse> {
    return this.request<RunResponse>(`/v1/runs/${encodeURIComponent(id)}`);
  }

  async startRun(): Promise<RunResponse> {
    return this.request<RunResponse>('/v1/runs', { method: 'POST' });
  }

  async listExemptions(
    options: {
      entityRef?: string;
      checkId?: string;
      active?: boolean;
      limit?: number;
    } = {},
  ): Promise<ExemptionListResponse> {
    return this.request<ExemptionListResponse>(
      `/v1/exemptions${queryString(options)}`,
    );
  }

  async createExemption(input: {
    entityRef: string;
    checkId: string;
    reason: string;
    expiresAt: string;
  }): Promise<ExemptionResponse> {
    return this.sendJson<ExemptionResponse>('POST', '/v1/exemptions', input);
  }

  async revokeExemption(id: string): Promise<ExemptionResponse> {
    return this.request<ExemptionResponse>(
      `/v1/exemptions/${encodeURIComponent(id)}`,
      { method: 'DELETE' },
    );
  }

  async getRadar(): Promise<RadarResponse> {
    return this.request<RadarResponse>('/v1/radar');
  }

  async getRadarEntry(id: string): Promise<RadarEntryDetailResponse> {
    return this.request<RadarEntryDetailResponse>(
      `/v1/radar/entries/${encodeURIComponent(id)}`,
    );
  }

  async createRadarEntry(entry: RadarEntryCreate): Promise<RadarEntryResponse> {
    return this.sendJson<RadarEntryResponse>(
      'POST',
      '/v1/radar/entries',
      entry,
    );
  }

  async updateRadarEntry(
    id: string,
    update: RadarEntryUpdate,
  ): Promise<RadarEntryResponse> {
    return this.sendJson<RadarEntryResponse>(
      'PUT',
      `/v1/radar/entries/${encodeURIComponent(id)}`,
      update,
    );
  }

  async getTeamRadar(
    team: CompoundEntityRef,
    options: { includeSubgroups?: boolean } = {},
  ): Promise<TeamRadarResponse> {
    return this.request<TeamRadarResponse>(
      `${teamPath(team, '/v1/radar/teams')}${queryString(options)}`,
    );
  }

  async getUnknownTechnologies(): Promise<UnknownTechnologiesResponse> {
    return this.request<UnknownTechnologiesResponse>('/v1/radar/unknown');
  }

  async recommendStack(
    request: StackRecommendRequest,
  ): Promise<StackRecommendResponse> {
    return this.sendJson<StackRecommendResponse>(
      'POST',
      '/v1/stack/recommend',
      request,
    );
  }

  async getTeamStack(
    team: CompoundEntityRef,
    options: { includeSubgroups?: boolean } = {},
  ): Promise<TeamStackResponse> {
    return this.request<TeamStackResponse>(
      `${teamPath(team, '/v1/stack/teams')}${queryString(options)}`,
    );
  }

  async listDecisions(
    options: DecisionListOptions = {},
  ): Promise<DecisionListResponse> {
    return this.request<DecisionListResponse>(
      `/v1/decisions${queryString({ ...options })}`,
    );
  }

  async getDecision(id: string): Promise<DecisionResponse> {
    return this.request<DecisionResponse>(
      `/v1/decisions/${encodeURIComponent(id)}`,
    );
  }

  async createDecision(
    decision: DecisionCreateRequest,
  ): Promise<DecisionResponse> {
    return this.sendJson<DecisionResponse>('POST', '/v1/decisions', decision);
  }

  async updateDecision(
    id: string,
    update: DecisionUpdateRequest,
  ): Promise<DecisionResponse> {
    return this.sendJson<DecisionResponse>(
      'PUT',
      `/v1/decisions/${encodeURIComponent(id)}`,
      update,
    );
  }

  async supersedeDecision(
    id: string,
    request: DecisionSupersedeRequest,
  ): Promise<{ superseded: DecisionResponse; replacement: DecisionResponse }> {
    return this.sendJson(
      'POST',
      `/v1/decisions/${encodeURIComponent(id)}/supersede`,
      request,
    );
  }

  async getDecisionHistory(id: string): Promise<DecisionHistoryResponse> {
    return this.request<DecisionHistoryResponse>(
      `/v1/decisions/${encodeURIComponent(id)}/history`,
    );
  }

  async exportDecisionMadr(id: string): Promise<string> {
    const baseUrl = await this.discoveryApi.getBaseUrl('stackscore');
    const response = await this.fetchApi.fetch(
      `${baseUrl}/v1/decisions/${encodeURIComponent(id)}/madr`,
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.text();
  }

  async importDecision(
    request: DecisionImportRequest,
  ): Promise<DecisionImportResponse> {
    return this.sendJson<DecisionImportResponse>(
      'POST',
      '/v1/decisions/import',
      request,
    );
  }

  async getEntityDecisions(
    entity: CompoundEntityRef,
  ): Promise<EntityDecisionsResponse> {
    return this.request<EntityDecisionsResponse>(
      `${entityPath(entity)}/decisions`,
    );
  }

  async listRemediations(
    options: RemediationListOptions = {},
  ): Promise<RemediationListResponse> {
    const { owner, status, ...rest } = options;
    return this.request<RemediationListResponse>(
      `/v1/remediations${queryString({
        ...rest,
        owner: owner?.join(','),
        status: status?.join(','),
      })}`,
    );
  }

  async updateRemediation(
    id: string,
    update: RemediationUpdateRequest,
  ): Promise<RemediationItem> {
    return this.sendJson<RemediationItem>(
      'PATCH',
      `/v1/remediations/${encodeURIComponent(id)}`,
      update,
    );
  }

  async getRemediationEvents(id: string): Promise<RemediationEventsResponse> {
    return this.request<RemediationEventsResponse>(
      `/v1/remediations/${encodeURIComponent(id)}/events`,
    );
  }

  async listCampaigns(): Promise<CampaignListResponse> {
    return this.request<CampaignListResponse>('/v1/campaigns');
  }

  async getCampaign(id: string): Promise<CampaignDetailResponse> {
    return this.request<CampaignDetailResponse>(
      `/v1/campaigns/${encodeURIComponent(id)}`,
    );
  }

  async createCampaign(campaign: CampaignCreateRequest): Promise<Campaign> {
    return this.sendJson<Campaign>('POST', '/v1/campaigns', campaign);
  }

  async updateCampaign(
    id: string,
    campaign: CampaignUpdateRequest,
  ): Promise<Campaign> {
    return this.sendJson<Campaign>(
      'PUT',
      `/v1/campaigns/${encodeURIComponent(id)}`,
      campaign,
    );
  }

  private async sendJson<T>(
    method: 'POST' | 'PUT' | 'PATCH',
    path: string,
    body: unknown,
  ): Promise<T> {
    return this.request<T>(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('stackscore');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
