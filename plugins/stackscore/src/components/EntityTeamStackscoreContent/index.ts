export { EntityTeamStackscoreContent } from './EntityTeamStackscoreContent';
export { NoScoredServicesText } from './NoScoredServices';
export { TeamNotFound } from './TeamNotFound';
export { isNotFound } from './errors';
export { useTeamRef, useTeamScores, useTeamHistory } from './useTeamScores';
