import { InputError } from '@backstage/errors';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

/**
 * Parses request input, turning a zod failure into a 400 that names the failing path.
 *
 * @internal
 */
export function parseInput<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.length ? issue.path.join('.') : what;
    throw new InputError(`Invalid ${what}: ${path}: ${issue.message}`);
  }
  return parsed.data;
}

const entityParamsSchema = z.object({
  kind: z.string().min(1).max(64),
  namespace: z.string().min(1).max(255),
  name: z.string().min(1).max(255),
});

/**
 * The entity ref named by `:kind/:namespace/:name` route parameters.
 *
 * @internal
 */
export function entityRefFromParams(params: unknown): string {
  return stringifyEntityRef(parseInput(entityParamsSchema, params, 'entity'));
}

/** Whether a parsed JSON value holds a NUL character in any string, key or value. */
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(
      ([key, inner]) => key.includes('\u0000') || containsNul(inner),
    );
  }
  return false;
}

/**
 * Express middleware refusing a NUL character anywhere in the path, query or JSON body with a 400. No
 * legitimate input carries one, and PostgreSQL rejects it in text, which would otherwise surface as a 500
 * after validation passed (SQLite would store it).
 *
 * @internal
 */
export function rejectNulCharacters(
  req: { originalUrl: string; body?: unknown },
  _res: unknown,
  next: (error?: unknown) => void,
) {
  if (/%00/i.test(req.originalUrl) || req.originalUrl.includes('\u0000')) {
    next(new InputError('Invalid request: the URL contains a NUL character'));
    return;
  }
  if (containsNul(req.body)) {
    next(new InputError('Invalid body: contains a NUL character'));
    return;
  }
  next();
}
