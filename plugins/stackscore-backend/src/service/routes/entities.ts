import type Router from 'express-promise-router';
import { InputError, NotFoundError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import { stackscoreEntityRefreshPermission } from '@stackscore/plugin-stackscore-common';
import type { StoredEntityScores } from '../../database/ScoreStore';
import { RouterOptions, authorize } from '../context';
import { entityRefFromParams, parseInput, requireNoBody } from '../validation';
import { withExemptions } from './exemptions';

/**
 * The JSON shape of an entity's stored scores.
 *
 * @internal
 */
export function scoresJson(
  stored: StoredEntityScores,
  applied: ReturnType<typeof withExemptions>,
) {
  const { entity } = stored;
  return {
    entity: {
      kind: entity.kind,
      namespace: entity.namespace,
      name: entity.name,
    },
    entityRef: entity.entityRef,
    owner: entity.owner,
    system: entity.system,
    lifecycle: entity.lifecycle,
    ecosystems: entity.ecosystems,
    scoredAt: stored.scoredAt.toISOString(),
    source: {
      location: stored.snapshot.sourceLocation,
      problem: stored.snapshot.sourceProblem,
    },
    catalogueVersion: stored.snapshot.catalogueVersion,
    scorecards: applied.scorecards,
    results: applied.results,
    exemptions: applied.exemptions,
  };
}

/**
 * `GET /v1/entities/:kind/:namespace/:name/scores` and `POST …/refresh`.
 *
 * @internal
 */
export function addEntityRoutes(
  router: ReturnType<typeof Router>,
  options: RouterOptions,
) {
  const { scores, scorer, catalog, auth, exemptions } = options;

  /** Stored scores with the levels that active exemptions give them now. */
  async function currentScores(entityRef: string) {
    const stored = await scores.getEntityScores(entityRef);
    if (!stored) return undefined;
    const now = new Date();
    const active = await exemptions.activeExemptions([entityRef], now);
    return scoresJson(stored, withExemptions(stored, active, now));
  }

  router.get('/v1/entities/:kind/:namespace/:name/scores', async (req, res) => {
    parseInput(z.object({}).strict(), req.query, 'query');
    const entityRef = entityRefFromParams(req.params);
    const current = await currentScores(entityRef);
    if (!current) {
      throw new NotFoundError(`No scores for ${entityRef}`);
    }
    res.json(current);
  });

  router.post(
    '/v1/entities/:kind/:namespace/:name/refresh',
    requireNoBody,
    async (req, res) => {
      const entityRef = entityRefFromParams(req.params);
      if (parseEntityRef(entityRef).kind !== 'component') {
        throw new InputError(
          `Only components are scored; ${entityRef} is not a component`,
        );
      }
      await authorize(options, req, {
        permission: stackscoreEntityRefreshPermission,
        resourceRef: entityRef,
      });
      const entity = await catalog.getEntityByRef(entityRef, {
        credentials: await auth.getOwnServiceCredentials(),
      });
      if (!entity) {
        throw new NotFoundError(`${entityRef} is not in the catalog`);
      }
      await scorer.score(entity, { force: true });
      res.json(await currentScores(entityRef));
    },
  );
}
