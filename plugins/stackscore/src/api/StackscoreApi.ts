import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  CheckListResponse,
  EntityHistoryResponse,
  EntityScoresResponse,
  ScorecardSummary,
  ScorecardId,
} from '@stackscore/plugin-stackscore-common';

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
}

/**
 * API reference of {@link StackscoreApi}.
 *
 * @public
 */
export const stackscoreApiRef = createApiRef<StackscoreApi>({
  id: 'plugin.stackscore.service',
});
