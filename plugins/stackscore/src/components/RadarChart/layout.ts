import {
  RadarQuadrant,
  RadarRing,
  radarQuadrants,
  radarRings,
} from '@stackscore/plugin-stackscore-common';

/**
 * An entry to draw on the radar.
 *
 * @internal
 */
export interface RadarChartEntry {
  id: string;
  title: string;
  quadrant: RadarQuadrant;
  ring: RadarRing;
  /** Services using the entry; shown in the tooltip and legend, and as blip size when asked to. */
  count?: number;
  /** Draws attention to an entry, e.g. a team using something on hold. */
  highlight?: 'hold';
}

/**
 * An entry with its place on the chart, in viewBox units.
 *
 * @internal
 */
export interface PlacedBlip extends RadarChartEntry {
  /** Legend number, 1-based, in quadrant, ring and title order. */
  number: number;
  x: number;
  y: number;
  r: number;
}

/**
 * Side of the square viewBox.
 *
 * @internal
 */
export const chartSize = 800;
/**
 * Centre of the chart, on both axes.
 *
 * @internal
 */
export const centre = chartSize / 2;
/**
 * Radius of the outermost ring.
 *
 * @internal
 */
export const outerRadius = 390;
/**
 * Outer radius of each ring as a share of the outer radius. Adopt gets the widest band because most entries
 * sit there (50 of the seeded languages and frameworks alone).
 */
const ringShares = [0.55, 0.72, 0.86, 1];

/**
 * Inner and outer radius of each ring, centre outwards.
 *
 * @internal
 */
export const ringBands: ReadonlyArray<{
  ring: RadarRing;
  inner: number;
  outer: number;
}> = radarRings.map((ring, i) => ({
  ring: ring.id,
  inner: i === 0 ? 0 : ringShares[i - 1] * outerRadius,
  outer: ringShares[i] * outerRadius,
}));

/**
 * Angles (radians, SVG orientation: clockwise from the positive x axis) of each quadrant, laid out
 * top-left, top-right, bottom-left, bottom-right in `radarQuadrants` order so the legend reads the same way.
 *
 * @internal
 */
export const quadrantAngles: Record<RadarQuadrant, [number, number]> = {
  'languages-frameworks': [Math.PI, 1.5 * Math.PI],
  tools: [1.5 * Math.PI, 2 * Math.PI],
  platforms: [0.5 * Math.PI, Math.PI],
  techniques: [0, 0.5 * Math.PI],
};

/** Blip radius without a count, in viewBox units. */
const baseRadius = 9;
/** Gap kept between blips and between a blip and a sector edge. */
const gap = 3;
/** Height of the ring labels written just above the horizontal axis, which blips must not cover. */
const labelClearance = 16;
/** Closest a blip gets to the centre, where the quadrant is too narrow for it. */
const minCentreDistance = 28;
const relaxIterations = 120;

/** FNV-1a: a stable 32-bit hash, so a blip stays put across renders, reloads and users. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Blip radius for a usage count; grows slowly so a heavily used entry does not cover its neighbours.
 *
 * @internal
 */
export function blipRadius(count: number | undefined, byCount: boolean) {
  if (!byCount || !count) return baseRadius;
  return baseRadius + Math.min(6, 1.5 * Math.log2(1 + count));
}

interface Point {
  x: number;
  y: number;
  r: number;
}

/** Pulls a blip back inside its quadrant × ring sector, keeping the gap from every edge. */
function clamp(
  point: Point,
  angles: [number, number],
  band: { inner: number; outer: number },
) {
  const dx = point.x - centre;
  const dy = point.y - centre;
  let distance = Math.hypot(dx, dy);
  let angle = Math.atan2(dy, dx);
  if (angle < 0) angle += 2 * Math.PI;
  // atan2 gives [0, 2π); the top-right quadrant ends at 2π, where 0 must read as 2π.
  if (angles[1] === 2 * Math.PI && angle < Math.PI / 2) angle += 2 * Math.PI;

  const minDistance = Math.max(
    band.inner + point.r + gap,
    band.inner === 0 ? minCentreDistance : 0,
  );
  const maxDistance = band.outer - point.r - gap;
  distance = Math.min(Math.max(distance, minDistance), maxDistance);
  // The top quadrants meet the horizontal axis where the ring labels are; keep that strip free.
  const top = angles[0] >= Math.PI;
  const halfSpan = (angles[1] - angles[0]) / 2;
  const margin = (clearance: number) =>
    Math.min((point.r + gap + clearance) / distance, halfSpan);
  const low = margin(top && angles[0] === Math.PI ? labelClearance : 0);
  const high = margin(top && angles[1] === 2 * Math.PI ? labelClearance : 0);
  angle = Math.min(Math.max(angle, angles[0] + low), angles[1] - high);
  point.x = centre + distance * Math.cos(angle);
  point.y = centre + distance * Math.sin(angle);
}

/** Pushes overlapping blips of one sector apart, then back inside it, a fixed number of times. */
function relax(
  points: Point[],
  angles: [number, number],
  band: { inner: number; outer: number },
) {
  for (let iteration = 0; iteration < relaxIterations; iteration++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i];
        const b = points[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        const wanted = a.r + b.r + gap;
        if (distance >= wanted) continue;
        if (distance === 0) {
          // Identical spots: separate along a direction that depends only on the pair.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          distance = 1;
        }
        const push = (wanted - distance) / 2 / distance;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    for (const point of points) clamp(point, angles, band);
    if (!moved) return;
  }
}

const byQuadrantRingTitle = (a: RadarChartEntry, b: RadarChartEntry) =>
  radarQuadrants.findIndex(q => q.id === a.quadrant) -
    radarQuadrants.findIndex(q => q.id === b.quadrant) ||
  radarRings.findIndex(r => r.id === a.ring) -
    radarRings.findIndex(r => r.id === b.ring) ||
  a.title.localeCompare(b.title) ||
  a.id.localeCompare(b.id);

/**
 * Places every entry in its quadrant × ring sector. A blip's starting point comes from a hash of its id, and
 * overlapping blips are pushed apart, so the same radar always looks the same and adding one entry only
 * disturbs its own sector. Blips are numbered for the legend in quadrant, ring and title order.
 *
 * @internal
 */
export function layoutBlips(
  entries: readonly RadarChartEntry[],
  options: { byCount?: boolean } = {},
): PlacedBlip[] {
  const numbered = [...entries]
    .sort(byQuadrantRingTitle)
    .map((entry, i) => ({ ...entry, number: i + 1 }));

  const placed = new Map<string, PlacedBlip>();
  for (const quadrant of radarQuadrants) {
    const angles = quadrantAngles[quadrant.id];
    for (const band of ringBands) {
      const sector = numbered
        .filter(e => e.quadrant === quadrant.id && e.ring === band.ring)
        // Relaxation visits blips in order; order by id so a title change does not move neighbours.
        .sort((a, b) => a.id.localeCompare(b.id));
      const points = sector.map(entry => {
        const random = generator(hash(entry.id));
        const r = blipRadius(entry.count, Boolean(options.byCount));
        const inner = Math.max(band.inner, minCentreDistance);
        // Uniform over the sector's area rather than its radius, so the inner edge is not crowded.
        const distance = Math.sqrt(
          inner * inner + random() * (band.outer ** 2 - inner * inner),
        );
        const angle = angles[0] + random() * (angles[1] - angles[0]);
        const point = {
          x: centre + distance * Math.cos(angle),
          y: centre + distance * Math.sin(angle),
          r,
        };
        clamp(point, angles, band);
        return point;
      });
      relax(points, angles, band);
      sector.forEach((entry, i) =>
        placed.set(entry.id, { ...entry, ...points[i] }),
      );
    }
  }
  return numbered.map(entry => placed.get(entry.id)!);
}
