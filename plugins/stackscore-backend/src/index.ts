/**
 * Stackscore backend plugin: collection, evaluation, persistence, scheduling and the REST API.
 *
 * @packageDocumentation
 */

export { stackscorePlugin as default } from './plugin';
export { stackscorePlugin } from './plugin';
