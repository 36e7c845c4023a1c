import { radarSeed } from '@stackscore/plugin-stackscore-common';
import {
  centre,
  layoutBlips,
  quadrantAngles,
  ringBands,
  RadarChartEntry,
} from './layout';

const seeded: RadarChartEntry[] = radarSeed.map(entry => ({
  id: entry.id,
  title: entry.title,
  quadrant: entry.quadrant,
  ring: entry.ring,
}));

function overlaps(blips: ReturnType<typeof layoutBlips>) {
  let count = 0;
  for (let i = 0; i < blips.length; i++) {
    for (let j = i + 1; j < blips.length; j++) {
      const a = blips[i];
      const b = blips[j];
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) count++;
    }
  }
  return count;
}

describe('layoutBlips', () => {
  it('places the whole seeded radar inside its sectors without overlaps', () => {
    const blips = layoutBlips(seeded);
    expect(blips).toHaveLength(seeded.length);
    for (const blip of blips) {
      const band = ringBands.find(b => b.ring === blip.ring)!;
      const distance = Math.hypot(blip.x - centre, blip.y - centre);
      expect(distance).toBeGreaterThanOrEqual(band.inner + blip.r);
      expect(distance).toBeLessThanOrEqual(band.outer - blip.r);
      let angle = Math.atan2(blip.y - centre, blip.x - centre);
      if (angle < 0) angle += 2 * Math.PI;
      const [from, to] = quadrantAngles[blip.quadrant];
      if (to === 2 * Math.PI && angle < Math.PI / 2) angle += 2 * Math.PI;
      expect(angle).toBeGreaterThanOrEqual(from);
      expect(angle).toBeLessThanOrEqual(to);
    }
    expect(overlaps(blips)).toBe(0);
  });

  it('is deterministic and numbers blips by quadrant, ring and title', () => {
    const first = layoutBlips(seeded);
    const second = layoutBlips([...seeded].reverse());
    expect(second).toEqual(first);
    expect(first.map(b => b.number)).toEqual(first.map((_, i) => i + 1));
    expect(first[0].quadrant).toBe('languages-frameworks');
    expect(first[0].ring).toBe('adopt');
  });

  it('keeps other blips in place when an entry is added to another sector', () => {
    const before = layoutBlips(seeded);
    const after = layoutBlips([
      ...seeded,
      { id: 'zz-new', title: 'New', quadrant: 'tools', ring: 'assess' },
    ]);
    const go = (list: typeof before) => list.find(b => b.id === 'go')!;
    expect({ x: go(after).x, y: go(after).y }).toEqual({
      x: go(before).x,
      y: go(before).y,
    });
  });

  it('grows blips with their count when asked', () => {
    const [small] = layoutBlips([{ ...seeded[0], count: 0 }], {
      byCount: true,
    });
    const [large] = layoutBlips([{ ...seeded[0], count: 12 }], {
      byCount: true,
    });
    expect(large.r).toBeGreaterThan(small.r);
  });
});
