export { StackscoreIcon } from './StackscoreIcon';
