export { stackscoreApiRef } from './StackscoreApi';
export type {
  DecisionListOptions,
  RemediationListOptions,
  StackscoreApi,
  TeamScoresOptions,
} from './StackscoreApi';
export { StackscoreClient } from './StackscoreClient';
export { StackscoreTechRadarApi } from './StackscoreTechRadarApi';
