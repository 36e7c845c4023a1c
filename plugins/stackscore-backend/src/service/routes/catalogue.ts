import type Router from 'express-promise-router';
import { z } from 'zod';
import {
  checkCatalogueVersion,
  checkLevels,
  scorecardIdSchema,
  scorecards,
} from '@stackscore/plugin-stackscore-common';
import type { RouterOptions } from '../context';
import { parseInput } from '../validation';

const checksQuerySchema = z
  .object({ scorecard: scorecardIdSchema.optional() })
  .strict();

/**
 * `GET /v1/scorecards` and `GET /v1/checks`: the scorecards and the check catalogue in force.
 *
 * @internal
 */
export function addCatalogueRoutes(
  router: ReturnType<typeof Router>,
  { listChecks }: RouterOptions,
) {
  router.get('/v1/scorecards', async (req, res) => {
    parseInput(z.object({}).strict(), req.query, 'query');
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
          checks: own.map(c => ({
            id: c.id,
            title: c.title,
            level: c.level,
            severity: c.severity,
          })),
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
}
