export { RadarChart } from './RadarChart';
export type { RadarChartProps } from './RadarChart';
export type { RadarChartEntry } from './layout';
