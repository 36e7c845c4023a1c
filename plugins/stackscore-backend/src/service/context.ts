import type express from 'express';
import type { Knex } from 'knex';
import type {
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CheckDefinition } from '@stackscore/plugin-stackscore-common';
import type { ExemptionStore } from '../database/ExemptionStore';
import type { HistoryStore } from '../database/HistoryStore';
import type { RollupStore } from '../database/RollupStore';
import type { RadarStore } from '../database/RadarStore';
import type { DecisionStore } from '../database/DecisionStore';
import type { RunStore } from '../database/RunStore';
import type { ScoreStore } from '../database/ScoreStore';
import type { EntityScorer } from '../runs/EntityScorer';
import type { RemediationStore } from '../database/RemediationStore';
import type { CampaignStore } from '../database/CampaignStore';
import type { CampaignService } from '../remediation/CampaignService';
import type { ScoringRunner } from '../runs/ScoringRunner';

/**
 * Everything the route modules read from: stores, the runner, core services.
 *
 * @internal
 */
export interface RouterOptions {
  logger: LoggerService;
  db: Knex;
  /** Built-in checks plus those from configuration and extensions. */
  listChecks: () => CheckDefinition[];
  scores: ScoreStore;
  runs: RunStore;
  exemptions: ExemptionStore;
  history: HistoryStore;
  rollups: RollupStore;
  radar: RadarStore;
  decisions: DecisionStore;
  remediations: RemediationStore;
  campaigns: CampaignStore;
  campaignService: CampaignService;
  /** Told when radar entries change, so scoring uses new usage matchers at once. */
  onRadarChanged: () => void;
  runner: ScoringRunner;
  scorer: EntityScorer;
  catalog: CatalogService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  userInfo: UserInfoService;
}

/**
 * Throws `NotAllowedError` unless the caller may perform the permission (conditional decisions about a
 * catalog entity are resolved by the permission framework).
 *
 * @internal
 */
export async function authorize(
  options: Pick<RouterOptions, 'httpAuth' | 'permissions'>,
  req: express.Request,
  permission: Parameters<PermissionsService['authorize']>[0][0],
): Promise<void> {
  const credentials = await options.httpAuth.credentials(req);
  const [decision] = await options.permissions.authorize([permission], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`Not allowed: ${permission.permission.name}`);
  }
}

/**
 * The signed-in user making the request, as an entity ref; service callers are refused (401).
 *
 * @internal
 */
export async function callerRef(
  options: Pick<RouterOptions, 'httpAuth' | 'userInfo'>,
  req: express.Request,
): Promise<string> {
  const credentials = await options.httpAuth.credentials(req, {
    allow: ['user'],
  });
  return (await options.userInfo.getUserInfo(credentials)).userEntityRef;
}
