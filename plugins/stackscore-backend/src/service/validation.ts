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

/** Deeper JSON than this is no request of ours, and walking it recursively could exhaust the stack. */
const maxBodyDepth = 32;

/**
 * What is wrong with a parsed JSON body, if anything: a NUL character in any key or string, or nesting deeper
 * than {@link maxBodyDepth}. Walks the value with an explicit stack, never by recursion.
 */
function bodyProblem(body: unknown): string | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [
    { value: body, depth: 0 },
  ];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return 'contains a NUL character';
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= maxBodyDepth)
      return `nested deeper than ${maxBodyDepth} levels`;
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes('\u0000')) return 'contains a NUL character';
      stack.push({ value: inner, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Express middleware refusing a NUL character anywhere in the path, query or JSON body, and absurdly nested
 * bodies, with a 400. No legitimate input carries a NUL, and PostgreSQL rejects it in text, which would
 * otherwise surface as a 500 after validation passed (SQLite would store it).
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
  const problem = bodyProblem(req.body);
  if (problem) {
    next(new InputError(`Invalid body: ${problem}`));
    return;
  }
  next();
}

/**
 * Express middleware for endpoints that take no body: anything but nothing (or an empty JSON object) is a
 * 400, so a client that thinks it is passing options learns that it is not.
 *
 * @internal
 */
export function requireNoBody(
  req: {
    headers: Record<string, string | string[] | undefined>;
    body?: unknown;
  },
  _res: unknown,
  next: (error?: unknown) => void,
) {
  const length = Number(req.headers['content-length'] ?? 0);
  const emptyJsonObject =
    req.body !== null &&
    typeof req.body === 'object' &&
    !Array.isArray(req.body) &&
    Object.keys(req.body).length === 0 &&
    String(req.headers['content-type'] ?? '').includes('json');
  const sent = length > 0 || req.headers['transfer-encoding'] !== undefined;
  if (sent && !emptyJsonObject) {
    next(new InputError('Invalid body: this endpoint takes no body'));
    return;
  }
  next();
}

/**
 * Express middleware for endpoints that take a JSON body: a body in another media type, or none at all, is a
 * 400. Without it such a request reaches the handler as `{}`, which an endpoint whose fields are all optional
 * (a partial update) would accept as valid.
 *
 * @internal
 */
export function requireJsonBody(
  req: {
    headers: Record<string, string | string[] | undefined>;
    is(type: string): string | false | null;
  },
  _res: unknown,
  next: (error?: unknown) => void,
) {
  const sent =
    Number(req.headers['content-length'] ?? 0) > 0 ||
    req.headers['transfer-encoding'] !== undefined;
  if (!sent) {
    next(new InputError('Invalid body: this endpoint needs a JSON body'));
    return;
  }
  if (!req.is('application/json')) {
    next(
      new InputError(
        `Invalid body: expected Content-Type application/json, got ${
          req.headers['content-type'] ?? 'none'
        }`,
      ),
    );
    return;
  }
  next();
}
