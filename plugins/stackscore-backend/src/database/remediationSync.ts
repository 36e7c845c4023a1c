import { randomUUID } from 'crypto';
import type { Knex } from 'knex';
import { insertInSlices } from './chunks';
import { whereActive } from './DatabaseExemptionStore';
import {
  REMEDIATION_SYSTEM_ACTOR,
  type CheckResult,
  type RemediationEventType,
  type RemediationStatus,
} from '@stackscore/plugin-stackscore-common';

/**
 * Whether a result needs fixing: a failure, or an error such as an unparseable file (which the owner must fix
 * just the same).
 *
 * @internal
 */
export function isFailing(status: string): boolean {
  return status === 'fail' || status === 'error';
}

/**
 * A row of `stackscore_remediation_events` before insertion.
 *
 * @internal
 */
export interface EventRow {
  item_id: string;
  at: Date;
  actor: string;
  type: RemediationEventType;
  from_value: string | null;
  to_value: string | null;
}

/**
 * One event row.
 *
 * @internal
 */
export function eventRow(
  itemId: string,
  at: Date,
  type: RemediationEventType,
  from?: string | null,
  to?: string | null,
  actor: string = REMEDIATION_SYSTEM_ACTOR,
): EventRow {
  return {
    item_id: itemId,
    at,
    actor,
    type,
    from_value: from ?? null,
    to_value: to ?? null,
  };
}

interface ExistingItem {
  id: string;
  check_id: string;
  status: RemediationStatus;
  owner: string | null;
}

/**
 * The status an item should have given its check's result and exemption. People move items between `open`
 * and `in-progress`; scoring and exemptions decide the rest.
 */
function nextStatus(
  current: RemediationStatus,
  failing: boolean,
  exempted: boolean,
): RemediationStatus {
  if (!failing) return 'resolved';
  if (exempted) return 'exempted';
  // A lapsed exemption or a renewed failure asks for attention again; work under way stays under way.
  return current === 'exempted' || current === 'resolved' ? 'open' : current;
}

/** The event that explains a status change made by scoring or an exemption. */
function transitionEvent(
  from: RemediationStatus,
  to: RemediationStatus,
): RemediationEventType {
  if (to === 'resolved') return 'resolved';
  if (to === 'exempted') return 'exempted';
  if (from === 'exempted') return 'exemption-ended';
  return 'reopened';
}

/**
 * Brings an entity's remediation items in line with its check results and active exemptions at `at`, inside
 * the caller's transaction: a new failure opens an item (exempted at once when an exemption covers it), a
 * pass resolves it, a failure after a pass reopens it, an exemption that starts or lapses moves it in and out
 * of `exempted`. Every change is recorded as an event by `stackscore`. Results default to the stored ones.
 *
 * @internal
 */
export async function reconcileEntityItems(
  trx: Knex.Transaction,
  input: {
    entityRef: string;
    at: Date;
    /** The results just scored; read from the stored results when absent. */
    results?: ReadonlyArray<
      Pick<
        CheckResult,
        'checkId' | 'scorecard' | 'level' | 'severity' | 'status'
      >
    >;
    /** The entity's owner; read from the stored entity when absent. */
    owner?: string | null;
  },
): Promise<{ opened: number; changed: number }> {
  const { entityRef, at } = input;
  const results =
    input.results ??
    (
      await trx('stackscore_check_results')
        .where({ entity_ref: entityRef })
        .select('check_id', 'scorecard', 'level', 'severity', 'status')
    ).map((r: any) => ({
      checkId: r.check_id,
      scorecard: r.scorecard,
      level: r.level,
      severity: r.severity,
      status: r.status,
    }));
  const owner =
    input.owner !== undefined
      ? input.owner
      : (
          await trx('stackscore_entities')
            .where({ entity_ref: entityRef })
            .first('owner')
        )?.owner ?? null;

  const [existing, exemptedChecks] = await Promise.all([
    trx('stackscore_remediation_items')
      .where({ entity_ref: entityRef })
      .select('id', 'check_id', 'status', 'owner') as Promise<ExistingItem[]>,
    trx('stackscore_exemptions')
      .where({ entity_ref: entityRef })
      .modify(whereActive(at))
      .pluck('check_id') as Promise<string[]>,
  ]);
  const exempted = new Set(exemptedChecks);
  const byCheck = new Map(existing.map(item => [item.check_id, item]));
  const failing = new Map(
    results.filter(r => isFailing(r.status)).map(r => [r.checkId, r]),
  );

  const events: EventRow[] = [];
  const newItems: object[] = [];
  for (const [checkId, result] of failing) {
    if (byCheck.has(checkId)) continue;
    const id = randomUUID();
    const status: RemediationStatus = exempted.has(checkId)
      ? 'exempted'
      : 'open';
    newItems.push({
      id,
      entity_ref: entityRef,
      check_id: checkId,
      scorecard: result.scorecard,
      level: result.level,
      severity: result.severity,
      owner,
      status,
      opened_at: at,
      failing_since: at,
      updated_at: at,
    });
    events.push(eventRow(id, at, 'opened', null, 'open'));
    if (status === 'exempted') {
      events.push(eventRow(id, at, 'exempted', 'open', 'exempted'));
    }
  }
  await insertInSlices(trx, 'stackscore_remediation_items', newItems);

  let changed = 0;
  for (const item of existing) {
    const result = failing.get(item.check_id);
    const status = nextStatus(
      item.status,
      result !== undefined,
      exempted.has(item.check_id),
    );
    const ownerMoved = (item.owner ?? null) !== (owner ?? null);
    if (status === item.status && !ownerMoved) continue;
    const update: Record<string, unknown> = { owner, updated_at: at };
    if (status !== item.status) {
      changed++;
      update.status = status;
      update.resolved_at = status === 'resolved' ? at : null;
      if (item.status === 'resolved') update.failing_since = at;
      if (result) {
        // The check's level or severity may have been re-graded since the item opened.
        Object.assign(update, {
          scorecard: result.scorecard,
          level: result.level,
          severity: result.severity,
        });
      }
      events.push(
        eventRow(
          item.id,
          at,
          transitionEvent(item.status, status),
          item.status,
          status,
        ),
      );
    }
    await trx('stackscore_remediation_items')
      .where({ id: item.id })
      .update(update);
  }
  await insertInSlices(trx, 'stackscore_remediation_events', events);
  return { opened: newItems.length, changed };
}
