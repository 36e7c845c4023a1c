import type { Request } from 'express';
import type Router from 'express-promise-router';
import { InputError, NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import {
  decisionCreateSchema,
  decisionImportSchema,
  decisionListQuerySchema,
  decisionSupersedeSchema,
  decisionUpdateSchema,
  fromMadr,
  madrFileName,
  stackscoreDecisionCreatePermission,
  stackscoreDecisionSupersedePermission,
  stackscoreDecisionUpdatePermission,
  toMadr,
  type Decision,
  type DecisionContent,
  type DecisionHistoryResponse,
  type DecisionImportResponse,
  type DecisionListResponse,
  type EntityDecisionsResponse,
} from '@stackscore/plugin-stackscore-common';
import type { DecisionStore } from '../../database/DecisionStore';
import type { RadarStore } from '../../database/RadarStore';
import type { ScoreStore } from '../../database/ScoreStore';
import { RouterOptions, authorize, callerRef } from '../context';
import {
  entityRefFromParams,
  parseInput,
  requireJsonBody,
} from '../validation';

const idParamsSchema = z.object({ id: z.uuid() });
const emptyQuerySchema = z.object({}).strict();
const listQuerySchema = decisionListQuerySchema.extend({
  radarEntry: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
      message: 'must be a radar entry id',
    })
    .optional(),
  check: z.string().min(1).max(200).optional(),
});

/** Drops `null`s the update schema uses to clear optional fields, so they become absent. */
function withoutNulls<T extends object>(changes: T): Partial<DecisionContent> {
  return Object.fromEntries(
    Object.entries(changes).map(([k, v]) => [k, v === null ? undefined : v]),
  ) as Partial<DecisionContent>;
}

/**
 * What the decision routes need.
 *
 * @internal
 */
export type DecisionRouteOptions = Pick<
  RouterOptions,
  'httpAuth' | 'permissions' | 'userInfo' | 'catalog' | 'auth' | 'listChecks'
> & {
  decisions: DecisionStore;
  radar: Pick<RadarStore, 'getEntry'>;
  scores: Pick<ScoreStore, 'getRepositoryAdrs'>;
};

/**
 * `/v1/decisions` (list, create, import), `/v1/decisions/:id` (read, update), `…/supersede`, `…/history`,
 * `…/madr`, and `GET /v1/entities/:kind/:namespace/:name/decisions` (portal records and repository ADRs).
 *
 * @internal
 */
export function addDecisionRoutes(
  router: ReturnType<typeof Router>,
  options: DecisionRouteOptions,
) {
  const { decisions, httpAuth, catalog, auth } = options;

  /** Links must point at things that exist, so a typo does not become a silently dead link. */
  async function checkReferences(content: Partial<DecisionContent>) {
    if (content.links) {
      const checkIds = new Set(options.listChecks().map(c => c.id));
      const unknownChecks = content.links.checks.filter(c => !checkIds.has(c));
      if (unknownChecks.length) {
        throw new InputError(
          `Invalid body: links.checks: unknown check ${unknownChecks.join(
            ', ',
          )}`,
        );
      }
      if (content.links.radarEntries.length) {
        // Only the named entries are read, not the whole radar with its timelines.
        const found = await Promise.all(
          content.links.radarEntries.map(id => options.radar.getEntry(id)),
        );
        const unknown = content.links.radarEntries.filter(
          (_, index) => !found[index],
        );
        if (unknown.length) {
          throw new InputError(
            `Invalid body: links.radarEntries: no radar entry ${unknown.join(
              ', ',
            )}`,
          );
        }
      }
    }
    const team = content.scope?.team;
    if (team) {
      const group = await catalog.getEntityByRef(team, {
        credentials: await auth.getOwnServiceCredentials(),
      });
      if (!group || group.kind.toLowerCase() !== 'group') {
        throw new InputError(
          `Invalid body: scope.team: ${team} is not a group in the catalog`,
        );
      }
    }
  }

  async function existing(req: Request): Promise<Decision> {
    const { id } = parseInput(idParamsSchema, req.params, 'decision id');
    const decision = await decisions.get(id);
    if (!decision) throw new NotFoundError(`No decision ${id}`);
    return decision;
  }

  router.get('/v1/decisions', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(listQuerySchema, req.query, 'query');
    const page = await decisions.list({
      filters: {
        team: query.team,
        entity: query.entity,
        radarEntry: query.radarEntry,
        check: query.check,
        status: query.status,
        tag: query.tag,
        text: query.q,
      },
      limit: query.limit,
      cursor: query.cursor,
    });
    res.json(page satisfies DecisionListResponse);
  });

  router.post('/v1/decisions', requireJsonBody, async (req, res) => {
    const by = await callerRef(options, req);
    const content = parseInput(decisionCreateSchema, req.body, 'body');
    await authorize(options, req, {
      permission: stackscoreDecisionCreatePermission,
    });
    await checkReferences(content);
    const decision = await decisions.create(content, { by, at: new Date() });
    res.status(201).json(decision);
  });

  router.post('/v1/decisions/import', requireJsonBody, async (req, res) => {
    const by = await callerRef(options, req);
    const body = parseInput(decisionImportSchema, req.body, 'body');
    await authorize(options, req, {
      permission: stackscoreDecisionCreatePermission,
    });
    let imported: ReturnType<typeof fromMadr>;
    try {
      imported = fromMadr(body.markdown);
    } catch (error) {
      throw new InputError(
        `Invalid body: markdown: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
    const content = {
      ...imported.decision,
      scope: body.scope ?? imported.decision.scope,
    };
    // The imported text is validated like a record written in the portal.
    const valid = parseInput(decisionCreateSchema, content, 'imported record');
    await checkReferences(valid);
    const decision = await decisions.create(valid, {
      by,
      at: new Date(),
      action: 'imported',
    });
    res.status(201).json({
      decision,
      warnings: imported.warnings,
    } satisfies DecisionImportResponse);
  });

  router.get('/v1/decisions/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    parseInput(emptyQuerySchema, req.query, 'query');
    res.json(await existing(req));
  });

  router.put('/v1/decisions/:id', requireJsonBody, async (req, res) => {
    const by = await callerRef(options, req);
    const { id } = parseInput(idParamsSchema, req.params, 'decision id');
    const { version, ...changes } = parseInput(
      decisionUpdateSchema,
      req.body,
      'body',
    );
    await authorize(options, req, {
      permission: stackscoreDecisionUpdatePermission,
    });
    const content = withoutNulls(changes);
    await checkReferences(content);
    res.json(
      await decisions.update(id, content, version, { by, at: new Date() }),
    );
  });

  router.post(
    '/v1/decisions/:id/supersede',
    requireJsonBody,
    async (req, res) => {
      const by = await callerRef(options, req);
      const { id } = parseInput(idParamsSchema, req.params, 'decision id');
      const body = parseInput(decisionSupersedeSchema, req.body, 'body');
      await authorize(options, req, {
        permission: stackscoreDecisionSupersedePermission,
      });
      await checkReferences(body.decision);
      const result = await decisions.supersede(
        id,
        body.version,
        body.decision,
        {
          by,
          at: new Date(),
        },
      );
      res.status(201).json(result);
    },
  );

  router.get('/v1/decisions/:id/history', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    parseInput(emptyQuerySchema, req.query, 'query');
    const decision = await existing(req);
    res.json({
      items: (await decisions.history(decision.id)) ?? [],
    } satisfies DecisionHistoryResponse);
  });

  router.get('/v1/decisions/:id/madr', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    parseInput(emptyQuerySchema, req.query, 'query');
    const decision = await existing(req);
    res
      .type('text/markdown; charset=utf-8')
      .attachment(madrFileName(decision))
      .send(toMadr(decision));
  });

  router.get(
    '/v1/entities/:kind/:namespace/:name/decisions',
    async (req, res) => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const entityRef = entityRefFromParams(req.params);
      parseInput(emptyQuerySchema, req.query, 'query');
      const [linked, repository] = await Promise.all([
        decisions.list({ filters: { entity: entityRef }, limit: 100 }),
        options.scores.getRepositoryAdrs(entityRef),
      ]);
      res.json({
        decisions: linked.items,
        repository: repository?.adrs ?? [],
        repositoryProblem: repository
          ? repository.problem
          : 'not scored yet: repository ADRs appear after the first scoring run',
      } satisfies EntityDecisionsResponse);
    },
  );
}
