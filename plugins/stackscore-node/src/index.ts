/**
 * Extension points of the Stackscore backend: fact collectors and checks.
 *
 * @packageDocumentation
 */

export * from './extensions';
