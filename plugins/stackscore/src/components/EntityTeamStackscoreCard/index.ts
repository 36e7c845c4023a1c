export { EntityTeamStackscoreCard } from './EntityTeamStackscoreCard';
