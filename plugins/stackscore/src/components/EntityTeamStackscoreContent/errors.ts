import type { ResponseError } from '@backstage/errors';

/**
 * Whether the backend answered 404, which on the team routes means its catalog has no such group. Checked by
 * name and status rather than `instanceof`, which breaks when two copies of `@backstage/errors` are bundled.
 *
 * @internal
 */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === 'ResponseError' &&
    (error as ResponseError).statusCode === 404
  );
}
