export { RunsPanel } from './RunsPanel';
export type { RunsPanelProps } from './RunsPanel';
