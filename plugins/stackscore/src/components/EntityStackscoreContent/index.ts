export { EntityStackscoreContent } from './EntityStackscoreContent';
