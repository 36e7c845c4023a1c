import { createPermission } from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/**
 * Start a scoring run for the whole catalog.
 *
 * @public
 */
export const stackscoreRunCreatePermission = createPermission({
  name: 'stackscore.run.create',
  attributes: { action: 'create' },
});

/**
 * Rescore one entity now. Conditional on the entity, so owners may rescore their own services.
 *
 * @public
 */
export const stackscoreEntityRefreshPermission = createPermission({
  name: 'stackscore.entity.refresh',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Create an exemption for a check on an entity.
 *
 * @public
 */
export const stackscoreExemptionCreatePermission = createPermission({
  name: 'stackscore.exemption.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Revoke an exemption for a check on an entity. Conditional on the exempted entity.
 *
 * @public
 */
export const stackscoreExemptionDeletePermission = createPermission({
  name: 'stackscore.exemption.delete',
  attributes: { action: 'delete' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Add an entry to the org tech radar.
 *
 * @public
 */
export const stackscoreRadarEntryCreatePermission = createPermission({
  name: 'stackscore.radar-entry.create',
  attributes: { action: 'create' },
});

/**
 * Change a radar entry, including moving it to another ring (which needs a reason on the timeline).
 *
 * @public
 */
export const stackscoreRadarEntryUpdatePermission = createPermission({
  name: 'stackscore.radar-entry.update',
  attributes: { action: 'update' },
});

/**
 * Write a new decision record.
 *
 * @public
 */
export const stackscoreDecisionCreatePermission = createPermission({
  name: 'stackscore.decision.create',
  attributes: { action: 'create' },
});

/**
 * Change a decision record (content or status).
 *
 * @public
 */
export const stackscoreDecisionUpdatePermission = createPermission({
  name: 'stackscore.decision.update',
  attributes: { action: 'update' },
});

/**
 * Supersede a decision record with a new one.
 *
 * @public
 */
export const stackscoreDecisionSupersedePermission = createPermission({
  name: 'stackscore.decision.supersede',
  attributes: { action: 'update' },
});

/**
 * Change a remediation item (status, assignee, due date, ticket, notes). Conditional on the item's entity, so
 * owners may update their own items.
 *
 * @public
 */
export const stackscoreRemediationUpdatePermission = createPermission({
  name: 'stackscore.remediation.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Start a remediation campaign.
 *
 * @public
 */
export const stackscoreCampaignCreatePermission = createPermission({
  name: 'stackscore.campaign.create',
  attributes: { action: 'create' },
});

/**
 * Change a remediation campaign.
 *
 * @public
 */
export const stackscoreCampaignUpdatePermission = createPermission({
  name: 'stackscore.campaign.update',
  attributes: { action: 'update' },
});

/**
 * Every permission Stackscore defines; the backend registers them all.
 *
 * @public
 */
export const stackscorePermissions = [
  stackscoreRunCreatePermission,
  stackscoreEntityRefreshPermission,
  stackscoreExemptionCreatePermission,
  stackscoreExemptionDeletePermission,
  stackscoreRadarEntryCreatePermission,
  stackscoreRadarEntryUpdatePermission,
  stackscoreDecisionCreatePermission,
  stackscoreDecisionUpdatePermission,
  stackscoreDecisionSupersedePermission,
  stackscoreRemediationUpdatePermission,
  stackscoreCampaignCreatePermission,
  stackscoreCampaignUpdatePermission,
];
