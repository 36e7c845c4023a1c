import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import type { Exemption, ExemptionStore } from './ExemptionStore';
import { Timestamp, toDate } from './timestamps';

interface ExemptionRow {
  id: string;
  entity_ref: string;
  check_id: string;
  reason: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

function toExemption(row: ExemptionRow): Exemption {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    checkId: row.check_id,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: toDate(row.created_at),
    expiresAt: toDate(row.expires_at),
    revokedAt: row.revoked_at === null ? undefined : toDate(row.revoked_at),
    revokedBy: row.revoked_by ?? undefined,
  };
}

/**
 * Narrows a query on `stackscore_exemptions` (optionally aliased) to exemptions active at `at`: created by
 * then, not yet expired and not yet revoked. The one definition every store that asks "is it exempted" uses.
 *
 * @internal
 */
export function whereActive(at: Date, alias?: string) {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return (query: Knex.QueryBuilder) =>
    query
      .where(column('created_at'), '<=', at)
      .where(column('expires_at'), '>', at)
      .where(revoked =>
        revoked
          .whereNull(column('revoked_at'))
          .orWhere(column('revoked_at'), '>', at),
      );
}

/** IN lists are chunked so a large team's refs stay under bind-parameter limits. */
const refChunkSize = 500;

/**
 * {@link ExemptionStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseExemptionStore implements ExemptionStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { db: Knex }): Promise<DatabaseExemptionStore> {
    return new DatabaseExemptionStore(options.db);
  }

  async createExemption(input: {
    entityRef: string;
    checkId: string;
    reason: string;
    createdBy: string;
    expiresAt: Date;
  }): Promise<Exemption> {
    const row: ExemptionRow = {
      id: randomUUID(),
      entity_ref: input.entityRef,
      check_id: input.checkId,
      reason: input.reason,
      created_by: input.createdBy,
      created_at: new Date(),
      expires_at: input.expiresAt,
      revoked_at: null,
      revoked_by: null,
    };
    await this.db('stackscore_exemptions').insert(row);
    return toExemption(row);
  }

  async getExemption(id: string): Promise<Exemption | undefined> {
    const row = await this.db<ExemptionRow>('stackscore_exemptions')
      .where({ id })
      .first();
    return row ? toExemption(row) : undefined;
  }

  async revokeExemption(
    id: string,
    revokedBy: string,
  ): Promise<Exemption | undefined> {
    await this.db('stackscore_exemptions')
      .where({ id })
      .whereNull('revoked_at')
      .update({ revoked_at: new Date(), revoked_by: revokedBy });
    return this.getExemption(id);
  }

  async activeExemptions(
    entityRefs: readonly string[],
    at: Date,
  ): Promise<Exemption[]> {
    const found: Exemption[] = [];
    for (let i = 0; i < entityRefs.length; i += refChunkSize) {
      const rows = await this.db<ExemptionRow>('stackscore_exemptions')
        .whereIn('entity_ref', entityRefs.slice(i, i + refChunkSize))
        .modify(whereActive(at))
        .orderBy([
          { column: 'entity_ref', order: 'asc' },
          { column: 'check_id', order: 'asc' },
          { column: 'created_at', order: 'asc' },
        ]);
      found.push(...rows.map(toExemption));
    }
    return found;
  }

  async listExemptions(options: {
    entityRef?: string;
    checkId?: string;
    active?: boolean;
    at: Date;
    limit: number;
    before?: Date;
  }): Promise<Exemption[]> {
    const query = this.db<ExemptionRow>('stackscore_exemptions')
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    if (options.entityRef) query.where('entity_ref', options.entityRef);
    if (options.checkId) query.where('check_id', options.checkId);
    if (options.before) query.where('created_at', '<', options.before);
    if (options.active === true) query.modify(whereActive(options.at));
    if (options.active === false) {
      query.whereNot(inactive => inactive.modify(whereActive(options.at)));
    }
    return (await query).map(toExemption);
  }
}
