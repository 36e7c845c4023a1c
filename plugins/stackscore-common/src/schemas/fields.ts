import { z } from 'zod';

// Backstage's own rules for kind, namespace and name; comparison is case-insensitive, so refs are
// stored in lower case to make lookups by ref exact.
const entityRefPattern =
  /^[a-z][a-z0-9]*:[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i;

/**
 * Schema of a full entity reference `kind:namespace/name`, lower-cased.
 *
 * @public
 */
export const entityRefSchema = z
  .string()
  .trim()
  .max(255)
  .regex(entityRefPattern, {
    message:
      'must be an entity reference "kind:namespace/name", e.g. "component:default/orders-api"',
  })
  .overwrite(ref => ref.toLocaleLowerCase('en-US'));

function refOfKind(kind: string) {
  // Only a well-formed ref is worth a second complaint about its kind.
  return entityRefSchema.refine(
    ref => !entityRefPattern.test(ref) || ref.startsWith(`${kind}:`),
    { message: `must be a ${kind} reference "${kind}:namespace/name"` },
  );
}

/**
 * Schema of a group entity reference, lower-cased.
 *
 * @public
 */
export const groupRefSchema = refOfKind('group');

/**
 * Schema of a user entity reference, lower-cased.
 *
 * @public
 */
export const userRefSchema = refOfKind('user');

/**
 * Schema of a check id `<scorecard>.<slug>`.
 *
 * @public
 */
export const checkIdSchema = z
  .string()
  .max(200)
  .regex(/^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/, {
    message:
      'must be a check id "<scorecard>.<slug>", e.g. "security.sast-in-ci"',
  });

/**
 * Schema of a catalog tag as Backstage allows it.
 *
 * @public
 */
export const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9:+#]+(?:-[a-z0-9:+#]+)*$/, {
    message: 'tags are lower-case words joined by dashes, e.g. "event-driven"',
  });

/**
 * Schema of a calendar date `YYYY-MM-DD`.
 *
 * @public
 */
export const isoDateSchema = z.iso.date({
  message: 'must be a date "YYYY-MM-DD"',
});
