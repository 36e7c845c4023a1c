import type {
  RadarConflict,
  RadarQuadrant,
  RadarReference,
  RadarRing,
} from './types';
import type { UsageMatcher } from './usage';

/**
 * One placement or ring move of a radar entry, as the API returns it.
 *
 * @public
 */
export interface RadarMoveResponse {
  /** ISO date-time of the move. */
  date: string;
  /** Absent when the entry was first placed. */
  from?: RadarRing;
  to: RadarRing;
  reason: string;
  /** Entity ref of the user who moved it, or `stackscore:seed`. */
  by: string;
  /** Decision record behind the move, when one was cited. */
  decisionId?: string;
}

/**
 * A radar entry as the API returns it: the entry, its timeline (oldest first) and how many scored services
 * use it.
 *
 * @public
 */
export interface RadarEntryResponse {
  id: string;
  title: string;
  quadrant: RadarQuadrant;
  ring: RadarRing;
  description: string;
  references: RadarReference[];
  conflict?: RadarConflict;
  usage?: UsageMatcher;
  /** Seed version that created the entry; absent when added in the portal. */
  seedVersion?: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  timeline: RadarMoveResponse[];
  /** Scored services using the entry, across the organisation. */
  services: number;
}

/**
 * `GET /v1/radar`: the org radar.
 *
 * @public
 */
export interface RadarResponse {
  entries: RadarEntryResponse[];
}

/**
 * A service using a technology: since when, and where its repository shows it.
 *
 * @public
 */
export interface TechnologyUserResponse {
  entityRef: string;
  /** ISO date-time a scoring run first saw the service use it. */
  since: string;
  evidence: Array<{ file: string; line?: number }>;
}

/**
 * `GET /v1/radar/entries/:id`: one entry with the services that use it.
 *
 * @public
 */
export interface RadarEntryDetailResponse extends RadarEntryResponse {
  users: Array<{ entityRef: string; owner?: string; since: string }>;
}

/**
 * `GET /v1/radar/teams/:namespace/:name`: a team's radar built from what its services use.
 *
 * @public
 */
export interface TeamRadarResponse {
  team: { ref: string; title?: string; subgroups: string[] };
  /** Scored services of the team (and its subgroups unless excluded). */
  services: number;
  /** Org radar entries the team uses, by ring (adopt first), then by number of services. */
  entries: Array<{
    id: string;
    title: string;
    quadrant: RadarQuadrant;
    ring: RadarRing;
    services: TechnologyUserResponse[];
  }>;
  /** Entries on `hold` the team uses: which services, since when. */
  holds: Array<{
    id: string;
    title: string;
    services: TechnologyUserResponse[];
  }>;
  /** Technologies the team uses that no radar entry covers, for the radar owners. */
  unknown: Array<{
    key: string;
    kind: string;
    name: string;
    services: TechnologyUserResponse[];
  }>;
}

/**
 * `GET /v1/radar/unknown`: technologies in use across the organisation that the radar lacks.
 *
 * @public
 */
export interface UnknownTechnologiesResponse {
  items: Array<{
    key: string;
    kind: string;
    name: string;
    services: number;
    /** Owning groups of the services, sorted. */
    owners: string[];
  }>;
}
