export { CheckCatalogue } from './CheckCatalogue';
export { checkQueryParam } from './query';
