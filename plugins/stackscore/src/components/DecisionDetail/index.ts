export { DecisionDetail } from './DecisionDetail';
export type { DecisionDetailProps } from './DecisionDetail';
