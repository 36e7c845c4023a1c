import {
  MovedState,
  RadarEntry,
  RadarEntrySnapshot,
  TechRadarLoaderResponse,
} from '@backstage-community/plugin-tech-radar-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  RadarEntryResponse,
  RadarRing,
  radarQuadrants,
  radarRings,
} from '@stackscore/plugin-stackscore-common';
import { ringColours } from '../components/shared/ringColours';
import type { StackscoreApi } from './StackscoreApi';

const ringOrder = radarRings.map(ring => ring.id);

/** Towards adopt is up, as the community plugin draws it. */
function direction(from: RadarRing | undefined, to: RadarRing): MovedState {
  if (!from) return MovedState.NoChange;
  const change = ringOrder.indexOf(from) - ringOrder.indexOf(to);
  if (change > 0) return MovedState.Up;
  if (change < 0) return MovedState.Down;
  return MovedState.NoChange;
}

/** The community plugin reads the first snapshot as the current ring, so the newest move comes first. */
function timeline(entry: RadarEntryResponse): RadarEntrySnapshot[] {
  const snapshots = [...entry.timeline].reverse().map(move => ({
    date: new Date(move.date),
    ringId: move.to,
    description: move.reason,
    moved: direction(move.from, move.to),
  }));
  if (snapshots[0]?.ringId !== entry.ring) {
    // Never without a current ring: the plugin would fail on an entry with no snapshot for it.
    snapshots.unshift({
      date: new Date(entry.updatedAt),
      ringId: entry.ring,
      description: '',
      moved: direction(
        snapshots[0]?.ringId as RadarRing | undefined,
        entry.ring,
      ),
    });
  }
  return snapshots;
}

function radarEntry(entry: RadarEntryResponse): RadarEntry {
  return {
    key: entry.id,
    id: entry.id,
    quadrant: entry.quadrant,
    title: entry.title,
    description: entry.description,
    timeline: timeline(entry),
  };
}

/**
 * Loads Stackscore's radars in the format of the community tech-radar plugin
 * (`@backstage-community/plugin-tech-radar`), so its `TechRadarPage` and `TechRadarComponent` can render them.
 * Structurally a `TechRadarApi`: register it for that plugin's `techRadarApiRef`.
 *
 * `load()` without an id gives the organisation's radar; `load('group:default/payments')` gives that team's
 * radar, with only the entries its services (and its subgroups' services) use.
 *
 * @public
 */
export class StackscoreTechRadarApi {
  private readonly stackscoreApi: StackscoreApi;

  constructor(options: { stackscoreApi: StackscoreApi }) {
    this.stackscoreApi = options.stackscoreApi;
  }

  async load(id: string | undefined): Promise<TechRadarLoaderResponse> {
    const entries = id
      ? await this.teamEntries(id)
      : (await this.stackscoreApi.getRadar()).entries;
    return {
      quadrants: radarQuadrants.map(quadrant => ({
        id: quadrant.id,
        name: quadrant.title,
      })),
      rings: radarRings.map(ring => ({
        id: ring.id,
        name: ring.title,
        color: ringColours[ring.id],
        description: ring.description,
      })),
      entries: entries.map(radarEntry),
    };
  }

  /** The org entries a team uses, with their timelines (the team radar carries only ids and usage). */
  private async teamEntries(id: string): Promise<RadarEntryResponse[]> {
    let team;
    try {
      team = parseEntityRef(id, { defaultKind: 'group' });
    } catch {
      team = undefined;
    }
    if (!team || team.kind.toLocaleLowerCase('en-US') !== 'group') {
      throw new InputError(
        `Stackscore radars are the organisation's (no id) or a team's (a group ref such as group:default/payments), not "${id}"`,
      );
    }
    const [teamRadar, radar] = await Promise.all([
      this.stackscoreApi.getTeamRadar({
        kind: 'group',
        namespace: team.namespace,
        name: team.name,
      }),
      this.stackscoreApi.getRadar(),
    ]);
    const used = new Set(teamRadar.entries.map(entry => entry.id));
    return radar.entries.filter(entry => used.has(entry.id));
  }
}
