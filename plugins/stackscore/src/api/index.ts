export { stackscoreApiRef } from './StackscoreApi';
export type { StackscoreApi } from './StackscoreApi';
export { StackscoreClient } from './StackscoreClient';
