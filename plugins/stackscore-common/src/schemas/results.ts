import { z } from 'zod';

/**
 * Schema of a scorecard id.
 *
 * @public
 */
export const scorecardIdSchema = z.enum([
  'slo',
  'observability',
  'security',
  'supply-chain',
]);

/**
 * Schema of a check level.
 *
 * @public
 */
export const checkLevelSchema = z.enum(['bronze', 'silver', 'gold']);

/**
 * Schema of a reached scorecard level; `none` when not even bronze is reached.
 *
 * @public
 */
export const scorecardLevelSchema = z.enum([
  'none',
  'bronze',
  'silver',
  'gold',
]);

/**
 * A reached scorecard level.
 *
 * @public
 */
export type ScorecardLevel = z.infer<typeof scorecardLevelSchema>;

/**
 * Schema of a check severity.
 *
 * @public
 */
export const checkSeveritySchema = z.enum([
  'critical',
  'high',
  'medium',
  'low',
]);

/**
 * Schema of a check status.
 *
 * @public
 */
export const checkStatusSchema = z.enum([
  'pass',
  'fail',
  'not-applicable',
  'error',
]);

/**
 * Outcome of one check for one entity.
 *
 * @public
 */
export type CheckStatus = z.infer<typeof checkStatusSchema>;

/**
 * Schema of one piece of evidence: what was found or missing, and where.
 *
 * @public
 */
export const evidenceSchema = z.object({
  message: z.string().min(1),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
});

/**
 * One piece of evidence behind a check result.
 *
 * @public
 */
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * Schema of the output of a check function.
 *
 * @public
 */
export const checkOutcomeSchema = z.object({
  status: checkStatusSchema,
  evidence: z.array(evidenceSchema),
});

/**
 * What a check function returns.
 *
 * @public
 */
export type CheckOutcome = z.infer<typeof checkOutcomeSchema>;

/**
 * Schema of a stored check result for an entity.
 *
 * @public
 */
export const checkResultSchema = checkOutcomeSchema.extend({
  checkId: z.string().min(1),
  scorecard: scorecardIdSchema,
  level: checkLevelSchema,
  severity: checkSeveritySchema,
  /** Set when an active exemption turns a failure into a pass. */
  exempted: z.boolean().optional(),
});

/**
 * A check result for an entity.
 *
 * @public
 */
export type CheckResult = z.infer<typeof checkResultSchema>;

/**
 * Schema of one scorecard's score for an entity.
 *
 * @public
 */
export const scorecardScoreSchema = z.object({
  id: scorecardIdSchema,
  level: scorecardLevelSchema,
  /** passed / applicable, 0..1; 0 when nothing applies. */
  score: z.number().min(0).max(1),
  passed: z.number().int().nonnegative(),
  applicable: z.number().int().nonnegative(),
});

/**
 * One scorecard's score for an entity.
 *
 * @public
 */
export type ScorecardScore = z.infer<typeof scorecardScoreSchema>;

/**
 * Schema of a reference to a catalog entity.
 *
 * @public
 */
export const entityCoordinatesSchema = z.object({
  kind: z.string().min(1),
  namespace: z.string().min(1),
  name: z.string().min(1),
});

/**
 * Schema of an entity's full score: every scorecard and every result.
 *
 * @public
 */
export const entityScoresSchema = z.object({
  entity: entityCoordinatesSchema,
  ecosystems: z.array(z.string()),
  scorecards: z.array(scorecardScoreSchema),
  results: z.array(checkResultSchema),
});

/**
 * An entity's full score.
 *
 * @public
 */
export type EntityScores = z.infer<typeof entityScoresSchema>;
