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
