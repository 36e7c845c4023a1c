import type {
  EntityTechnology,
  StoredRadarEntry,
} from '../database/RadarStore';
import { summariseTeamRadar } from './teamRadar';

function entry(id: string, ring: StoredRadarEntry['ring']): StoredRadarEntry {
  const at = new Date('2026-11-01T00:00:00Z');
  return {
    id,
    title: id.toUpperCase(),
    quadrant: 'languages-frameworks',
    ring,
    description: '',
    references: [],
    createdAt: at,
    updatedAt: at,
    updatedBy: 'stackscore:seed',
    timeline: [],
  };
}

function uses(
  entityRef: string,
  key: string,
  entryId?: string,
): EntityTechnology {
  return {
    entityRef,
    key,
    entryId,
    kind: entryId ? 'radar-entry' : 'framework',
    name: entryId ?? key.split(':')[1],
    evidence: [{ file: 'package.json' }],
    firstSeenAt: new Date('2026-10-01T00:00:00Z'),
  };
}

describe('summariseTeamRadar', () => {
  it('orders entries by ring then usage, flags holds with their services and lists what the radar lacks', () => {
    const radar = [
      entry('go', 'adopt'),
      entry('react', 'adopt'),
      entry('moment', 'hold'),
    ];
    const summary = summariseTeamRadar(
      radar,
      [
        uses('component:default/a', 'radar:moment', 'moment'),
        uses('component:default/a', 'radar:react', 'react'),
        uses('component:default/b', 'radar:react', 'react'),
        uses('component:default/c', 'radar:go', 'go'),
        uses('component:default/c', 'framework:express'),
        // Usage of an entry that left the radar stays visible as unknown.
        uses('component:default/c', 'radar:retired', 'retired'),
      ],
      4,
    );
    expect(summary.services).toBe(4);
    expect(summary.entries.map(e => [e.id, e.services.length])).toEqual([
      ['react', 2],
      ['go', 1],
      ['moment', 1],
    ]);
    expect(summary.holds).toEqual([
      {
        id: 'moment',
        title: 'MOMENT',
        services: [
          {
            entityRef: 'component:default/a',
            since: '2026-10-01T00:00:00.000Z',
            evidence: [{ file: 'package.json' }],
          },
        ],
      },
    ]);
    expect(summary.unknown.map(u => [u.key, u.services.length])).toEqual([
      ['framework:express', 1],
      ['radar:retired', 1],
    ]);
  });

  it('answers an empty radar for a team whose services use nothing known', () => {
    expect(summariseTeamRadar([entry('go', 'adopt')], [], 0)).toEqual({
      services: 0,
      entries: [],
      holds: [],
      unknown: [],
    });
  });
});
