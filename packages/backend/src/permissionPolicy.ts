import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  Permission,
  PolicyDecision,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';

/** Stackscore permissions other than reads: runs, exemptions, decisions, campaigns, radar moves. */
function isStackscoreWrite(permission: Permission): boolean {
  return (
    permission.name.startsWith('stackscore.') &&
    permission.attributes.action !== 'read'
  );
}

/**
 * The example portal's policy: signed-in users may do everything except Stackscore writes, which need
 * membership of an admin group, or — for permissions about a catalog entity — ownership of that entity.
 */
export class StackscorePermissionPolicy implements PermissionPolicy {
  private readonly adminGroups: ReadonlySet<string>;
  private readonly userInfo: UserInfoService;

  constructor(options: { adminGroups: string[]; userInfo: UserInfoService }) {
    this.adminGroups = new Set(options.adminGroups.map(g => g.toLowerCase()));
    this.userInfo = options.userInfo;
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!isStackscoreWrite(request.permission)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    const { ownershipEntityRefs: claims } = await this.userInfo.getUserInfo(
      user.credentials,
    );
    if (claims.some(ref => this.adminGroups.has(ref.toLowerCase()))) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (isResourcePermission(request.permission, 'catalog-entity')) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    return { result: AuthorizeResult.DENY };
  }
}

/**
 * Installs {@link StackscorePermissionPolicy}, reading the admin groups from
 * `stackscore.permissions.adminGroups`.
 */
export const stackscorePermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'stackscore-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, config, userInfo }) {
        policy.setPolicy(
          new StackscorePermissionPolicy({
            userInfo,
            adminGroups:
              config.getOptionalStringArray(
                'stackscore.permissions.adminGroups',
              ) ?? [],
          }),
        );
      },
    });
  },
});
