import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { lockedForUpdate } from './locking';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  decisionContentFields,
  type Decision,
  type DecisionContent,
  type DecisionHistoryAction,
  type DecisionHistoryEntry,
} from '@stackscore/plugin-stackscore-common';
import type {
  DecisionFilters,
  DecisionStore,
  DecisionWriter,
} from './DecisionStore';
import { Timestamp, toDate } from './timestamps';

interface DecisionRow {
  id: string;
  scope_key: string;
  number: number;
  title: string;
  status: string;
  decided_on: string;
  content: string;
  search_text: string;
  supersedes: string | null;
  superseded_by: string | null;
  version: number;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}

interface HistoryRow {
  version: number;
  action: DecisionHistoryAction;
  changes: string;
  snapshot: string;
  changed_by: string;
  changed_at: Timestamp;
}

const contentFields = decisionContentFields;

function scopeKeyOf(content: DecisionContent): string {
  return content.scope.team ?? 'org';
}

function toDecision(row: DecisionRow): Decision {
  const content = JSON.parse(row.content) as DecisionContent;
  return {
    ...content,
    id: row.id,
    number: Number(row.number),
    scopeKey: row.scope_key,
    supersedes: row.supersedes ?? undefined,
    supersededBy: row.superseded_by ?? undefined,
    version: Number(row.version),
    createdBy: row.created_by,
    createdAt: toDate(row.created_at).toISOString(),
    updatedBy: row.updated_by,
    updatedAt: toDate(row.updated_at).toISOString(),
  };
}

/** What the text filter searches: title and every piece of prose, lower-cased. */
function searchText(content: DecisionContent): string {
  return [
    content.title,
    content.context,
    content.outcome,
    content.consequences,
    ...content.drivers,
    ...content.options.flatMap(o => [
      o.title,
      o.description ?? '',
      ...o.pros,
      ...o.cons,
    ]),
    ...content.tags,
  ]
    .join('\n')
    .toLowerCase();
}

/** The rows that let lists filter by team, entity, radar entry, check and tag. */
function linkRows(id: string, content: DecisionContent) {
  const rows: Array<{ decision_id: string; kind: string; target: string }> = [];
  const add = (kind: string, targets: readonly string[]) => {
    for (const target of new Set(targets)) {
      rows.push({ decision_id: id, kind, target });
    }
  };
  add('team', content.scope.team ? [content.scope.team.toLowerCase()] : []);
  add(
    'entity',
    content.scope.entities.map(ref => ref.toLowerCase()),
  );
  add('radar', content.links.radarEntries);
  add('check', content.links.checks);
  add('tag', content.tags);
  return rows;
}

function contentOf(decision: Decision): DecisionContent {
  const content: Partial<DecisionContent> = {};
  for (const field of contentFields) {
    if (decision[field] !== undefined) {
      (content as Record<string, unknown>)[field] = decision[field];
    }
  }
  return content as DecisionContent;
}

function changedFields(
  before: DecisionContent | undefined,
  after: DecisionContent,
): string[] {
  return contentFields.filter(
    field => JSON.stringify(before?.[field]) !== JSON.stringify(after[field]),
  );
}

/** Decodes a list cursor: the created time and id of the last item seen. */
function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) {
    throw new InputError('Invalid query: cursor: not a cursor of this list');
  }
  return { at: date, id };
}

function encodeCursor(decision: Decision): string {
  return Buffer.from(`${decision.createdAt}|${decision.id}`).toString(
    'base64url',
  );
}

/**
 * {@link DecisionStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseDecisionStore implements DecisionStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { db: Knex }): Promise<DatabaseDecisionStore> {
    return new DatabaseDecisionStore(options.db);
  }

  async create(
    content: DecisionContent,
    writer: DecisionWriter & { action?: 'created' | 'imported' },
  ): Promise<Decision> {
    return this.db.transaction(async trx =>
      this.insert(trx, content, writer, writer.action ?? 'created'),
    );
  }

  async get(id: string): Promise<Decision | undefined> {
    const row = await this.db<DecisionRow>('stackscore_decisions')
      .where({ id })
      .first();
    return row ? toDecision(row) : undefined;
  }

  async list(options: {
    filters: DecisionFilters;
    limit: number;
    cursor?: string;
  }): Promise<{ items: Decision[]; nextCursor?: string }> {
    const { filters } = options;
    const query = this.db<DecisionRow>('stackscore_decisions as d');
    const linked = (kind: string, target: string | undefined) => {
      if (target === undefined) return;
      query.whereIn(
        'd.id',
        this.db('stackscore_decision_links')
          .where({ kind, target })
          .select('decision_id'),
      );
    };
    linked('team', filters.team?.toLowerCase());
    linked('entity', filters.entity?.toLowerCase());
    linked('radar', filters.radarEntry);
    linked('check', filters.check);
    linked('tag', filters.tag);
    if (filters.status) query.where('d.status', filters.status);
    for (const word of (filters.text ?? '').toLowerCase().split(/\s+/)) {
      if (!word) continue;
      // LIKE wildcards in the user's words are matched literally.
      const escaped = word.replace(/[\\%_]/g, c => `\\${c}`);
      query.whereRaw(`d.search_text LIKE ? ESCAPE '\\'`, [`%${escaped}%`]);
    }
    if (options.cursor) {
      const { at, id } = decodeCursor(options.cursor);
      query.where(q =>
        q
          .where('d.created_at', '<', at)
          .orWhere(q2 =>
            q2.where('d.created_at', at).andWhere('d.id', '<', id),
          ),
      );
    }
    const rows: DecisionRow[] = await query
      .select('d.*')
      .orderBy([
        { column: 'd.created_at', order: 'desc' },
        { column: 'd.id', order: 'desc' },
      ])
      .limit(options.limit + 1);
    const items = rows.slice(0, options.limit).map(toDecision);
    return {
      items,
      nextCursor:
        rows.length > options.limit
          ? encodeCursor(items[items.length - 1])
          : undefined,
    };
  }

  async update(
    id: string,
    changes: Partial<DecisionContent>,
    version: number,
    writer: DecisionWriter,
  ): Promise<Decision> {
    return this.db.transaction(async trx => {
      const current = await this.lockedCurrent(trx, id, version);
      if (
        changes.status !== undefined &&
        (changes.status === 'superseded') !== (current.status === 'superseded')
      ) {
        // Superseding links two records both ways; a status edit alone would leave a dangling half.
        throw new InputError(
          'Invalid body: status: a decision becomes (or stops being) superseded only through POST /v1/decisions/:id/supersede',
        );
      }
      const before = contentOf(current);
      const after: DecisionContent = { ...before, ...changes };
      if (scopeKeyOf(after) !== current.scopeKey) {
        // The number belongs to the team it was issued under; moving the record would need a new one.
        throw new InputError(
          'Invalid body: scope.team cannot change; supersede the decision under the other team instead',
        );
      }
      return this.write(trx, current, after, writer, 'updated', {});
    });
  }

  async supersede(
    id: string,
    version: number,
    replacement: DecisionContent,
    writer: DecisionWriter,
  ): Promise<{ superseded: Decision; replacement: Decision }> {
    return this.db.transaction(async trx => {
      const current = await this.lockedCurrent(trx, id, version);
      if (current.supersededBy) {
        throw new ConflictError(
          `Decision ${id} is already superseded by ${current.supersededBy}`,
        );
      }
      const created = await this.insert(
        trx,
        replacement,
        writer,
        'created',
        id,
      );
      const superseded = await this.write(
        trx,
        current,
        { ...contentOf(current), status: 'superseded' },
        writer,
        'superseded',
        { superseded_by: created.id },
      );
      return { superseded, replacement: created };
    });
  }

  async history(id: string): Promise<DecisionHistoryEntry[] | undefined> {
    if (!(await this.get(id))) return undefined;
    const rows: HistoryRow[] = await this.db('stackscore_decision_history')
      .where({ decision_id: id })
      .orderBy('version');
    return rows.map(row => ({
      version: Number(row.version),
      at: toDate(row.changed_at).toISOString(),
      by: row.changed_by,
      action: row.action,
      changes: JSON.parse(row.changes),
      snapshot: JSON.parse(row.snapshot),
    }));
  }

  /** The record as of `version`, locked for the transaction; 404 or 409 otherwise. */
  private async lockedCurrent(
    trx: Knex.Transaction,
    id: string,
    version: number,
  ): Promise<Decision> {
    const row = await lockedForUpdate(
      this.db,
      trx<DecisionRow>('stackscore_decisions').where({ id }),
    ).first();
    if (!row) throw new NotFoundError(`No decision ${id}`);
    if (Number(row.version) !== version) {
      throw new ConflictError(
        `Decision ${id} changed since version ${version}; it is at version ${row.version}. Reload, reapply your change and save again.`,
      );
    }
    return toDecision(row);
  }

  private async insert(
    trx: Knex.Transaction,
    content: DecisionContent,
    writer: DecisionWriter,
    action: DecisionHistoryAction,
    supersedes?: string,
  ): Promise<Decision> {
    const scopeKey = scopeKeyOf(content);
    const [{ last }] = await trx('stackscore_decisions')
      .where({ scope_key: scopeKey })
      .max({ last: 'number' });
    const id = randomUUID();
    const row: DecisionRow = {
      id,
      scope_key: scopeKey,
      number: Number(last ?? 0) + 1,
      title: content.title,
      status: content.status,
      decided_on: content.date,
      content: JSON.stringify(content),
      search_text: searchText(content),
      supersedes: supersedes ?? null,
      superseded_by: null,
      version: 1,
      created_by: writer.by,
      created_at: writer.at,
      updated_by: writer.by,
      updated_at: writer.at,
    };
    // Two records created in one scope at once both read the same last number; the unique index turns the
    // second into an error rather than a duplicate number, and the caller can retry.
    await trx('stackscore_decisions').insert(row);
    const links = linkRows(id, content);
    if (links.length) await trx('stackscore_decision_links').insert(links);
    await this.appendHistory(trx, id, 1, action, content, undefined, writer);
    return toDecision(row);
  }

  private async write(
    trx: Knex.Transaction,
    current: Decision,
    after: DecisionContent,
    writer: DecisionWriter,
    action: DecisionHistoryAction,
    extra: Partial<DecisionRow>,
  ): Promise<Decision> {
    const version = current.version + 1;
    await trx('stackscore_decisions')
      .where({ id: current.id })
      .update({
        title: after.title,
        status: after.status,
        decided_on: after.date,
        content: JSON.stringify(after),
        search_text: searchText(after),
        version,
        updated_by: writer.by,
        updated_at: writer.at,
        ...extra,
      });
    await trx('stackscore_decision_links')
      .where({ decision_id: current.id })
      .delete();
    const links = linkRows(current.id, after);
    if (links.length) await trx('stackscore_decision_links').insert(links);
    await this.appendHistory(
      trx,
      current.id,
      version,
      action,
      after,
      contentOf(current),
      writer,
    );
    const row = await trx<DecisionRow>('stackscore_decisions')
      .where({ id: current.id })
      .first();
    return toDecision(row!);
  }

  private async appendHistory(
    trx: Knex.Transaction,
    id: string,
    version: number,
    action: DecisionHistoryAction,
    after: DecisionContent,
    before: DecisionContent | undefined,
    writer: DecisionWriter,
  ): Promise<void> {
    await trx('stackscore_decision_history').insert({
      decision_id: id,
      version,
      action,
      changes: JSON.stringify(changedFields(before, after)),
      snapshot: JSON.stringify(after),
      changed_by: writer.by,
      changed_at: writer.at,
    });
  }
}
