/**
 * Isomorphic types, schemas, permissions and scoring rules shared by the Stackscore plugins.
 *
 * @packageDocumentation
 */

export * from './catalogue/types';
export * from './scorecards';
export * from './schemas/results';
export * from './scoring/levels';
export * from './permissions';
export * from './api';
export * from './catalogue/documents';
export * from './catalogue/checks';
export * from './facts/schema';
export * from './radar/api';
export * from './stack/api';
export * from './radar/types';
export * from './radar/seed';
export * from './radar/usage';
export * from './stack/matrices';
export * from './stack/recommend';
export * from './stack/profile';
export * from './decisions/types';
export * from './decisions/templates';
export * from './decisions/madr';
export * from './decisions/repositoryAdrs';
export * from './schemas/fields';
export * from './remediation/types';
