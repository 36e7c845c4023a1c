export { DecisionEditor } from './DecisionEditor';
export type { DecisionEditorMode, DecisionEditorProps } from './DecisionEditor';
export { stackDraftDecision } from './stackDraft';
