import type Router from 'express-promise-router';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import {
  checkIdSchema,
  entityRefSchema,
  remediationStatuses,
  remediationUpdateSchema,
  stackscoreRemediationUpdatePermission,
  userRefSchema,
  type RemediationEventsResponse,
  type RemediationListResponse,
  type RemediationStatus,
} from '@stackscore/plugin-stackscore-common';
import type { RemediationStore } from '../../database/RemediationStore';
import { utcDay } from '../../remediation/CampaignService';
import { RouterOptions, authorize, callerRef } from '../context';
import { loadGroupHierarchy, withSubgroups } from '../groups';
import {
  entityRefFromParams,
  parseInput,
  requireJsonBody,
} from '../validation';

/** A comma-separated list in a query parameter, each value checked by `item`. */
function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .max(10_000)
    .transform(value =>
      value
        .split(',')
        .map(v => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1).max(200));
}

const listQueryShape = {
  owner: commaList(entityRefSchema).optional(),
  includeSubgroups: z
    .enum(['true', 'false'])
    .default('false')
    .transform(v => v === 'true'),
  status: commaList(
    z.enum(remediationStatuses as [RemediationStatus, ...RemediationStatus[]], {
      message: `must be one of ${remediationStatuses.join(', ')}`,
    }),
  ).optional(),
  campaign: z.uuid().optional(),
  check: checkIdSchema.optional(),
  entity: entityRefSchema.optional(),
  assignee: userRefSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
const listQuerySchema = z.object(listQueryShape).strict();
const entityListQuerySchema = z
  .object({
    status: listQueryShape.status,
    limit: listQueryShape.limit,
    offset: listQueryShape.offset,
  })
  .strict();

const idParamsSchema = z.object({ id: z.uuid() });

/**
 * What the remediation routes need.
 *
 * @internal
 */
export type RemediationRouteOptions = Pick<
  RouterOptions,
  'httpAuth' | 'permissions' | 'userInfo' | 'catalog' | 'auth'
> & {
  remediations: RemediationStore;
};

/**
 * `GET /v1/remediations`, `PATCH /v1/remediations/:id`, `GET /v1/remediations/:id[/events]` and
 * `GET /v1/entities/:kind/:namespace/:name/remediations`.
 *
 * @internal
 */
export function addRemediationRoutes(
  router: ReturnType<typeof Router>,
  options: RemediationRouteOptions,
) {
  const { remediations, httpAuth } = options;

  router.get('/v1/remediations', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(listQuerySchema, req.query, 'query');
    let owners = query.owner;
    if (owners && query.includeSubgroups) {
      owners = withSubgroups(owners, await loadGroupHierarchy(options));
    }
    const body: RemediationListResponse = await remediations.listItems({
      filter: {
        owners,
        statuses: query.status,
        campaignId: query.campaign,
        checkId: query.check,
        entityRef: query.entity,
        assignee: query.assignee,
      },
      today: utcDay(new Date()),
      limit: query.limit,
      offset: query.offset,
    });
    res.json(body);
  });

  router.get(
    '/v1/entities/:kind/:namespace/:name/remediations',
    async (req, res) => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const entityRef = entityRefFromParams(req.params);
      const query = parseInput(entityListQuerySchema, req.query, 'query');
      const body: RemediationListResponse = await remediations.listItems({
        filter: { entityRef, statuses: query.status },
        today: utcDay(new Date()),
        limit: query.limit,
        offset: query.offset,
      });
      res.json(body);
    },
  );

  router.get('/v1/remediations/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { id } = parseInput(idParamsSchema, req.params, 'item id');
    const item = await remediations.getItem(id, utcDay(new Date()));
    if (!item) throw new NotFoundError(`No remediation item ${id}`);
    res.json(item);
  });

  router.get('/v1/remediations/:id/events', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { id } = parseInput(idParamsSchema, req.params, 'item id');
    const item = await remediations.getItem(id, utcDay(new Date()));
    if (!item) throw new NotFoundError(`No remediation item ${id}`);
    const body: RemediationEventsResponse = {
      item,
      events: await remediations.listEvents(id),
    };
    res.json(body);
  });

  router.patch('/v1/remediations/:id', requireJsonBody, async (req, res) => {
    const actor = await callerRef(options, req);
    const { id } = parseInput(idParamsSchema, req.params, 'item id');
    const change = parseInput(remediationUpdateSchema, req.body, 'body');
    const now = new Date();
    const today = utcDay(now);
    const item = await remediations.getItem(id, today);
    if (!item) throw new NotFoundError(`No remediation item ${id}`);
    // Owners of the entity (or admins, by policy) may change its items.
    await authorize(options, req, {
      permission: stackscoreRemediationUpdatePermission,
      resourceRef: item.entityRef,
    });
    const outcome = await remediations.updateItem({
      id,
      change,
      actor,
      at: now,
      today,
    });
    if (outcome.status === 'not-found') {
      throw new NotFoundError(`No remediation item ${id}`);
    }
    if (outcome.status === 'conflict') {
      throw new ConflictError(`Cannot change the status: ${outcome.message}`);
    }
    res.json(outcome.item);
  });
}
