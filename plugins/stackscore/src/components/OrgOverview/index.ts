export { OrgOverview } from './OrgOverview';
