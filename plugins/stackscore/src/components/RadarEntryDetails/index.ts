export { RadarEntryDetails } from './RadarEntryDetails';
export type {
  RadarEntryDetailsProps,
  RadarEntryUser,
} from './RadarEntryDetails';
