import { createApiRef } from '@backstage/core-plugin-api';
import type {
  CheckListResponse,
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
}

/**
 * API reference of {@link StackscoreApi}.
 *
 * @public
 */
export const stackscoreApiRef = createApiRef<StackscoreApi>({
  id: 'plugin.stackscore.service',
});
