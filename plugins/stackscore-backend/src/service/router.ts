import express from 'express';
import Router from 'express-promise-router';
import type { RouterOptions } from './context';
import { addCatalogueRoutes } from './routes/catalogue';
import { addEntityRoutes } from './routes/entities';
import { addHealthRoutes } from './routes/health';
import { addRunRoutes } from './routes/runs';

export type { RouterOptions } from './context';

/**
 * Creates the `/v1` REST API of the Stackscore backend; one module per resource under `routes/`.
 *
 * @internal
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  addHealthRoutes(router, options);
  addCatalogueRoutes(router, options);
  addEntityRoutes(router, options);
  addRunRoutes(router, options);
  return router;
}
