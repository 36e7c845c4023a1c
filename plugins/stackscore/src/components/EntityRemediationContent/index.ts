export { EntityRemediationContent } from './EntityRemediationContent';
