/*
 * Thirty days of history, simulated in SQL after a full run: every entity gets a daily point per applicable
 * scorecard for each earlier day, and about 2 % of its results change status on each day, so the tables hold what
 * a month of daily scoring would leave. Then the database's size on disk.
 */
import fs from 'fs';
import type { Knex } from 'knex';
import { checkCatalogue } from '@stackscore/plugin-stackscore-common';
import type { BenchDatabase } from './fullRun';

const dayMs = 24 * 60 * 60 * 1000;

/** Adds `days - 1` earlier days of points and status changes to what the full run stored. */
export async function simulateHistory(
  db: Knex,
  options: { days: number },
): Promise<void> {
  const today = Date.now();
  const checkIds = checkCatalogue.map(check => check.id);
  for (let back = 1; back < options.days; back++) {
    const day = new Date(today - back * dayMs).toISOString().slice(0, 10);
    await db.transaction(async trx => {
      await trx.raw(
        `INSERT INTO stackscore_score_points (entity_ref, scorecard, day, level, score)
         SELECT entity_ref, scorecard, ?, level, score FROM stackscore_scorecard_scores WHERE applicable > 0`,
        [day],
      );
      // One or two checks in every 71 flip for every entity that day: about 2 % of results.
      const flipping = checkIds.filter((_, index) => (index + back) % 50 === 0);
      await trx.raw(
        `INSERT INTO stackscore_result_history (entity_ref, check_id, status, previous_status, changed_at)
         SELECT entity_ref, check_id, status, CASE WHEN status = 'pass' THEN 'fail' ELSE 'pass' END, ?
         FROM stackscore_check_results WHERE check_id IN (${flipping
           .map(() => '?')
           .join(', ')})`,
        [new Date(today - back * dayMs), ...flipping],
      );
    });
  }
}

/** Bytes the database takes: the SQLite file and its write-ahead log, or PostgreSQL's own figure. */
export async function databaseBytes(
  db: Knex,
  target: BenchDatabase,
): Promise<number> {
  if (target.kind === 'sqlite') {
    await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    return ['', '-wal']
      .map(suffix => `${target.file}${suffix}`)
      .filter(file => fs.existsSync(file))
      .reduce((sum, file) => sum + fs.statSync(file).size, 0);
  }
  const result = await db.raw(
    'SELECT pg_database_size(current_database()) AS bytes',
  );
  return Number(result.rows[0].bytes);
}
