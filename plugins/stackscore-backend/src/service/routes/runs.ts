import type Router from 'express-promise-router';
import { NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import { stackscoreRunCreatePermission } from '@stackscore/plugin-stackscore-common';
import type { RunRecord } from '../../database/RunStore';
import { RouterOptions, authorize } from '../context';
import { closeStaleRuns } from '../../runs/ScoringRunner';
import { parseInput, requireNoBody } from '../validation';

const runsQuerySchema = z
  .object({
    // A plain string first: `limit[]=1` arrives as an array, which coercion would quietly accept.
    limit: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(1).max(100))
      .default(20),
    before: z.iso.datetime().optional(),
  })
  .strict();

function runJson(run: RunRecord) {
  return {
    ...run,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString(),
    durationMs:
      (run.finishedAt ?? new Date()).getTime() - run.startedAt.getTime(),
  };
}

/**
 * `GET /v1/runs`, `GET /v1/runs/:id` and `POST /v1/runs`.
 *
 * @internal
 */
export function addRunRoutes(
  router: ReturnType<typeof Router>,
  options: RouterOptions,
) {
  const { runs, runner } = options;

  router.get('/v1/runs', async (req, res) => {
    const query = parseInput(runsQuerySchema, req.query, 'query');
    await closeStaleRuns(runs);
    const items = await runs.listRuns({
      limit: query.limit,
      before: query.before ? new Date(query.before) : undefined,
    });
    const last = items[items.length - 1];
    res.json({
      items: items.map(runJson),
      nextCursor:
        items.length === query.limit && last
          ? last.startedAt.toISOString()
          : undefined,
    });
  });

  router.get('/v1/runs/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: z.uuid() }), req.params, 'run id');
    await closeStaleRuns(runs);
    const run = await runs.getRun(id);
    if (!run) throw new NotFoundError(`No run ${id}`);
    res.json(runJson(run));
  });

  router.post('/v1/runs', requireNoBody, async (req, res) => {
    await authorize(options, req, {
      permission: stackscoreRunCreatePermission,
    });
    const { run } = await runner.start({ trigger: 'manual' });
    res.status(202).json(runJson(run));
  });
}
