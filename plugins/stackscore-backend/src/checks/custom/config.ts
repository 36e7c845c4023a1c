import type { Config } from '@backstage/config';
import { z } from 'zod';
import {
  checkLevelSchema,
  checkSeveritySchema,
  ecosystemSchema,
  scorecardIdSchema,
} from '@stackscore/plugin-stackscore-common';

const valueTest = z
  .object({
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    matches: z
      .string()
      .refine(isValidRegExp, { message: 'is not a valid regular expression' })
      .optional(),
  })
  .strict();

function isValidRegExp(source: string): boolean {
  try {
    // eslint-disable-next-line no-new
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/**
 * Schema of the rule of a check declared in configuration. Exactly one kind per rule.
 *
 * @internal
 */
export const customRuleSchema = z.union([
  z.object({ fileExists: z.string().min(1) }).strict(),
  z.object({ glob: z.string().min(1) }).strict(),
  z
    .object({
      dependency: z
        .object({ ecosystem: ecosystemSchema, name: z.string().min(1) })
        .strict(),
    })
    .strict(),
  z
    .object({
      annotation: valueTest.extend({ key: z.string().min(1) }).strict(),
    })
    .strict(),
  z
    .object({
      document: valueTest
        .extend({
          /** A YAML or JSON file, relative to the repository root. */
          file: z.string().min(1),
          /** Dot path into the document, e.g. `engines.node` or `spec.template.spec.containers[0].image`. */
          path: z.string().min(1),
        })
        .strict(),
    })
    .strict(),
]);

/**
 * A custom check's rule.
 *
 * @internal
 */
export type CustomRule = z.infer<typeof customRuleSchema>;

/**
 * Schema of one entry of `stackscore.customChecks`.
 *
 * @internal
 */
export const customCheckConfigSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z][a-z-]*\.[a-z0-9][a-z0-9-]*$/,
        'must look like <scorecard>.<kebab-case-slug>',
      ),
    scorecard: scorecardIdSchema,
    level: checkLevelSchema,
    severity: checkSeveritySchema,
    title: z.string().min(1),
    description: z.string().optional(),
    remediation: z.string().min(1),
    ecosystems: z.array(ecosystemSchema).min(1).optional(),
    /** `spec.type` values; absent means every type. */
    types: z.array(z.string()).optional(),
    rule: customRuleSchema,
  })
  .strict()
  .refine(c => c.id.startsWith(`${c.scorecard}.`), {
    message: 'id must start with its scorecard',
    path: ['id'],
  });

/**
 * One check declared in configuration.
 *
 * @internal
 */
export type CustomCheckConfig = z.infer<typeof customCheckConfigSchema>;

/**
 * Reads and validates `stackscore.customChecks`. A bad entry throws an error naming the config key, so
 * the backend refuses to start with a broken rule rather than scoring with it.
 *
 * @internal
 */
export function readCustomCheckConfig(config: Config): CustomCheckConfig[] {
  const raw = config.getOptional('stackscore.customChecks') ?? [];
  const parsed = z.array(customCheckConfigSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path
      .map(part =>
        typeof part === 'number' ? `[${part}]` : `.${String(part)}`,
      )
      .join('');
    throw new Error(
      `Invalid configuration at stackscore.customChecks${key}: ${issue.message}`,
    );
  }
  const ids = new Set<string>();
  parsed.data.forEach((check, index) => {
    if (ids.has(check.id)) {
      throw new Error(
        `Invalid configuration at stackscore.customChecks[${index}].id: '${check.id}' is declared twice`,
      );
    }
    ids.add(check.id);
  });
  return parsed.data;
}
