import type {
  RadarEntryCreate,
  RadarEntrySeed,
  RadarEntryUpdate,
  RadarRing,
  UsageMatcher,
} from '@stackscore/plugin-stackscore-common';

/**
 * One placement or ring move on a radar entry's timeline.
 *
 * @internal
 */
export interface RadarMove {
  movedAt: Date;
  /** Absent when the entry was first placed. */
  from?: RadarRing;
  to: RadarRing;
  reason: string;
  movedBy: string;
  decisionId?: string;
}

/**
 * A radar entry as stored, with its timeline (oldest first).
 *
 * @internal
 */
export interface StoredRadarEntry extends RadarEntrySeed {
  usage?: UsageMatcher;
  /** The seed version that created the entry; absent for entries added in the portal. */
  seedVersion?: string;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
  timeline: RadarMove[];
}

/**
 * A technology one scored entity uses, as stored at scoring time.
 *
 * @internal
 */
export interface EntityTechnology {
  entityRef: string;
  /** Radar entry id for a known technology; absent for one the radar lacks. */
  entryId?: string;
  /** `radar:<entry id>` or the detected technology's key. */
  key: string;
  kind: string;
  name: string;
  evidence: Array<{ file: string; line?: number }>;
  /** When a scoring run first saw the entity use it. */
  firstSeenAt: Date;
}

/**
 * Persistence of the org radar: entries, their timeline, and the seed.
 *
 * @internal
 */
export interface RadarStore {
  /** Adds the seed entries that are not stored yet; never overwrites what the organisation changed. */
  seed(options: {
    entries: readonly RadarEntrySeed[];
    version: string;
    at: Date;
  }): Promise<{ added: number }>;
  listEntries(): Promise<StoredRadarEntry[]>;
  getEntry(id: string): Promise<StoredRadarEntry | undefined>;
  /** Throws `ConflictError` when the id is taken. */
  createEntry(
    entry: RadarEntryCreate,
    options: { by: string; at: Date },
  ): Promise<StoredRadarEntry>;
  /** Applies a change; a ring move appends to the timeline. Undefined when there is no such entry. */
  updateEntry(
    id: string,
    update: RadarEntryUpdate,
    options: { by: string; at: Date },
  ): Promise<StoredRadarEntry | undefined>;
  /** Usage matchers of entries added in the portal, by entry id. */
  portalUsageMatchers(): Promise<Record<string, UsageMatcher>>;
  /** How many scored entities these owners have, and what they use. */
  teamUsage(owners: readonly string[]): Promise<{
    services: number;
    technologies: EntityTechnology[];
  }>;
  /** Stack profiles of the scored entities of these owners, by entity ref. */
  stackProfilesOf(
    owners: readonly string[],
  ): Promise<Array<{ entityRef: string; profile: unknown }>>;
  /** Services using each radar entry, across the organisation. */
  usageCounts(): Promise<Record<string, number>>;
  /** Technologies no radar entry claims, across the organisation, with their users and owners. */
  unknownTechnologies(): Promise<Array<EntityTechnology & { owner?: string }>>;
  /** Entities using a radar entry, with their owners. */
  usersOf(
    entryId: string,
  ): Promise<Array<{ entityRef: string; owner?: string; firstSeenAt: Date }>>;
}
