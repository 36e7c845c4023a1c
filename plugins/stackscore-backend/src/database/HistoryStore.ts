import type {
  ScorecardId,
  ScorecardLevel,
} from '@stackscore/plugin-stackscore-common';

/**
 * An entity's level and score on one scorecard at the end of one UTC day.
 *
 * @internal
 */
export interface ScorePoint {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  scorecard: ScorecardId;
  level: ScorecardLevel;
  score: number;
}

/**
 * Reads of stored history, for trends.
 *
 * @internal
 */
export interface HistoryStore {
  /**
   * Daily points of one entity between two UTC days (inclusive), ordered by day then scorecard;
   * `undefined` when the entity has never been scored.
   */
  getScorePoints(options: {
    entityRef: string;
    scorecard?: ScorecardId;
    from: string;
    to: string;
  }): Promise<ScorePoint[] | undefined>;
}
