export { StackDecisionsPage } from './StackDecisionsPage';
export type { StackDecisionsPageProps } from './StackDecisionsPage';
export type { StackDecisionDraft, StackOption } from './RankedOptions';
