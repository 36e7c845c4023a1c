import { Knex } from 'knex';
import type {
  EntityDeletion,
  EntityRowsDeletion,
  HistoryDeletion,
  RetentionStore,
} from './RetentionStore';

/** Refs per DELETE … WHERE IN, well under SQLite's 999 bound variables. */
const batchSize = 500;

/** Every table keyed by entity ref, and the name its count is reported under. */
const entityTables: Array<[keyof EntityRowsDeletion, string]> = [
  ['checkResults', 'stackscore_check_results'],
  ['scorecardScores', 'stackscore_scorecard_scores'],
  ['scorePoints', 'stackscore_score_points'],
  ['resultHistory', 'stackscore_result_history'],
  ['exemptions', 'stackscore_exemptions'],
  ['technologies', 'stackscore_entity_technologies'],
  ['remediationItems', 'stackscore_remediation_items'],
  ['entities', 'stackscore_entities'],
];

/**
 * {@link RetentionStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseRetentionStore implements RetentionStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { db: Knex }): Promise<DatabaseRetentionStore> {
    return new DatabaseRetentionStore(options.db);
  }

  async deleteHistoryOlderThan(cutoff: Date): Promise<HistoryDeletion> {
    const cutoffDay = cutoff.toISOString().slice(0, 10);
    return this.db.transaction(async trx => ({
      resultHistory: await trx('stackscore_result_history')
        .where('changed_at', '<', cutoff)
        .delete(),
      scorePoints: await trx('stackscore_score_points')
        .where('day', '<', cutoffDay)
        .delete(),
      // A run still going has no finished_at and is never removed.
      runs: await trx('stackscore_runs')
        .where('finished_at', '<', cutoff)
        .delete(),
      exemptions: await trx('stackscore_exemptions')
        .where('expires_at', '<', cutoff)
        .orWhere('revoked_at', '<', cutoff)
        .delete(),
    }));
  }

  async deleteEntitiesNotIn(
    entityRefs: ReadonlySet<string>,
  ): Promise<EntityDeletion> {
    if (entityRefs.size === 0) {
      return {
        status: 'skipped',
        reason:
          'the catalog listing is empty, which usually means the catalog is not ready yet',
      };
    }
    const present = new Set([...entityRefs].map(ref => ref.toLowerCase()));
    return this.db.transaction(async trx => {
      const [first, ...rest] = entityTables.map(([, table]) =>
        trx(table).distinct('entity_ref'),
      );
      const stored: Array<{ entity_ref: string }> = await first.union(rest);
      const removed = stored
        .map(row => row.entity_ref)
        .filter(ref => !present.has(ref.toLowerCase()))
        .sort();

      const rows: EntityRowsDeletion = {
        entities: 0,
        checkResults: 0,
        scorecardScores: 0,
        scorePoints: 0,
        resultHistory: 0,
        exemptions: 0,
        technologies: 0,
        remediationItems: 0,
      };
      for (let i = 0; i < removed.length; i += batchSize) {
        const batch = removed.slice(i, i + batchSize);
        // Events and campaign membership hang off the items, not the entity.
        const items = trx('stackscore_remediation_items')
          .whereIn('entity_ref', batch)
          .select('id');
        await trx('stackscore_remediation_events')
          .whereIn('item_id', items.clone())
          .delete();
        await trx('stackscore_campaign_items')
          .whereIn('item_id', items.clone())
          .delete();
        for (const [key, table] of entityTables) {
          rows[key] += await trx(table).whereIn('entity_ref', batch).delete();
        }
      }
      return { status: 'deleted', removedEntityRefs: removed, rows };
    });
  }
}
