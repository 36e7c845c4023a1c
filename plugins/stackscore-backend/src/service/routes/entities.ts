import type Router from 'express-promise-router';
import { NotFoundError } from '@backstage/errors';
import { stackscoreEntityRefreshPermission } from '@stackscore/plugin-stackscore-common';
import type { StoredEntityScores } from '../../database/ScoreStore';
import { RouterOptions, authorize } from '../context';
import { entityRefFromParams } from '../validation';

/**
 * The JSON shape of an entity's stored scores.
 *
 * @internal
 */
export function scoresJson(stored: StoredEntityScores) {
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
    scorecards: stored.scorecards,
    results: stored.results,
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
  const { scores, scorer, catalog, auth } = options;

  router.get('/v1/entities/:kind/:namespace/:name/scores', async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const stored = await scores.getEntityScores(entityRef);
    if (!stored) {
      throw new NotFoundError(`No scores for ${entityRef}`);
    }
    res.json(scoresJson(stored));
  });

  router.post(
    '/v1/entities/:kind/:namespace/:name/refresh',
    async (req, res) => {
      const entityRef = entityRefFromParams(req.params);
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
      const stored = await scores.getEntityScores(entityRef);
      res.json(scoresJson(stored!));
    },
  );
}
