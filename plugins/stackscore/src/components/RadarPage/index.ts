export { RadarPage, entryQueryParam } from './RadarPage';
