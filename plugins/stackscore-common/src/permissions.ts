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
 * Every permission Stackscore defines; the backend registers them all.
 *
 * @public
 */
export const stackscorePermissions = [
  stackscoreRunCreatePermission,
  stackscoreEntityRefreshPermission,
  stackscoreExemptionCreatePermission,
  stackscoreExemptionDeletePermission,
];
