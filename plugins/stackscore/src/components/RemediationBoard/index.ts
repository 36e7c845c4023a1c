export { RemediationBoard } from './RemediationBoard';
