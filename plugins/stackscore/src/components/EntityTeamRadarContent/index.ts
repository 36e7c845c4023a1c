export { EntityTeamRadarContent } from './EntityTeamRadarContent';
