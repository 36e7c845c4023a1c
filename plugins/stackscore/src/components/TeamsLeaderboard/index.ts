export { TeamsLeaderboard } from './TeamsLeaderboard';
export type { TeamsLeaderboardProps } from './TeamsLeaderboard';
export { TeamsTab } from './TeamsTab';
export type { OverviewTeam } from './teams';
