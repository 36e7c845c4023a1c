export { stackscoreApiRef } from './StackscoreApi';
export type { StackscoreApi, TeamScoresOptions } from './StackscoreApi';
export { StackscoreClient } from './StackscoreClient';
