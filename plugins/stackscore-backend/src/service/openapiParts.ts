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
