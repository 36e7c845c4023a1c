/**
 * Stackscore frontend plugin: scorecards, radar, decisions and remediation in the portal.
 *
 * @packageDocumentation
 */

export {
  stackscorePlugin,
  StackscorePage,
  EntityStackscoreCard,
  EntityStackscoreContent,
  EntityTeamStackscoreCard,
  EntityTeamStackscoreContent,
  EntityTeamRadarContent,
  EntityDecisionsContent,
  EntityRemediationContent,
} from './plugin';
export {
  stackscoreApiRef,
  StackscoreClient,
  StackscoreTechRadarApi,
} from './api';
export type {
  DecisionListOptions,
  RemediationListOptions,
  StackscoreApi,
  TeamScoresOptions,
} from './api';
export { rootRouteRef } from './routes';
export { StackscoreIcon } from './components/StackscoreIcon';
