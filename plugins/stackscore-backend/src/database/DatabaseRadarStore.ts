import { Knex } from 'knex';
import { lockedForUpdate } from './locking';
import { ConflictError } from '@backstage/errors';
import type {
  RadarEntryCreate,
  RadarEntrySeed,
  RadarEntryUpdate,
  RadarRing,
  UsageMatcher,
} from '@stackscore/plugin-stackscore-common';
import { chunks } from './chunks';
import type {
  EntityTechnology,
  RadarMove,
  RadarStore,
  StoredRadarEntry,
} from './RadarStore';
import { Timestamp, toDate } from './timestamps';

const ownerChunkSize = 500;

/** Who placed the seed entries on the timeline. */
const seedAuthor = 'stackscore:seed';

interface EntryRow {
  id: string;
  title: string;
  quadrant: RadarEntrySeed['quadrant'];
  ring: RadarRing;
  description: string;
  references: string;
  conflict: string | null;
  usage: string | null;
  seed_version: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string;
}

interface MoveRow {
  entry_id: string;
  moved_at: Timestamp;
  from_ring: RadarRing | null;
  to_ring: RadarRing;
  reason: string;
  moved_by: string;
  decision_id: string | null;
}

interface TechnologyRow {
  entity_ref: string;
  tech_key: string;
  entry_id: string | null;
  kind: string;
  name: string;
  evidence: string;
  first_seen_at: Timestamp;
}

const technologyColumns = [
  't.entity_ref',
  't.tech_key',
  't.entry_id',
  't.kind',
  't.name',
  't.evidence',
  't.first_seen_at',
];

function toTechnology(row: TechnologyRow): EntityTechnology {
  return {
    entityRef: row.entity_ref,
    key: row.tech_key,
    entryId: row.entry_id ?? undefined,
    kind: row.kind,
    name: row.name,
    evidence: JSON.parse(row.evidence),
    firstSeenAt: toDate(row.first_seen_at),
  };
}

function toMove(row: MoveRow): RadarMove {
  return {
    movedAt: toDate(row.moved_at),
    from: row.from_ring ?? undefined,
    to: row.to_ring,
    reason: row.reason,
    movedBy: row.moved_by,
    decisionId: row.decision_id ?? undefined,
  };
}

function toEntry(row: EntryRow, timeline: RadarMove[]): StoredRadarEntry {
  return {
    id: row.id,
    title: row.title,
    quadrant: row.quadrant,
    ring: row.ring,
    description: row.description,
    references: JSON.parse(row.references),
    conflict: row.conflict ? JSON.parse(row.conflict) : undefined,
    usage: row.usage ? JSON.parse(row.usage) : undefined,
    seedVersion: row.seed_version ?? undefined,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    updatedBy: row.updated_by,
    timeline,
  };
}

/**
 * {@link RadarStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseRadarStore implements RadarStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { db: Knex }): Promise<DatabaseRadarStore> {
    return new DatabaseRadarStore(options.db);
  }

  async seed(options: {
    entries: readonly RadarEntrySeed[];
    version: string;
    at: Date;
  }): Promise<{ added: number }> {
    const { version, at } = options;
    return this.db.transaction(async trx => {
      const existing = new Set(
        (await trx('stackscore_radar_entries').select('id')).map(
          (r: { id: string }) => r.id,
        ),
      );
      const missing = options.entries.filter(e => !existing.has(e.id));
      for (const batch of chunks(missing, 50)) {
        await trx('stackscore_radar_entries').insert(
          batch.map(entry => ({
            id: entry.id,
            title: entry.title,
            quadrant: entry.quadrant,
            ring: entry.ring,
            description: entry.description,
            references: JSON.stringify(entry.references),
            conflict: entry.conflict ? JSON.stringify(entry.conflict) : null,
            usage: null,
            seed_version: version,
            created_at: at,
            updated_at: at,
            updated_by: seedAuthor,
          })),
        );
        await trx('stackscore_radar_moves').insert(
          batch.map(entry => ({
            entry_id: entry.id,
            moved_at: at,
            from_ring: null,
            to_ring: entry.ring,
            reason: `Placed from the guidance documents (seed ${version})`,
            moved_by: seedAuthor,
            decision_id: null,
          })),
        );
      }
      return { added: missing.length };
    });
  }

  async listEntries(): Promise<StoredRadarEntry[]> {
    const [rows, moves] = await Promise.all([
      this.db<EntryRow>('stackscore_radar_entries').orderBy('id'),
      this.db<MoveRow>('stackscore_radar_moves').orderBy([
        'entry_id',
        'moved_at',
        'id',
      ]),
    ]);
    const timelines = new Map<string, RadarMove[]>();
    for (const move of moves) {
      const list = timelines.get(move.entry_id) ?? [];
      list.push(toMove(move));
      timelines.set(move.entry_id, list);
    }
    return rows.map(row => toEntry(row, timelines.get(row.id) ?? []));
  }

  async getEntry(id: string): Promise<StoredRadarEntry | undefined> {
    return this.readEntry(this.db, id);
  }

  private async readEntry(
    db: Knex | Knex.Transaction,
    id: string,
  ): Promise<StoredRadarEntry | undefined> {
    const row = await db<EntryRow>('stackscore_radar_entries')
      .where({ id })
      .first();
    if (!row) return undefined;
    const moves = await db<MoveRow>('stackscore_radar_moves')
      .where({ entry_id: id })
      .orderBy(['moved_at', 'id']);
    return toEntry(row, moves.map(toMove));
  }

  async createEntry(
    entry: RadarEntryCreate,
    options: { by: string; at: Date },
  ): Promise<StoredRadarEntry> {
    return this.db.transaction(async trx => {
      const taken = await trx('stackscore_radar_entries')
        .where({ id: entry.id })
        .first('id');
      if (taken) {
        throw new ConflictError(`Radar entry ${entry.id} already exists`);
      }
      await trx('stackscore_radar_entries').insert({
        id: entry.id,
        title: entry.title,
        quadrant: entry.quadrant,
        ring: entry.ring,
        description: entry.description,
        references: JSON.stringify(entry.references),
        conflict: null,
        usage: entry.usage ? JSON.stringify(entry.usage) : null,
        seed_version: null,
        created_at: options.at,
        updated_at: options.at,
        updated_by: options.by,
      });
      await trx('stackscore_radar_moves').insert({
        entry_id: entry.id,
        moved_at: options.at,
        from_ring: null,
        to_ring: entry.ring,
        reason: 'Added to the radar',
        moved_by: options.by,
        decision_id: null,
      });
      return (await this.readEntry(trx, entry.id))!;
    });
  }

  async updateEntry(
    id: string,
    update: RadarEntryUpdate,
    options: { by: string; at: Date },
  ): Promise<StoredRadarEntry | undefined> {
    return this.db.transaction(async trx => {
      // Two moves at once must not both record the same "from" ring.
      const current = await lockedForUpdate(
        this.db,
        trx<EntryRow>('stackscore_radar_entries').where({ id }),
      ).first();
      if (!current) return undefined;
      const changes: Partial<EntryRow> = {};
      if (update.title !== undefined) changes.title = update.title;
      if (update.quadrant !== undefined) changes.quadrant = update.quadrant;
      if (update.description !== undefined) {
        changes.description = update.description;
      }
      if (update.references !== undefined) {
        changes.references = JSON.stringify(update.references);
      }
      if (update.usage !== undefined) {
        changes.usage = JSON.stringify(update.usage);
      }
      if (update.ring !== undefined && update.ring !== current.ring) {
        changes.ring = update.ring;
        await trx('stackscore_radar_moves').insert({
          entry_id: id,
          moved_at: options.at,
          from_ring: current.ring,
          to_ring: update.ring,
          reason: update.reason!.trim(),
          moved_by: options.by,
          decision_id: update.decisionId ?? null,
        });
      }
      await trx('stackscore_radar_entries')
        .where({ id })
        .update({
          ...changes,
          updated_at: options.at,
          updated_by: options.by,
        });
      return this.readEntry(trx, id);
    });
  }

  async portalUsageMatchers(): Promise<Record<string, UsageMatcher>> {
    const rows: Array<{ id: string; usage: string }> = await this.db(
      'stackscore_radar_entries',
    )
      .whereNotNull('usage')
      .select('id', 'usage');
    return Object.fromEntries(rows.map(r => [r.id, JSON.parse(r.usage)]));
  }

  async teamUsage(owners: readonly string[]): Promise<{
    services: number;
    technologies: EntityTechnology[];
  }> {
    let services = 0;
    const technologies: EntityTechnology[] = [];
    for (const batch of chunks(owners, ownerChunkSize)) {
      const [{ n }] = await this.db('stackscore_entities')
        .whereIn('owner', batch)
        .count({ n: '*' });
      services += Number(n);
      const rows: TechnologyRow[] = await this.db(
        'stackscore_entity_technologies as t',
      )
        .join('stackscore_entities as e', 'e.entity_ref', 't.entity_ref')
        .whereIn('e.owner', batch)
        .select(...technologyColumns)
        .orderBy(['t.tech_key', 't.entity_ref']);
      technologies.push(...rows.map(toTechnology));
    }
    return { services, technologies };
  }

  async stackProfilesOf(
    owners: readonly string[],
  ): Promise<Array<{ entityRef: string; profile: unknown }>> {
    const out: Array<{ entityRef: string; profile: unknown }> = [];
    for (const batch of chunks(owners, ownerChunkSize)) {
      const rows: Array<{ entity_ref: string; stack_profile: string }> =
        await this.db('stackscore_entities')
          .whereIn('owner', batch)
          .whereNotNull('stack_profile')
          .select('entity_ref', 'stack_profile')
          .orderBy('entity_ref');
      out.push(
        ...rows.map(r => ({
          entityRef: r.entity_ref,
          profile: JSON.parse(r.stack_profile),
        })),
      );
    }
    return out;
  }

  async usageCounts(): Promise<Record<string, number>> {
    const rows = await this.db('stackscore_entity_technologies')
      .whereNotNull('entry_id')
      .groupBy('entry_id')
      .select('entry_id')
      .count({ n: '*' });
    return Object.fromEntries(
      (rows as Array<{ entry_id: string; n: number | string }>).map(r => [
        r.entry_id,
        Number(r.n),
      ]),
    );
  }

  async unknownTechnologies(): Promise<
    Array<EntityTechnology & { owner?: string }>
  > {
    const rows: Array<TechnologyRow & { owner: string | null }> = await this.db(
      'stackscore_entity_technologies as t',
    )
      .join('stackscore_entities as e', 'e.entity_ref', 't.entity_ref')
      .whereNull('t.entry_id')
      .select(...technologyColumns, 'e.owner')
      .orderBy(['t.tech_key', 't.entity_ref']);
    return rows.map(row => ({
      ...toTechnology(row),
      owner: row.owner ?? undefined,
    }));
  }

  async usersOf(
    entryId: string,
  ): Promise<Array<{ entityRef: string; owner?: string; firstSeenAt: Date }>> {
    const rows = await this.db('stackscore_entity_technologies as t')
      .join('stackscore_entities as e', 'e.entity_ref', 't.entity_ref')
      .where('t.entry_id', entryId)
      .select('t.entity_ref', 'e.owner', 't.first_seen_at')
      .orderBy('t.entity_ref');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      owner: row.owner ?? undefined,
      firstSeenAt: toDate(row.first_seen_at),
    }));
  }
}
