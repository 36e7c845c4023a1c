import { randomUUID } from 'crypto';
import type { Knex } from 'knex';
import type { Campaign } from '@stackscore/plugin-stackscore-common';
import type {
  CampaignFields,
  CampaignStore,
  ExemptionSpan,
  ResultChange,
  ScopedEntity,
} from './CampaignStore';
import { chunks } from './chunks';
import { lockedForUpdate } from './locking';
import { Timestamp, toDate } from './timestamps';

interface CampaignRow {
  id: string;
  title: string;
  description: string;
  target: string;
  scope: string;
  start_date: string;
  deadline: string;
  owner: string;
  version: number;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
  reminded_for_deadline: string | null;
}

const table = 'stackscore_campaigns';

/** Refs per IN list, well under SQLite's 999 bound parameters. */
const inChunk = 500;

function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    target: JSON.parse(row.target),
    scope: JSON.parse(row.scope),
    startDate: row.start_date,
    deadline: row.deadline,
    owner: row.owner,
    version: Number(row.version),
    createdBy: row.created_by,
    createdAt: toDate(row.created_at).toISOString(),
    updatedBy: row.updated_by,
    updatedAt: toDate(row.updated_at).toISOString(),
  };
}

function fieldColumns(fields: CampaignFields) {
  return {
    title: fields.title,
    description: fields.description,
    target: JSON.stringify(fields.target),
    scope: JSON.stringify(fields.scope),
    start_date: fields.startDate,
    deadline: fields.deadline,
    owner: fields.owner,
  };
}

/**
 * {@link CampaignStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseCampaignStore implements CampaignStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { db: Knex }): Promise<DatabaseCampaignStore> {
    return new DatabaseCampaignStore(options.db);
  }

  async createCampaign(fields: CampaignFields, by: string, at: Date) {
    const row: CampaignRow = {
      id: randomUUID(),
      ...fieldColumns(fields),
      version: 1,
      created_by: by,
      created_at: at,
      updated_by: by,
      updated_at: at,
      reminded_for_deadline: null,
    };
    await this.db(table).insert(row);
    return toCampaign(row);
  }

  async getCampaign(id: string) {
    const row = await this.db<CampaignRow>(table).where({ id }).first();
    return row ? toCampaign(row) : undefined;
  }

  async listCampaigns() {
    const rows = await this.db<CampaignRow>(table)
      .orderBy('deadline')
      .orderBy('title');
    return rows.map(toCampaign);
  }

  async updateCampaign(input: {
    id: string;
    fields: CampaignFields;
    version: number;
    by: string;
    at: Date;
  }) {
    return this.db.transaction(async trx => {
      const row = await lockedForUpdate(
        this.db,
        trx<CampaignRow>(table).where({ id: input.id }),
      ).first();
      if (!row) return { status: 'not-found' as const };
      if (Number(row.version) !== input.version) {
        return {
          status: 'conflict' as const,
          currentVersion: Number(row.version),
        };
      }
      const updated: CampaignRow = {
        ...row,
        ...fieldColumns(input.fields),
        version: input.version + 1,
        updated_by: input.by,
        updated_at: input.at,
      };
      await trx(table).where({ id: input.id }).update(updated);
      return { status: 'updated' as const, campaign: toCampaign(updated) };
    });
  }

  async remindedDeadline(id: string) {
    const row = await this.db<CampaignRow>(table)
      .where({ id })
      .first('reminded_for_deadline');
    return row?.reminded_for_deadline ?? undefined;
  }

  async markReminded(id: string, deadline: string) {
    await this.db(table)
      .where({ id })
      .update({ reminded_for_deadline: deadline });
  }

  async listScopedEntities(): Promise<ScopedEntity[]> {
    const rows = await this.db('stackscore_entities').select(
      'entity_ref',
      'owner',
      'lifecycle',
      'system',
      'tags',
    );
    return rows.map((r: any) => ({
      entityRef: r.entity_ref,
      owner: r.owner ?? undefined,
      lifecycle: r.lifecycle ?? undefined,
      system: r.system ?? undefined,
      tags: JSON.parse(r.tags),
    }));
  }

  /** Rows of a per-entity table for these entities, read in slices that keep IN lists short. */
  private async rowsOf(
    tableName: string,
    entityRefs: readonly string[],
    columns: string[],
  ): Promise<any[]> {
    const rows: any[] = [];
    for (const part of chunks(entityRefs, inChunk)) {
      rows.push(
        ...(await this.db(tableName)
          .whereIn('entity_ref', part)
          .select(columns)),
      );
    }
    return rows;
  }

  async currentResults(
    entityRefs: readonly string[],
    isTargetCheck: (checkId: string) => boolean,
  ) {
    const rows = await this.rowsOf('stackscore_check_results', entityRefs, [
      'entity_ref',
      'check_id',
      'status',
    ]);
    return rows
      .filter(r => isTargetCheck(r.check_id))
      .map(r => ({
        entityRef: r.entity_ref,
        checkId: r.check_id,
        status: r.status,
      }));
  }

  async resultChanges(
    entityRefs: readonly string[],
    isTargetCheck: (checkId: string) => boolean,
  ): Promise<ResultChange[]> {
    const rows = await this.rowsOf('stackscore_result_history', entityRefs, [
      'entity_ref',
      'check_id',
      'status',
      'previous_status',
      'changed_at',
    ]);
    return rows
      .filter(r => isTargetCheck(r.check_id))
      .map(r => ({
        entityRef: r.entity_ref,
        checkId: r.check_id,
        status: r.status,
        previousStatus: r.previous_status ?? undefined,
        changedAt: toDate(r.changed_at),
      }))
      .sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  }

  async exemptionSpans(
    entityRefs: readonly string[],
  ): Promise<ExemptionSpan[]> {
    const rows = await this.rowsOf('stackscore_exemptions', entityRefs, [
      'entity_ref',
      'check_id',
      'created_at',
      'expires_at',
      'revoked_at',
    ]);
    return rows.map(r => {
      const expires = toDate(r.expires_at);
      const revoked = r.revoked_at ? toDate(r.revoked_at) : undefined;
      return {
        entityRef: r.entity_ref,
        checkId: r.check_id,
        from: toDate(r.created_at),
        until: revoked && revoked < expires ? revoked : expires,
      };
    });
  }
}
