import type { RadarRing } from '@stackscore/plugin-stackscore-common';

/**
 * Colour of each ring, shared by the radar chart, ring chips and the community tech-radar mapping so a ring
 * looks the same everywhere. Dark enough for white numbers on the blips.
 *
 * @internal
 */
export const ringColours: Record<RadarRing, string> = {
  adopt: '#2e7d32',
  trial: '#0277bd',
  assess: '#9a6700',
  hold: '#c62828',
};
