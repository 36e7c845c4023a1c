import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  CheckListResponse,
  EntityHistoryResponse,
  EntityScoresResponse,
  ScorecardId,
  ScorecardListResponse,
  ScorecardSummary,
} from '@stackscore/plugin-stackscore-common';
import type { StackscoreApi } from './StackscoreApi';

/** The API path of an entity; every part encoded. */
function entityPath(entity: CompoundEntityRef): string {
  return `/v1/entities/${[entity.kind, entity.namespace, entity.name]
    .map(encodeURIComponent)
    .join('/')}`;
}

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
    const query = new URLSearchParams();
    if (options.scorecard) query.set('scorecard', options.scorecard);
    const suffix = query.size ? `?${query}` : '';
    return this.request<CheckListResponse>(`/v1/checks${suffix}`);
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
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(options)) {
      if (value) query.set(key, value);
    }
    const suffix = query.size ? `?${query}` : '';
    return this.request<EntityHistoryResponse>(
      `${entityPath(entity)}/history${suffix}`,
    );
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
