export { EntityStackscoreCard } from './EntityStackscoreCard';
