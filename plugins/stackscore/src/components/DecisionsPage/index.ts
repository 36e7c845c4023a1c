export { DecisionsPage } from './DecisionsPage';
export type { NewDecisionState } from './DecisionsPage';
