import type Router from 'express-promise-router';
import type { UserInfoService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import {
  stackscoreExemptionCreatePermission,
  stackscoreExemptionDeletePermission,
} from '@stackscore/plugin-stackscore-common';
import type { Exemption, ExemptionStore } from '../../database/ExemptionStore';
import type { StoredEntityScores } from '../../database/ScoreStore';
import type { RemediationStore } from '../../database/RemediationStore';
import { applyExemptions } from '../../scoring/applyExemptions';
import { RouterOptions, authorize, callerRef } from '../context';
import { parseInput, requireNoBody, requireJsonBody } from '../validation';

/** Longest an exemption may run: it is a deliberate, reviewed exception, not a permanent waiver. */
const maxExemptionYears = 1;

const entityRefSchema = z
  .string()
  .min(1)
  .max(255)
  .transform((value, ctx) => {
    try {
      return stringifyEntityRef(parseEntityRef(value));
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an entity ref such as component:default/name',
      });
      return z.NEVER;
    }
  });

const listQuerySchema = z
  .object({
    entityRef: entityRefSchema.optional(),
    checkId: z.string().min(1).max(128).optional(),
    active: z
      .enum(['true', 'false'])
      .transform(value => value === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    before: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

function latestExpiry(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + maxExemptionYears);
  return latest;
}

const createBodySchema = z
  .object({
    entityRef: entityRefSchema,
    checkId: z.string().min(1).max(128),
    reason: z.string().trim().min(1).max(2000),
    expiresAt: z.iso
      .datetime({ offset: true })
      .transform(value => new Date(value))
      .refine(date => date.getTime() > Date.now(), 'must be in the future')
      .refine(
        date => date.getTime() <= latestExpiry(new Date()).getTime(),
        `must be at most ${maxExemptionYears} year ahead`,
      ),
  })
  .strict();

const idParamsSchema = z.object({ id: z.uuid() });

/**
 * Whether an exemption counts at `at`: created by then, not yet expired and not yet revoked.
 *
 * @internal
 */
export function isExemptionActive(exemption: Exemption, at: Date): boolean {
  const time = at.getTime();
  return (
    exemption.createdAt.getTime() <= time &&
    exemption.expiresAt.getTime() > time &&
    (!exemption.revokedAt || exemption.revokedAt.getTime() > time)
  );
}

/**
 * The JSON shape of an exemption: ISO dates and whether it counts at `at`.
 *
 * @internal
 */
export function exemptionJson(exemption: Exemption, at: Date) {
  return {
    id: exemption.id,
    entityRef: exemption.entityRef,
    checkId: exemption.checkId,
    reason: exemption.reason,
    createdBy: exemption.createdBy,
    createdAt: exemption.createdAt.toISOString(),
    expiresAt: exemption.expiresAt.toISOString(),
    revokedAt: exemption.revokedAt?.toISOString(),
    revokedBy: exemption.revokedBy,
    active: isExemptionActive(exemption, at),
  };
}

/**
 * An entity's stored scores with its active exemptions applied: failures they cover count as passes and are
 * marked `exempted`. Exemptions of other entities, or no longer active at `at`, are ignored, so an expired
 * exemption stops counting without a rescore.
 *
 * @internal
 */
export function withExemptions(
  stored: StoredEntityScores,
  active: readonly Exemption[],
  at: Date = new Date(),
) {
  const own = active.filter(
    exemption =>
      exemption.entityRef === stored.entity.entityRef &&
      isExemptionActive(exemption, at),
  );
  const exemptions = own.map(exemption => exemptionJson(exemption, at));
  if (!own.length) {
    return {
      scorecards: stored.scorecards,
      results: stored.results,
      exemptions,
    };
  }
  const applied = applyExemptions(
    stored.results,
    new Set(own.map(exemption => exemption.checkId)),
  );
  return { ...applied, exemptions };
}

/**
 * What the exemption routes need.
 *
 * @internal
 */
export type ExemptionRouteOptions = Pick<
  RouterOptions,
  'listChecks' | 'catalog' | 'auth' | 'httpAuth' | 'permissions'
> & {
  exemptions: ExemptionStore;
  userInfo: UserInfoService;
  /** Moves the entity's remediation items in or out of `exempted` at once. */
  remediations: Pick<RemediationStore, 'reconcileEntities'>;
};

/**
 * `GET /v1/exemptions`, `POST /v1/exemptions` and `DELETE /v1/exemptions/:id`.
 *
 * @internal
 */
export function addExemptionRoutes(
  router: ReturnType<typeof Router>,
  options: ExemptionRouteOptions,
) {
  const { exemptions, httpAuth, catalog, auth, listChecks } = options;

  router.get('/v1/exemptions', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(listQuerySchema, req.query, 'query');
    const at = new Date();
    const items = await exemptions.listExemptions({
      entityRef: query.entityRef,
      checkId: query.checkId,
      active: query.active,
      at,
      limit: query.limit,
      before: query.before ? new Date(query.before) : undefined,
    });
    const last = items[items.length - 1];
    res.json({
      items: items.map(exemption => exemptionJson(exemption, at)),
      nextCursor:
        items.length === query.limit && last
          ? last.createdAt.toISOString()
          : undefined,
    });
  });

  router.post('/v1/exemptions', requireJsonBody, async (req, res) => {
    const createdBy = await callerRef(options, req);
    const body = parseInput(createBodySchema, req.body, 'body');
    if (!listChecks().some(check => check.id === body.checkId)) {
      throw new InputError(
        `Invalid body: checkId: unknown check "${body.checkId}"`,
      );
    }
    await authorize(options, req, {
      permission: stackscoreExemptionCreatePermission,
      resourceRef: body.entityRef,
    });
    const entity = await catalog.getEntityByRef(body.entityRef, {
      credentials: await auth.getOwnServiceCredentials(),
    });
    if (!entity) {
      throw new NotFoundError(`${body.entityRef} is not in the catalog`);
    }
    const exemption = await exemptions.createExemption({
      entityRef: stringifyEntityRef(entity),
      checkId: body.checkId,
      reason: body.reason,
      createdBy,
      expiresAt: body.expiresAt,
    });
    await options.remediations.reconcileEntities(
      [exemption.entityRef],
      new Date(),
    );
    res.status(201).json(exemptionJson(exemption, new Date()));
  });

  router.delete('/v1/exemptions/:id', requireNoBody, async (req, res) => {
    const revokedBy = await callerRef(options, req);
    const { id } = parseInput(idParamsSchema, req.params, 'exemption id');
    const existing = await exemptions.getExemption(id);
    if (!existing) throw new NotFoundError(`No exemption ${id}`);
    await authorize(options, req, {
      permission: stackscoreExemptionDeletePermission,
      resourceRef: existing.entityRef,
    });
    const revoked = await exemptions.revokeExemption(id, revokedBy);
    if (!revoked) throw new NotFoundError(`No exemption ${id}`);
    await options.remediations.reconcileEntities(
      [revoked.entityRef],
      new Date(),
    );
    res.json(exemptionJson(revoked, new Date()));
  });
}
