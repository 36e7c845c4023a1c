export { stackscoreApiRef } from './StackscoreApi';
export type {
  DecisionListOptions,
  StackscoreApi,
  TeamScoresOptions,
} from './StackscoreApi';
export { StackscoreClient } from './StackscoreClient';
export { StackscoreTechRadarApi } from './StackscoreTechRadarApi';
