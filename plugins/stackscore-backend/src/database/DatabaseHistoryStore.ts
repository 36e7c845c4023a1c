import { Knex } from 'knex';
import type { HistoryStore, ScorePoint } from './HistoryStore';

interface ScorePointRow {
  entity_ref: string;
  day: string;
  scorecard: ScorePoint['scorecard'];
  level: ScorePoint['level'];
  score: number | string;
}

/**
 * {@link HistoryStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseHistoryStore implements HistoryStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { db: Knex }): Promise<DatabaseHistoryStore> {
    return new DatabaseHistoryStore(options.db);
  }

  async getScorePoints(options: {
    entityRef: string;
    scorecard?: ScorePoint['scorecard'];
    from: string;
    to: string;
  }): Promise<ScorePoint[] | undefined> {
    const scored = await this.db('stackscore_entities')
      .where({ entity_ref: options.entityRef })
      .first('entity_ref');
    if (!scored) return undefined;
    const query = this.db<ScorePointRow>('stackscore_score_points')
      .where({ entity_ref: options.entityRef })
      .whereBetween('day', [options.from, options.to])
      .orderBy([
        { column: 'day', order: 'asc' },
        { column: 'scorecard', order: 'asc' },
      ])
      .select('day', 'scorecard', 'level', 'score');
    if (options.scorecard) query.where({ scorecard: options.scorecard });
    return (await query).map(row => ({
      day: row.day,
      scorecard: row.scorecard,
      level: row.level,
      score: Number(row.score),
    }));
  }
}
