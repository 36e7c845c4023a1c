import type { Knex } from 'knex';
import {
  remediationStatuses,
  type RemediationEvent,
  type RemediationItem,
  type RemediationStatus,
  type RemediationUpdateRequest,
} from '@stackscore/plugin-stackscore-common';
import type {
  CampaignCoverage,
  RemediationItemFilter,
  RemediationStore,
  RemediationUpdateOutcome,
} from './RemediationStore';
import { EventRow, eventRow, reconcileEntityItems } from './remediationSync';
import { chunks, insertInSlices } from './chunks';
import { lockedForUpdate } from './locking';
import { whereActive } from './DatabaseExemptionStore';
import { Timestamp, toDate } from './timestamps';

interface ItemRow {
  id: string;
  entity_ref: string;
  check_id: string;
  scorecard: string;
  level: string;
  severity: string;
  owner: string | null;
  status: RemediationStatus;
  assignee: string | null;
  due_date: string | null;
  due_source: 'manual' | 'campaign' | null;
  due_campaign_id: string | null;
  ticket_url: string | null;
  notes: string | null;
  opened_at: Timestamp;
  failing_since: Timestamp;
  resolved_at: Timestamp | null;
  updated_at: Timestamp;
}

const table = 'stackscore_remediation_items';

/** What people may change on an item: request field, column, and the event a change records. */
const editableFields = [
  ['status', 'status', 'status'],
  ['assignee', 'assignee', 'assignee'],
  ['dueDate', 'due_date', 'due-date'],
  ['ticketUrl', 'ticket_url', 'ticket'],
  ['notes', 'notes', 'notes'],
] as const satisfies ReadonlyArray<
  readonly [
    keyof RemediationUpdateRequest,
    keyof ItemRow,
    RemediationEvent['type'],
  ]
>;

/** Work still to do: the statuses a due date and "overdue" apply to. */
const activeStatuses: RemediationStatus[] = ['open', 'in-progress'];

function toItem(row: ItemRow, today: string): RemediationItem {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    owner: row.owner ?? undefined,
    checkId: row.check_id,
    scorecard: row.scorecard as RemediationItem['scorecard'],
    level: row.level as RemediationItem['level'],
    severity: row.severity as RemediationItem['severity'],
    status: row.status,
    assignee: row.assignee ?? undefined,
    dueDate: row.due_date ?? undefined,
    dueSource: row.due_source ?? undefined,
    dueCampaignId: row.due_campaign_id ?? undefined,
    ticketUrl: row.ticket_url ?? undefined,
    notes: row.notes ?? undefined,
    openedAt: toDate(row.opened_at).toISOString(),
    failingSince: toDate(row.failing_since).toISOString(),
    resolvedAt: row.resolved_at
      ? toDate(row.resolved_at).toISOString()
      : undefined,
    updatedAt: toDate(row.updated_at).toISOString(),
    overdue:
      activeStatuses.includes(row.status) &&
      row.due_date !== null &&
      row.due_date < today,
  };
}

/** Refs per IN list, well under SQLite's 999 bound parameters. */
const inChunk = 500;

/**
 * {@link RemediationStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseRemediationStore implements RemediationStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    db: Knex;
  }): Promise<DatabaseRemediationStore> {
    return new DatabaseRemediationStore(options.db);
  }

  private filtered(filter: RemediationItemFilter, withStatus: boolean) {
    const query = this.db<ItemRow>(table);
    if (filter.owners) query.whereIn(`${table}.owner`, filter.owners);
    if (withStatus && filter.statuses) {
      query.whereIn(`${table}.status`, filter.statuses);
    }
    if (filter.checkId) query.where(`${table}.check_id`, filter.checkId);
    if (filter.entityRef) query.where(`${table}.entity_ref`, filter.entityRef);
    if (filter.assignee) query.where(`${table}.assignee`, filter.assignee);
    if (filter.campaignId) {
      query.whereIn(
        `${table}.id`,
        this.db('stackscore_campaign_items')
          .where({ campaign_id: filter.campaignId })
          .select('item_id'),
      );
    }
    return query;
  }

  async listItems(options: {
    filter: RemediationItemFilter;
    today: string;
    limit: number;
    offset: number;
  }) {
    const { filter, today, limit, offset } = options;
    const [rows, counts] = await Promise.all([
      this.filtered(filter, true)
        .select(`${table}.*`)
        .orderByRaw(
          `CASE WHEN status IN ('open', 'in-progress') AND due_date < ? THEN 0
                WHEN status IN ('open', 'in-progress') THEN 1
                WHEN status = 'exempted' THEN 2 ELSE 3 END`,
          [today],
        )
        .orderByRaw('CASE WHEN due_date IS NULL THEN 1 ELSE 0 END')
        .orderBy('due_date')
        .orderByRaw(
          `CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`,
        )
        .orderBy('failing_since')
        .orderBy('id')
        .limit(limit)
        .offset(offset),
      this.filtered(filter, false)
        .select(`${table}.status`)
        .count({ n: '*' })
        .groupBy(`${table}.status`),
    ]);
    const statusCounts = Object.fromEntries(
      remediationStatuses.map(s => [s, 0]),
    ) as Record<RemediationStatus, number>;
    for (const row of counts as Array<{
      status: RemediationStatus;
      n: number | string;
    }>) {
      statusCounts[row.status] = Number(row.n);
    }
    const totalCount = (filter.statuses ?? remediationStatuses).reduce(
      (sum, status) => sum + (statusCounts[status] ?? 0),
      0,
    );
    return {
      items: (rows as ItemRow[]).map(row => toItem(row, today)),
      totalCount,
      statusCounts,
    };
  }

  async getItem(id: string, today: string) {
    const row = await this.db<ItemRow>(table).where({ id }).first();
    return row ? toItem(row, today) : undefined;
  }

  async updateItem(input: {
    id: string;
    change: RemediationUpdateRequest;
    actor: string;
    at: Date;
    today: string;
  }): Promise<RemediationUpdateOutcome> {
    const { id, change, actor, at, today } = input;
    return this.db.transaction(async trx => {
      const row = await lockedForUpdate(
        this.db,
        trx<ItemRow>(table).where({ id }),
      ).first();
      if (!row) return { status: 'not-found' as const };
      if (change.status && !activeStatuses.includes(row.status)) {
        return {
          status: 'conflict' as const,
          message:
            row.status === 'resolved'
              ? 'the item is resolved: its check passes. It reopens by itself if the check fails again'
              : 'the item is exempted: an active exemption covers its check. Revoke the exemption to work on it',
        };
      }
      const update: Partial<ItemRow> = {};
      const events: EventRow[] = [];
      for (const [field, column, type] of editableFields) {
        const value = change[field];
        if (value === undefined) continue;
        if (row[column] !== value) {
          (update as Record<string, unknown>)[column] = value;
          events.push(eventRow(id, at, type, row[column], value, actor));
        }
      }
      if (change.dueDate !== undefined) {
        // A date set by hand wins over campaign deadlines; clearing it lets them apply again.
        update.due_source = change.dueDate === null ? null : 'manual';
        update.due_campaign_id = null;
      }
      if (Object.keys(update).length > 0) {
        update.updated_at = at;
        await trx(table).where({ id }).update(update);
        await insertInSlices(trx, 'stackscore_remediation_events', events);
      }
      return {
        status: 'updated' as const,
        item: toItem({ ...row, ...update }, today),
      };
    });
  }

  async listEvents(itemId: string): Promise<RemediationEvent[]> {
    const rows = await this.db('stackscore_remediation_events')
      .where({ item_id: itemId })
      .orderBy('id');
    return rows.map((r: any) => ({
      id: Number(r.id),
      itemId: r.item_id,
      at: toDate(r.at).toISOString(),
      actor: r.actor,
      type: r.type,
      from: r.from_value ?? undefined,
      to: r.to_value ?? undefined,
    }));
  }

  async reconcileEntities(entityRefs: readonly string[], at: Date) {
    let changed = 0;
    for (const ref of entityRefs) {
      const outcome = await this.db.transaction(trx =>
        reconcileEntityItems(trx, { entityRef: ref, at }),
      );
      changed += outcome.opened + outcome.changed;
    }
    return changed;
  }

  async entitiesMissingItems(): Promise<string[]> {
    return this.db('stackscore_check_results as r')
      .whereIn('r.status', ['fail', 'error'])
      .whereNotExists(
        this.db(table)
          .whereRaw(`${table}.entity_ref = r.entity_ref`)
          .whereRaw(`${table}.check_id = r.check_id`)
          .select(this.db.raw('1')),
      )
      .distinct('r.entity_ref')
      .pluck('r.entity_ref');
  }

  async entitiesWithLapsedExemptions(at: Date): Promise<string[]> {
    return this.db(table)
      .where({ status: 'exempted' })
      .whereNotExists(
        this.db('stackscore_exemptions as e')
          .whereRaw('e.entity_ref = stackscore_remediation_items.entity_ref')
          .whereRaw('e.check_id = stackscore_remediation_items.check_id')
          .modify(whereActive(at, 'e'))
          .select(this.db.raw('1')),
      )
      .distinct('entity_ref')
      .pluck('entity_ref');
  }

  async applyCampaignCoverage(
    coverage: readonly CampaignCoverage[],
    at: Date,
  ): Promise<number> {
    const items: Array<
      Pick<
        ItemRow,
        | 'id'
        | 'entity_ref'
        | 'check_id'
        | 'status'
        | 'due_date'
        | 'due_source'
        | 'due_campaign_id'
      >
    > = await this.db(table).select(
      'id',
      'entity_ref',
      'check_id',
      'status',
      'due_date',
      'due_source',
      'due_campaign_id',
    );
    const members = new Map<string, string[]>();
    const earliest = new Map<
      string,
      { deadline: string; campaignId: string }
    >();
    for (const campaign of coverage) {
      const ids: string[] = [];
      for (const item of items) {
        if (
          !campaign.entityRefs.has(item.entity_ref) ||
          !campaign.isTargetCheck(item.check_id)
        ) {
          continue;
        }
        ids.push(item.id);
        const best = earliest.get(item.id);
        if (
          !best ||
          campaign.deadline < best.deadline ||
          (campaign.deadline === best.deadline &&
            campaign.campaignId < best.campaignId)
        ) {
          earliest.set(item.id, {
            deadline: campaign.deadline,
            campaignId: campaign.campaignId,
          });
        }
      }
      members.set(campaign.campaignId, ids);
    }

    let changed = 0;
    await this.db.transaction(async trx => {
      // Campaigns no longer given (none are deleted today, but coverage is the whole truth) lose their rows.
      await trx('stackscore_campaign_items')
        .whereNotIn('campaign_id', [...members.keys(), ''])
        .delete();
      for (const [campaignId, ids] of members) {
        const stored = new Set<string>(
          await trx('stackscore_campaign_items')
            .where({ campaign_id: campaignId })
            .pluck('item_id'),
        );
        const wanted = new Set(ids);
        const added = ids.filter(id => !stored.has(id));
        const removed = [...stored].filter(id => !wanted.has(id));
        for (const part of chunks(removed, inChunk)) {
          await trx('stackscore_campaign_items')
            .where({ campaign_id: campaignId })
            .whereIn('item_id', part)
            .delete();
        }
        await insertInSlices(
          trx,
          'stackscore_campaign_items',
          added.map(item_id => ({ campaign_id: campaignId, item_id })),
        );
      }

      const events: EventRow[] = [];
      for (const item of items) {
        if (item.status === 'resolved' || item.due_source === 'manual')
          continue;
        const wanted = earliest.get(item.id);
        const dueDate = wanted?.deadline ?? null;
        const campaignId = wanted?.campaignId ?? null;
        if (item.due_date === dueDate && item.due_campaign_id === campaignId)
          continue;
        await trx(table)
          .where({ id: item.id })
          .update({
            due_date: dueDate,
            due_source: wanted ? 'campaign' : null,
            due_campaign_id: campaignId,
            updated_at: at,
          });
        if (item.due_date !== dueDate) {
          events.push(
            eventRow(item.id, at, 'due-date', item.due_date, dueDate),
          );
        }
        changed++;
      }
      await insertInSlices(trx, 'stackscore_remediation_events', events);
    });
    return changed;
  }
}
