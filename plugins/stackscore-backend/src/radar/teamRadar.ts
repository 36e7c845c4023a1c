import type {
  RadarQuadrant,
  RadarRing,
} from '@stackscore/plugin-stackscore-common';
import type {
  EntityTechnology,
  StoredRadarEntry,
} from '../database/RadarStore';

/**
 * A service using a technology, since when, and where the facts show it.
 *
 * @internal
 */
export interface TechnologyUser {
  entityRef: string;
  since: string;
  evidence: Array<{ file: string; line?: number }>;
}

/**
 * A team's radar: the org entries its services use, the `hold` ones flagged, and what the org radar lacks.
 *
 * @internal
 */
export interface TeamRadarSummary {
  /** Services of the team that were scored, whether or not they use anything on the radar. */
  services: number;
  entries: Array<{
    id: string;
    title: string;
    quadrant: RadarQuadrant;
    ring: RadarRing;
    services: TechnologyUser[];
  }>;
  holds: Array<{ id: string; title: string; services: TechnologyUser[] }>;
  unknown: Array<{
    key: string;
    kind: string;
    name: string;
    services: TechnologyUser[];
  }>;
}

const ringOrder: RadarRing[] = ['adopt', 'trial', 'assess', 'hold'];

function user(technology: EntityTechnology): TechnologyUser {
  return {
    entityRef: technology.entityRef,
    since: technology.firstSeenAt.toISOString(),
    evidence: technology.evidence,
  };
}

/**
 * Builds a team's radar from what its services use. Entries are ordered by ring, then by how many services
 * use them; usage of an entry no longer on the radar counts as unknown, so nothing a team runs disappears.
 *
 * @internal
 */
export function summariseTeamRadar(
  radar: readonly StoredRadarEntry[],
  technologies: readonly EntityTechnology[],
  services: number,
): TeamRadarSummary {
  const byId = new Map(radar.map(entry => [entry.id, entry]));
  const used = new Map<string, TechnologyUser[]>();
  const unknown = new Map<string, TeamRadarSummary['unknown'][number]>();
  for (const technology of technologies) {
    const entry = technology.entryId ? byId.get(technology.entryId) : undefined;
    if (entry) {
      used.set(entry.id, [...(used.get(entry.id) ?? []), user(technology)]);
      continue;
    }
    const known = unknown.get(technology.key) ?? {
      key: technology.key,
      kind: technology.kind,
      name: technology.name,
      services: [],
    };
    known.services.push(user(technology));
    unknown.set(technology.key, known);
  }
  const entries = [...used.entries()]
    .map(([id, users]) => {
      const entry = byId.get(id)!;
      return {
        id,
        title: entry.title,
        quadrant: entry.quadrant,
        ring: entry.ring,
        services: users,
      };
    })
    .sort(
      (a, b) =>
        ringOrder.indexOf(a.ring) - ringOrder.indexOf(b.ring) ||
        b.services.length - a.services.length ||
        a.id.localeCompare(b.id),
    );
  return {
    services,
    entries,
    holds: entries
      .filter(entry => entry.ring === 'hold')
      .map(({ id, title, services: users }) => ({
        id,
        title,
        services: users,
      })),
    unknown: [...unknown.values()].sort(
      (a, b) =>
        b.services.length - a.services.length || a.key.localeCompare(b.key),
    ),
  };
}
