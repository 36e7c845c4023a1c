import {
  detectRadarUsage,
  type EntityFacts,
  type UsageMatcher,
} from '@stackscore/plugin-stackscore-common';
import type { DetectedEntityTechnology } from '../database/ScoreStore';

/** Keys and names are stored in 255-character columns; anything longer is a hostile or broken manifest. */
const clip = (text: string) => text.slice(0, 255);

/**
 * Everything an entity's facts show it uses, as stored rows: one per radar entry it matches, one per
 * technology no entry claims.
 *
 * @internal
 */
export function entityTechnologies(
  facts: EntityFacts,
  matchers: Record<string, UsageMatcher>,
): DetectedEntityTechnology[] {
  const usage = detectRadarUsage(facts, matchers);
  return [
    ...usage.entries.map(entry => ({
      key: `radar:${entry.entryId}`,
      entryId: entry.entryId,
      kind: 'radar-entry',
      name: entry.entryId,
      evidence: entry.evidence,
    })),
    ...usage.unknown.map(technology => ({
      key: clip(technology.key),
      kind: technology.kind,
      name: clip(technology.name),
      evidence: [technology.evidence],
    })),
  ];
}
