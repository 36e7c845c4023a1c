export { EntityDecisionsContent } from './EntityDecisionsContent';
