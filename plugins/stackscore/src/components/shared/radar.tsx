import Chip from '@material-ui/core/Chip';
import {
  RadarQuadrant,
  RadarRing,
  radarQuadrants,
  radarRings,
} from '@stackscore/plugin-stackscore-common';
import { ringColours } from './ringColours';

export { ringColours };

/**
 * A ring's title, e.g. "Adopt".
 *
 * @internal
 */
export function ringTitle(ring: RadarRing): string {
  return radarRings.find(r => r.id === ring)?.title ?? ring;
}

/**
 * A quadrant's title, e.g. "Languages & Frameworks".
 *
 * @internal
 */
export function quadrantTitle(quadrant: RadarQuadrant): string {
  return radarQuadrants.find(q => q.id === quadrant)?.title ?? quadrant;
}

/**
 * Position of a ring from the centre outwards (adopt 0 … hold 3).
 *
 * @internal
 */
export function ringIndex(ring: RadarRing): number {
  return radarRings.findIndex(r => r.id === ring);
}

/**
 * A ring as a coloured chip.
 *
 * @internal
 */
export function RingChip({ ring }: { ring: RadarRing }) {
  return (
    <Chip
      size="small"
      label={ringTitle(ring)}
      style={{ backgroundColor: ringColours[ring], color: '#fff' }}
    />
  );
}

/**
 * An ISO date-time as its calendar day, the precision radar moves and usage are told in.
 *
 * @internal
 */
export function day(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}

/**
 * "1 service", "3 services".
 *
 * @internal
 */
export function servicesCount(count: number): string {
  return `${count} ${count === 1 ? 'service' : 'services'}`;
}
