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
 * A team's standing on one scorecard on one UTC day, aggregated over the points its entities have that day
 * so a trend line needs no per-entity data.
 *
 * @internal
 */
export interface TeamTrendPoint {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  scorecard: ScorecardId;
  /** Entities with a point that day; it varies as entities are added, removed or not yet scored. */
  entities: number;
  /** Mean score (0..1) of those entities. */
  averageScore: number;
  /** How many of those entities sat at each level; every level is present, zero when empty. */
  levelDistribution: Record<ScorecardLevel, number>;
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

  /**
   * A team's daily trend between two UTC days (inclusive), ordered by day then scorecard; days and
   * scorecards without any point are absent, and no owners means no points.
   *
   * Points are attributed by each entity's current owner, not the owner it had on the day: the store keeps
   * no ownership history, and a team looking at its trend wants to see the services it is answerable for
   * now. An entity that moved to another team therefore takes its whole history with it.
   */
  getTeamTrend(options: {
    /** Full group entity refs, e.g. `group:default/payments`. */
    owners: readonly string[];
    scorecard?: ScorecardId;
    from: string;
    to: string;
  }): Promise<TeamTrendPoint[]>;
}
