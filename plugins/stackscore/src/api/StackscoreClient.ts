import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  CheckListResponse,
  ScorecardId,
  ScorecardListResponse,
  ScorecardSummary,
} from '@stackscore/plugin-stackscore-common';
import type { StackscoreApi } from './StackscoreApi';

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

  private async request<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('stackscore');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
