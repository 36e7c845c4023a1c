import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** Entity refs of people and teams, which have catalog pages; anything else is a plain name. */
const catalogRef = /^(?:user|group):[^/\s]+\/\S+$/i;

/**
 * Someone named on a decision: a user or group ref links to its catalog page, a plain name stays text.
 *
 * @internal
 */
export function Person({ who }: { who: string }) {
  return catalogRef.test(who) ? <EntityRefLink entityRef={who} /> : <>{who}</>;
}
