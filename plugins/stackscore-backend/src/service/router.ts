import express from 'express';
import Router from 'express-promise-router';
import { Knex } from 'knex';
import { z } from 'zod';
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import type {
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CheckDefinition,
  checkCatalogueVersion,
  checkLevels,
  scorecardIdSchema,
  scorecards,
  stackscoreEntityRefreshPermission,
  stackscoreRunCreatePermission,
} from '@stackscore/plugin-stackscore-common';
import type { RunRecord, RunStore } from '../database/RunStore';
import type { ScoreStore, StoredEntityScores } from '../database/ScoreStore';
import type { EntityScorer } from '../runs/EntityScorer';
import type { ScoringRunner } from '../runs/ScoringRunner';

/**
 * What the router needs from the plugin.
 *
 * @internal
 */
export interface RouterOptions {
  logger: LoggerService;
  db: Knex;
  /** Built-in checks plus those added through the extension point. */
  listChecks: () => CheckDefinition[];
  scores: ScoreStore;
  runs: RunStore;
  runner: ScoringRunner;
  scorer: EntityScorer;
  catalog: CatalogService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}

const entityParamsSchema = z.object({
  kind: z.string().min(1).max(64),
  namespace: z.string().min(1).max(255),
  name: z.string().min(1).max(255),
});

const runsQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    before: z.iso.datetime().optional(),
  })
  .strict();

function runJson(run: RunRecord) {
  return {
    ...run,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString(),
    durationMs:
      (run.finishedAt ?? new Date()).getTime() - run.startedAt.getTime(),
  };
}

function scoresJson(stored: StoredEntityScores) {
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

const checksQuerySchema = z
  .object({ scorecard: scorecardIdSchema.optional() })
  .strict();

/** Turns a zod failure into a 400 that names the offending field. */
function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.length ? issue.path.join('.') : what;
    throw new InputError(`Invalid ${what}: ${path}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Creates the `/v1` REST API of the Stackscore backend.
 *
 * @internal
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { db, listChecks, logger, scores, runs, runner, scorer } = options;
  const { catalog, auth, httpAuth, permissions } = options;

  const entityRefOf = (params: unknown) =>
    stringifyEntityRef(parseInput(entityParamsSchema, params, 'entity'));

  async function authorize(
    req: express.Request,
    permission: Parameters<PermissionsService['authorize']>[0][0],
  ) {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize([permission], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.permission.name}`);
    }
  }
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

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

  router.get('/v1/scorecards', async (_req, res) => {
    const checks = listChecks();
    res.json({
      items: scorecards.map(scorecard => {
        const own = checks.filter(c => c.scorecard === scorecard.id);
        return {
          ...scorecard,
          levels: checkLevels,
          checkCounts: Object.fromEntries(
            checkLevels.map(level => [
              level,
              own.filter(c => c.level === level).length,
            ]),
          ),
          totalChecks: own.length,
        };
      }),
    });
  });

  router.get('/v1/checks', async (req, res) => {
    const query = parseInput(checksQuerySchema, req.query, 'query');
    const items = listChecks().filter(
      c => !query.scorecard || c.scorecard === query.scorecard,
    );
    res.json({ catalogueVersion: checkCatalogueVersion, items });
  });

  router.get('/v1/entities/:kind/:namespace/:name/scores', async (req, res) => {
    const entityRef = entityRefOf(req.params);
    const stored = await scores.getEntityScores(entityRef);
    if (!stored) {
      throw new NotFoundError(`No scores for ${entityRef}`);
    }
    res.json(scoresJson(stored));
  });

  router.post(
    '/v1/entities/:kind/:namespace/:name/refresh',
    async (req, res) => {
      const entityRef = entityRefOf(req.params);
      await authorize(req, {
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

  router.get('/v1/runs', async (req, res) => {
    const query = parseInput(runsQuerySchema, req.query, 'query');
    const items = await runs.listRuns({
      limit: query.limit,
      before: query.before ? new Date(query.before) : undefined,
    });
    const last = items[items.length - 1];
    res.json({
      items: items.map(runJson),
      nextCursor:
        items.length === query.limit && last
          ? last.startedAt.toISOString()
          : undefined,
    });
  });

  router.get('/v1/runs/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: z.uuid() }), req.params, 'run id');
    const run = await runs.getRun(id);
    if (!run) throw new NotFoundError(`No run ${id}`);
    res.json(runJson(run));
  });

  router.post('/v1/runs', async (req, res) => {
    await authorize(req, { permission: stackscoreRunCreatePermission });
    const { run } = await runner.start({ trigger: 'manual' });
    res.status(202).json(runJson(run));
  });

  return router;
}
