export { EntityTeamStackscoreContent } from './EntityTeamStackscoreContent';
export { NoScoredServicesText } from './NoScoredServices';
export { TeamNotFound, TeamNotFoundPanel } from './TeamNotFound';
export { isNotFound } from './errors';
export { useTeamRef, useTeamScores, useTeamHistory } from './useTeamScores';
