import type Router from 'express-promise-router';
import { NotFoundError } from '@backstage/errors';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import {
  checkStatusSchema,
  scorecardIdSchema,
} from '@stackscore/plugin-stackscore-common';
import type {
  RollupEntity,
  RollupFilters,
  RollupStore,
} from '../../database/RollupStore';
import type { RouterOptions } from '../context';
import { loadGroupHierarchy, resolveTeam, teamQueryShape } from '../groups';
import { parseInput } from '../validation';

/**
 * What the rollup routes read: the group hierarchy from the catalog, the check catalogue and the rollup store.
 *
 * @internal
 */
export type RollupRouterOptions = Pick<
  RouterOptions,
  'listChecks' | 'catalog' | 'auth' | 'httpAuth'
> & { rollups: RollupStore };

const refSchema = z.string().min(1).max(255);
const filterShape = {
  lifecycle: z.string().min(1).max(64).optional(),
  system: refSchema.optional(),
  tag: z.string().min(1).max(255).optional(),
  kind: z.string().min(1).max(64).optional(),
};
const pageShape = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).max(2048).optional(),
};

const teamQuerySchema = z
  .object({
    ...filterShape,
    ...pageShape,
    ...teamQueryShape,
    sort: z
      .union([z.enum(['name', 'score']), scorecardIdSchema])
      .default('name'),
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
const overviewQuerySchema = z.object(filterShape).strict();
const checkParamsSchema = z.object({ checkId: z.string().min(1).max(128) });
const checkQuerySchema = z
  .object({
    ...filterShape,
    ...pageShape,
    status: checkStatusSchema.default('fail'),
    owner: refSchema.optional(),
  })
  .strict();

/** A ref given in full or in part; 400 when it cannot be parsed. */
function normalizeRef(
  value: string | undefined,
  defaultKind: string,
  field: string,
): string | undefined {
  if (value === undefined) return undefined;
  return parseInput(
    z.string().transform((v, ctx) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(v, { defaultKind, defaultNamespace: 'default' }),
        );
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not an entity ref' });
        return z.NEVER;
      }
    }),
    value,
    `query: ${field}`,
  );
}

function filtersOf(query: {
  lifecycle?: string;
  system?: string;
  tag?: string;
  kind?: string;
  owner?: string;
}): RollupFilters {
  return {
    lifecycle: query.lifecycle,
    system: normalizeRef(query.system, 'system', 'system'),
    tag: query.tag,
    kind: query.kind,
    owner: normalizeRef(query.owner, 'group', 'owner'),
  };
}

function entityJson(entity: RollupEntity) {
  return { ...entity, scoredAt: entity.scoredAt.toISOString() };
}

/**
 * `GET /v1/teams/:namespace/:name/scores`, `GET /v1/overview` and `GET /v1/checks/:checkId/entities`:
 * rollups of stored scores for a team and its subgroups, the organisation, and one check.
 *
 * @internal
 */
export function addRollupRoutes(
  router: ReturnType<typeof Router>,
  options: RollupRouterOptions,
) {
  const { rollups, httpAuth, listChecks } = options;

  router.get('/v1/teams/:namespace/:name/scores', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(teamQuerySchema, req.query, 'query');
    const { team, owners } = await resolveTeam(options, req.params, query);
    const page = await rollups.teamScores({
      owners,
      filters: filtersOf(query),
      sort: query.sort,
      order: query.order,
      limit: query.limit,
      cursor: query.cursor,
    });
    res.json({
      team,
      items: page.items.map(entityJson),
      nextCursor: page.nextCursor,
      levelDistribution: page.levelDistribution,
      averages: page.averages,
      total: page.total,
    });
  });

  router.get('/v1/overview', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(overviewQuerySchema, req.query, 'query');
    const [overview, groups] = await Promise.all([
      rollups.overview({ filters: filtersOf(query) }),
      loadGroupHierarchy(options),
    ]);
    res.json({
      totals: overview.totals,
      teams: overview.owners.map(({ owner, ...rest }) => ({
        ref: owner ?? null,
        title: owner ? groups.teamOf(owner)?.title : undefined,
        ...rest,
      })),
      mostFailedChecks: overview.mostFailedChecks,
    });
  });

  router.get('/v1/checks/:checkId/entities', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { checkId } = parseInput(checkParamsSchema, req.params, 'check id');
    const query = parseInput(checkQuerySchema, req.query, 'query');
    if (!listChecks().some(c => c.id === checkId)) {
      throw new NotFoundError(`No check ${checkId}`);
    }
    const page = await rollups.checkEntities({
      checkId,
      status: query.status,
      filters: filtersOf(query),
      limit: query.limit,
      cursor: query.cursor,
    });
    res.json({
      checkId,
      items: page.items.map(item => ({
        ...item,
        evaluatedAt: item.evaluatedAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    });
  });
}
