export { StackscoreContent, StackscorePage } from './StackscorePage';
