import express from 'express';
import Router from 'express-promise-router';
import { Knex } from 'knex';
import { z } from 'zod';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  CheckDefinition,
  checkCatalogueVersion,
  checkLevels,
  scorecardIdSchema,
  scorecards,
} from '@stackscore/plugin-stackscore-common';

/**
 * What the router needs from the plugin.
 *
 * @internal
 */
export interface RouterOptions {
  logger: LoggerService;
  db: Knex;
  /** Built-in checks plus those added through the extension point. */
  listChecks: () => CheckDefinition[];
}

const checksQuerySchema = z
  .object({ scorecard: scorecardIdSchema.optional() })
  .strict();

/** Turns a zod failure into a 400 that names the offending field. */
function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.length ? issue.path.join('.') : what;
    throw new InputError(`Invalid ${what}: ${path}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Creates the `/v1` REST API of the Stackscore backend.
 *
 * @internal
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { db, listChecks, logger } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/v1/health', async (_req, res) => {
    try {
      await db.raw('select 1');
    } catch (error) {
      logger.warn('Stackscore health check could not reach the database', {
        error: String(error),
      });
      throw new ServiceUnavailableError('database unreachable');
    }
    res.json({ status: 'ok', catalogueVersion: checkCatalogueVersion });
  });

  router.get('/v1/scorecards', async (_req, res) => {
    const checks = listChecks();
    res.json({
      items: scorecards.map(scorecard => {
        const own = checks.filter(c => c.scorecard === scorecard.id);
        return {
          ...scorecard,
          levels: checkLevels,
          checkCounts: Object.fromEntries(
            checkLevels.map(level => [
              level,
              own.filter(c => c.level === level).length,
            ]),
          ),
          totalChecks: own.length,
        };
      }),
    });
  });

  router.get('/v1/checks', async (req, res) => {
    const query = parseInput(checksQuerySchema, req.query, 'query');
    const items = listChecks().filter(
      c => !query.scorecard || c.scorecard === query.scorecard,
    );
    res.json({ catalogueVersion: checkCatalogueVersion, items });
  });

  return router;
}
