import express from 'express';
import { NotFoundError } from '@backstage/errors';
import Router from 'express-promise-router';
import type { RouterOptions } from './context';
import { addCatalogueRoutes } from './routes/catalogue';
import { addEntityRoutes } from './routes/entities';
import { addHealthRoutes } from './routes/health';
import { addRunRoutes } from './routes/runs';
import { addExemptionRoutes } from './routes/exemptions';
import { addHistoryRoutes } from './routes/history';
import { addRollupRoutes } from './routes/rollups';
import { addRadarRoutes } from './routes/radar';
import { addStackRoutes } from './routes/stack';
import { addDecisionRoutes } from './routes/decisions';
import { addRemediationRoutes } from './routes/remediations';
import { addCampaignRoutes } from './routes/campaigns';
import { rejectNulCharacters } from './validation';

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
  router.use(rejectNulCharacters);
  addHealthRoutes(router, options);
  addCatalogueRoutes(router, options);
  addEntityRoutes(router, options);
  addRunRoutes(router, options);
  addExemptionRoutes(router, options);
  addHistoryRoutes(router, options);
  addRollupRoutes(router, options);
  addRadarRoutes(router, options);
  addStackRoutes(router, options);
  addDecisionRoutes(router, options);
  addRemediationRoutes(router, options);
  addCampaignRoutes(router, options);
  // Anything else under the API's prefix answers in Backstage's error shape rather than falling through;
  // other paths stay free for what the framework mounts on the plugin.
  router.use('/v1', () => {
    throw new NotFoundError('No such Stackscore endpoint');
  });
  return router;
}
