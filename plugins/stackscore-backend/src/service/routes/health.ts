import type Router from 'express-promise-router';
import { ServiceUnavailableError } from '@backstage/errors';
import { checkCatalogueVersion } from '@stackscore/plugin-stackscore-common';
import type { RouterOptions } from '../context';
import { openApiDocument } from '../openapi';

/**
 * `GET /v1/health` (unauthenticated; 503 when the database cannot be reached) and `GET /v1/openapi.json`.
 *
 * @internal
 */
export function addHealthRoutes(
  router: ReturnType<typeof Router>,
  { db, logger }: RouterOptions,
) {
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

  router.get('/v1/openapi.json', async (_req, res) => {
    res.json(openApiDocument);
  });
}
