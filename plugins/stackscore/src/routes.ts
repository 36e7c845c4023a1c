import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Route of the Stackscore page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'stackscore' });
