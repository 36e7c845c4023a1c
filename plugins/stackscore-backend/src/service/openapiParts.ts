import { z } from 'zod';

/*
 * Building blocks every part of the OpenAPI document uses.
 */

/** @internal */
export const ref = (name: string) => ({
  $ref: `#/components/schemas/${name}`,
});

/** @internal A JSON response with its schema. */
export const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** @internal A required JSON request body, generated from the zod schema the route validates with. */
export const body = (schema: z.ZodType) => ({
  required: true,
  content: {
    'application/json': { schema: z.toJSONSchema(schema, { io: 'input' }) },
  },
});

/** @internal An error response in Backstage's error shape. */
export const error = (description: string) => json(ref('Error'), description);

/** @internal */
export const dateTime = { type: 'string', format: 'date-time' };

/** @internal An array of strings. */
export const strings = { type: 'array', items: { type: 'string' } };

/** @internal The `:id` path parameter of resources identified by a UUID. */
export const uuidIdParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
};

/** @internal The `:kind/:namespace/:name` path parameters of entity routes. */
export const entityParams: object[] = ['kind', 'namespace', 'name'].map(
  name => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }),
);

/** @internal Scorecard levels a check can have. */
export const checkLevel = { enum: ['bronze', 'silver', 'gold'] };

/** @internal Check severities. */
export const severity = { enum: ['critical', 'high', 'medium', 'low'] };
