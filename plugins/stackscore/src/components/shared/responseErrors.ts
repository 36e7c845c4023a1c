import type { ResponseError } from '@backstage/errors';

function isResponseError(error: unknown): error is ResponseError {
  // By name, not instanceof: two bundled copies of @backstage/errors would make instanceof fail.
  return error instanceof Error && error.name === 'ResponseError';
}

/**
 * The HTTP status of a failed request, or undefined for errors that never reached the backend.
 *
 * @internal
 */
export function statusOf(error: unknown): number | undefined {
  return isResponseError(error) ? error.statusCode : undefined;
}

/**
 * What the backend said about a refused request (for a 400 it names the field, for a 409 it says what
 * changed), falling back to the error's own message.
 *
 * @internal
 */
export function serverMessage(error: unknown): string {
  if (isResponseError(error)) {
    const message = error.body?.error?.message ?? error.cause?.message;
    if (message) return message;
  }
  return error instanceof Error ? error.message : String(error);
}
