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
