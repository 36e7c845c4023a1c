import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createPermission } from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { mockCredentials } from '@backstage/backend-test-utils';
import type { UserInfoService } from '@backstage/backend-plugin-api';
import {
  stackscoreCampaignCreatePermission,
  stackscoreExemptionCreatePermission,
  stackscoreRemediationUpdatePermission,
  stackscoreRunCreatePermission,
} from '@stackscore/plugin-stackscore-common';
import { StackscorePermissionPolicy } from './permissionPolicy';

// Ownership claims per user, as the auth backend would resolve them from the catalog.
const claimsByUser: Record<string, string[]> = {
  'user:default/alice': ['user:default/alice', 'group:default/payments'],
  'user:default/pat': ['user:default/pat', 'group:default/Platform'],
};

const userInfo: UserInfoService = {
  async getUserInfo(credentials) {
    const userEntityRef = (credentials.principal as { userEntityRef: string })
      .userEntityRef;
    return { userEntityRef, ownershipEntityRefs: claimsByUser[userEntityRef] };
  },
};

function userWith(userEntityRef: string): PolicyQueryUser {
  return {
    credentials: mockCredentials.user(userEntityRef),
    info: { userEntityRef, ownershipEntityRefs: claimsByUser[userEntityRef] },
  };
}

const catalogRead = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});
const stackscoreRead = createPermission({
  name: 'stackscore.results.read',
  attributes: { action: 'read' },
});

describe('StackscorePermissionPolicy', () => {
  const policy = new StackscorePermissionPolicy({
    adminGroups: ['group:default/platform'],
    userInfo,
  });
  const alice = userWith('user:default/alice');
  const admin = userWith('user:default/pat');

  it('allows everything that is not a Stackscore write', async () => {
    await expect(
      policy.handle({ permission: catalogRead }, alice),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: stackscoreRead }, alice),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('allows every Stackscore write to members of an admin group, case-insensitively', async () => {
    await expect(
      policy.handle({ permission: stackscoreRunCreatePermission }, admin),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: stackscoreExemptionCreatePermission }, admin),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('denies global Stackscore writes to everyone else', async () => {
    await expect(
      policy.handle({ permission: stackscoreRunCreatePermission }, alice),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle({ permission: stackscoreRunCreatePermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('makes entity writes conditional on owning the entity', async () => {
    const decision = await policy.handle(
      { permission: stackscoreExemptionCreatePermission },
      alice,
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: ['user:default/alice', 'group:default/payments'],
        },
      },
    });
  });

  it('lets owners change their own remediation items and keeps campaigns to admins', async () => {
    await expect(
      policy.handle(
        { permission: stackscoreRemediationUpdatePermission },
        alice,
      ),
    ).resolves.toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        params: { claims: ['user:default/alice', 'group:default/payments'] },
      },
    });
    await expect(
      policy.handle({ permission: stackscoreCampaignCreatePermission }, alice),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle({ permission: stackscoreCampaignCreatePermission }, admin),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
