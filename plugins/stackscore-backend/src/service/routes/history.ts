import type Router from 'express-promise-router';
import { InputError, NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import {
  scorecardIdSchema,
  type TeamHistoryResponse,
} from '@stackscore/plugin-stackscore-common';
import type { HistoryStore } from '../../database/HistoryStore';
import type { RouterOptions } from '../context';
import { resolveTeam, teamQueryShape } from '../groups';
import { entityRefFromParams, parseInput } from '../validation';

/** Days shown when the caller gives no range: a quarter, enough for a trend line. */
const defaultRangeDays = 90;
/** Longest range one request may ask for: two years (one of them possibly a leap year). */
const maxRangeDays = 731;

const dayMs = 24 * 60 * 60 * 1000;

const rangeShape = {
  scorecard: scorecardIdSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
};
const historyQuerySchema = z.object(rangeShape).strict();
const teamHistoryQuerySchema = z
  .object({ ...rangeShape, ...teamQueryShape })
  .strict();

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;
const dayString = (n: number) => new Date(n * dayMs).toISOString().slice(0, 10);

/** The inclusive UTC day range a request asks for, defaulting to the last {@link defaultRangeDays} days. */
function dayRange(query: { from?: string; to?: string }, now: Date) {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? dayString(dayNumber(to) - (defaultRangeDays - 1));
  const span = dayNumber(to) - dayNumber(from);
  if (span < 0) {
    throw new InputError(
      `Invalid query: from: ${from} must not be after to (${to})`,
    );
  }
  if (span > maxRangeDays) {
    throw new InputError(
      `Invalid query: from..to spans ${span} days; at most ${maxRangeDays} are allowed`,
    );
  }
  return { from, to };
}

/**
 * What the history routes need.
 *
 * @internal
 */
export type HistoryRouteOptions = Pick<
  RouterOptions,
  'httpAuth' | 'catalog' | 'auth'
> & {
  history: HistoryStore;
};

/**
 * `GET /v1/entities/:kind/:namespace/:name/history`: an entity's daily scorecard levels and scores;
 * `GET /v1/teams/:namespace/:name/history`: a team's (and by default its subgroups') daily entity counts,
 * mean scores and level distributions per scorecard.
 *
 * @internal
 */
export function addHistoryRoutes(
  router: ReturnType<typeof Router>,
  options: HistoryRouteOptions,
) {
  const { history, httpAuth } = options;

  router.get(
    '/v1/entities/:kind/:namespace/:name/history',
    async (req, res) => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const entityRef = entityRefFromParams(req.params);
      const query = parseInput(historyQuerySchema, req.query, 'query');
      const { from, to } = dayRange(query, new Date());
      const points = await history.getScorePoints({
        entityRef,
        scorecard: query.scorecard,
        from,
        to,
      });
      if (!points) {
        throw new NotFoundError(`No scores for ${entityRef}`);
      }
      res.json({ entityRef, from, to, points });
    },
  );

  router.get('/v1/teams/:namespace/:name/history', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(teamHistoryQuerySchema, req.query, 'query');
    const { from, to } = dayRange(query, new Date());
    const { team, owners } = await resolveTeam(options, req.params, query);
    const points = await history.getTeamTrend({
      owners,
      scorecard: query.scorecard,
      from,
      to,
    });
    res.json({ team, from, to, points } satisfies TeamHistoryResponse);
  });
}
