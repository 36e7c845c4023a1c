export { StackscorePage } from './StackscorePage';
