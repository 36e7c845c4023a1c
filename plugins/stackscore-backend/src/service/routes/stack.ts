import type Router from 'express-promise-router';
import { z } from 'zod';
import {
  assessServiceStack,
  recommendStack,
  stackRecommendRequestSchema,
  type ServiceStackProfile,
  type StackRecommendResponse,
  type TeamStackResponse,
} from '@stackscore/plugin-stackscore-common';
import type { RadarStore } from '../../database/RadarStore';
import type { RouterOptions } from '../context';
import { resolveTeam, teamQueryShape } from '../groups';
import { parseInput, requireJsonBody } from '../validation';

const teamStackQuerySchema = z.object(teamQueryShape).strict();

/** Counts of each value across services, most used first, ties by name. */
function tally(lists: readonly string[][]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const list of lists) {
    for (const value of new Set(list)) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
}

/**
 * What the stack-decision routes need.
 *
 * @internal
 */
export type StackRouteOptions = Pick<
  RouterOptions,
  'httpAuth' | 'catalog' | 'auth'
> & {
  radar: Pick<RadarStore, 'stackProfilesOf'>;
};

/**
 * `POST /v1/stack/recommend`: languages and frameworks ranked for a team's requirements and constraints;
 * `GET /v1/stack/teams/:namespace/:name`: the team's current stack per service, compared with the framework.
 *
 * @internal
 */
export function addStackRoutes(
  router: ReturnType<typeof Router>,
  options: StackRouteOptions,
) {
  const { httpAuth, radar } = options;

  router.post('/v1/stack/recommend', requireJsonBody, async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const request = parseInput(stackRecommendRequestSchema, req.body, 'body');
    res.json(recommendStack(request) satisfies StackRecommendResponse);
  });

  router.get('/v1/stack/teams/:namespace/:name', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(teamStackQuerySchema, req.query, 'query');
    const { team, owners } = await resolveTeam(options, req.params, query);
    const profiles = (await radar.stackProfilesOf(owners)).map(
      ({ profile }) => profile as ServiceStackProfile,
    );
    res.json({
      team,
      services: profiles.map(profile => ({
        entityRef: profile.entityRef,
        languages: profile.languages,
        frameworks: profile.frameworks,
        p99TargetMs: profile.p99TargetMs,
        rpsTarget: profile.rpsTarget,
        findings: assessServiceStack(profile).findings,
      })),
      languages: tally(profiles.map(p => p.languages)).map(
        ([language, services]) => ({ language, services }),
      ),
      frameworks: tally(profiles.map(p => p.frameworks)).map(
        ([framework, services]) => ({ framework, services }),
      ),
    } satisfies TeamStackResponse);
  });
}
