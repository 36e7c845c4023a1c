import { checkQueryParam } from '../CheckCatalogue';

// The overview is the page's index tab, so its sibling tabs are one route level up. Relative links keep
// working wherever the app mounts the page.

/**
 * Link from the Overview tab to the Checks tab opened on one check.
 *
 * @internal
 */
export function checkLink(checkId: string): string {
  return `../checks?${new URLSearchParams({ [checkQueryParam]: checkId })}`;
}

/**
 * Link from the Overview tab to the Runs tab.
 *
 * @internal
 */
export const runsLink = '../runs';

/**
 * Link from the Overview tab to the Teams tab.
 *
 * @internal
 */
export const teamsLink = '../teams';
