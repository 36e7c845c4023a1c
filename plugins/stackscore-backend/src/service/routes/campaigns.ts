import type Router from 'express-promise-router';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import {
  campaignCreateSchema,
  campaignUpdateSchema,
  stackscoreCampaignCreatePermission,
  stackscoreCampaignUpdatePermission,
  type CampaignListResponse,
  type CampaignTarget,
} from '@stackscore/plugin-stackscore-common';
import type { CampaignStore } from '../../database/CampaignStore';
import type { CampaignService } from '../../remediation/CampaignService';
import { RouterOptions, authorize, callerRef } from '../context';
import { parseInput, requireJsonBody } from '../validation';

const idParamsSchema = z.object({ id: z.uuid() });
const emptyQuerySchema = z.object({}).strict();

/**
 * What the campaign routes need.
 *
 * @internal
 */
export type CampaignRouteOptions = Pick<
  RouterOptions,
  'httpAuth' | 'permissions' | 'userInfo' | 'listChecks' | 'logger'
> & {
  campaigns: CampaignStore;
  campaignService: CampaignService;
};

/**
 * `GET|POST /v1/campaigns` and `GET|PUT /v1/campaigns/:id`. Writes refresh which items the campaigns cover and
 * their due dates before answering, so the board shows the new deadline at once.
 *
 * @internal
 */
export function addCampaignRoutes(
  router: ReturnType<typeof Router>,
  options: CampaignRouteOptions,
) {
  const { campaigns, campaignService, httpAuth, listChecks } = options;

  /** A target naming checks that do not exist would silently cover nothing. */
  function checkTarget(target: CampaignTarget) {
    if (target.type !== 'checks') return;
    const known = new Set(listChecks().map(c => c.id));
    const unknown = target.checks.filter(id => !known.has(id));
    if (unknown.length) {
      throw new InputError(
        `Invalid body: target.checks: unknown check ${unknown.join(', ')}`,
      );
    }
  }

  router.get('/v1/campaigns', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    parseInput(emptyQuerySchema, req.query, 'query');
    const body: CampaignListResponse = {
      items: await campaignService.summaries(new Date()),
    };
    res.json(body);
  });

  router.post('/v1/campaigns', requireJsonBody, async (req, res) => {
    const by = await callerRef(options, req);
    const fields = parseInput(campaignCreateSchema, req.body, 'body');
    checkTarget(fields.target);
    await authorize(options, req, {
      permission: stackscoreCampaignCreatePermission,
    });
    const now = new Date();
    const campaign = await campaigns.createCampaign(fields, by, now);
    await campaignService.refreshCoverage(now);
    res.status(201).json(campaign);
  });

  router.get('/v1/campaigns/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { id } = parseInput(idParamsSchema, req.params, 'campaign id');
    const campaign = await campaigns.getCampaign(id);
    if (!campaign) throw new NotFoundError(`No campaign ${id}`);
    res.json(await campaignService.report(campaign, new Date()));
  });

  router.put('/v1/campaigns/:id', requireJsonBody, async (req, res) => {
    const by = await callerRef(options, req);
    const { id } = parseInput(idParamsSchema, req.params, 'campaign id');
    const { version, ...fields } = parseInput(
      campaignUpdateSchema,
      req.body,
      'body',
    );
    checkTarget(fields.target);
    await authorize(options, req, {
      permission: stackscoreCampaignUpdatePermission,
    });
    const now = new Date();
    const outcome = await campaigns.updateCampaign({
      id,
      fields,
      version,
      by,
      at: now,
    });
    if (outcome.status === 'not-found') {
      throw new NotFoundError(`No campaign ${id}`);
    }
    if (outcome.status === 'conflict') {
      throw new ConflictError(
        `Campaign ${id} changed since version ${version}; it is at version ${outcome.currentVersion}. Reload, reapply your change and save again.`,
      );
    }
    await campaignService.refreshCoverage(now);
    res.json(outcome.campaign);
  });
}
