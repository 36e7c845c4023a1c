import { Knex } from 'knex';
import {
  scorecardLevelSchema,
  type ScorecardId,
  type ScorecardLevel,
} from '@stackscore/plugin-stackscore-common';
import type { HistoryStore, ScorePoint, TeamTrendPoint } from './HistoryStore';

/** Owners per `IN (...)` list, well below SQLite's and PostgreSQL's bind-parameter limits. */
const ownerChunkSize = 500;

interface ScorePointRow {
  entity_ref: string;
  day: string;
  scorecard: ScorePoint['scorecard'];
  level: ScorePoint['level'];
  score: number | string;
}

/** One `GROUP BY day, scorecard, level` row; PostgreSQL returns counts as strings. */
interface TrendRow {
  day: string;
  scorecard: ScorecardId;
  level: ScorecardLevel;
  entities: number | string;
  score_sum: number | string;
}

/** A trend point while rows are folded in: the score sum becomes the average once every row is in. */
type TrendAccumulator = Omit<TeamTrendPoint, 'averageScore'> & {
  scoreSum: number;
};

function emptyDistribution(): Record<ScorecardLevel, number> {
  return Object.fromEntries(
    scorecardLevelSchema.options.map(level => [level, 0]),
  ) as Record<ScorecardLevel, number>;
}

/**
 * Adds one level's row to its day and scorecard. Counts and sums are added rather than set because each
 * owner chunk yields its own rows for the same day and scorecard; an entity has one owner, so chunks never
 * count an entity twice.
 */
function foldTrendRow(points: Map<string, TrendAccumulator>, row: TrendRow) {
  const key = `${row.day}\u0000${row.scorecard}`;
  let point = points.get(key);
  if (!point) {
    point = {
      day: row.day,
      scorecard: row.scorecard,
      entities: 0,
      scoreSum: 0,
      levelDistribution: emptyDistribution(),
    };
    points.set(key, point);
  }
  const entities = Number(row.entities);
  point.entities += entities;
  point.scoreSum += Number(row.score_sum);
  point.levelDistribution[row.level] += entities;
}

function toTrendPoint({
  scoreSum,
  ...point
}: TrendAccumulator): TeamTrendPoint {
  return { ...point, averageScore: scoreSum / point.entities };
}

/** Day then scorecard, in code point order whatever the database's collation. */
function byDayThenScorecard(a: TeamTrendPoint, b: TeamTrendPoint): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.scorecard === b.scorecard) return 0;
  return a.scorecard < b.scorecard ? -1 : 1;
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

  async getTeamTrend(options: {
    owners: readonly string[];
    scorecard?: ScorecardId;
    from: string;
    to: string;
  }): Promise<TeamTrendPoint[]> {
    // Duplicates would land in different chunks and count their entities twice.
    const owners = [...new Set(options.owners)];
    const points = new Map<string, TrendAccumulator>();
    for (let i = 0; i < owners.length; i += ownerChunkSize) {
      const rows = await this.trendRows({
        ...options,
        owners: owners.slice(i, i + ownerChunkSize),
      });
      for (const row of rows) foldTrendRow(points, row);
    }
    return [...points.values()].map(toTrendPoint).sort(byDayThenScorecard);
  }

  /**
   * Entity counts and score sums per day, scorecard and level for one chunk of owners, so the database
   * returns at most days × scorecards × levels rows however many entities the team has.
   */
  private async trendRows(options: {
    owners: string[];
    scorecard?: ScorecardId;
    from: string;
    to: string;
  }): Promise<TrendRow[]> {
    const query = this.db('stackscore_score_points as p')
      .join('stackscore_entities as e', 'e.entity_ref', 'p.entity_ref')
      .whereIn('e.owner', options.owners)
      .whereBetween('p.day', [options.from, options.to])
      .groupBy('p.day', 'p.scorecard', 'p.level')
      .select('p.day', 'p.scorecard', 'p.level')
      .count({ entities: '*' })
      .sum({ score_sum: 'p.score' });
    if (options.scorecard) query.where('p.scorecard', options.scorecard);
    return (await query) as TrendRow[];
  }
}
