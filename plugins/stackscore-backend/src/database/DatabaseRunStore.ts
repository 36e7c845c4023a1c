import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import type { RunFailure, RunRecord, RunStore } from './RunStore';
import { toDate } from './timestamps';

/** At most this many failures are kept per run; the count is always exact. */
export const maxStoredFailures = 50;

interface RunRow {
  id: string;
  trigger: RunRecord['trigger'];
  status: RunRecord['status'];
  shard: number | null;
  shards: number | null;
  total: number;
  done: number;
  failed: number;
  skipped: number;
  started_at: Date | string | number;
  finished_at: Date | string | number | null;
  error_summary: string | null;
}

function toRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    shard: row.shard ?? undefined,
    shards: row.shards ?? undefined,
    total: Number(row.total),
    done: Number(row.done),
    failed: Number(row.failed),
    skipped: Number(row.skipped),
    startedAt: toDate(row.started_at),
    finishedAt: row.finished_at ? toDate(row.finished_at) : undefined,
    failures: row.error_summary ? JSON.parse(row.error_summary) : [],
  };
}

const summary = (failures: RunFailure[]) =>
  failures.length ? JSON.stringify(failures.slice(0, maxStoredFailures)) : null;

/**
 * {@link RunStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseRunStore implements RunStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { db: Knex }): Promise<DatabaseRunStore> {
    return new DatabaseRunStore(options.db);
  }

  async createRun(input: {
    trigger: RunRecord['trigger'];
    shard?: number;
    shards?: number;
    total: number;
  }): Promise<RunRecord> {
    const row = {
      id: randomUUID(),
      trigger: input.trigger,
      status: 'running' as const,
      shard: input.shard ?? null,
      shards: input.shards ?? null,
      total: input.total,
      done: 0,
      failed: 0,
      skipped: 0,
      started_at: new Date(),
      finished_at: null,
      error_summary: null,
    };
    await this.db('stackscore_runs').insert({
      ...row,
      heartbeat_at: row.started_at,
    });
    return toRecord(row);
  }

  async updateProgress(
    id: string,
    progress: Pick<RunRecord, 'done' | 'failed' | 'skipped' | 'failures'>,
  ): Promise<void> {
    await this.db('stackscore_runs')
      .where({ id })
      .update({
        done: progress.done,
        failed: progress.failed,
        skipped: progress.skipped,
        error_summary: summary(progress.failures),
        heartbeat_at: new Date(),
      });
  }

  async heartbeat(id: string): Promise<void> {
    await this.db('stackscore_runs')
      .where({ id, status: 'running' })
      .update({ heartbeat_at: new Date() });
  }

  async failStaleRuns(staleBefore: Date): Promise<number> {
    const stale = await this.db<RunRow>('stackscore_runs')
      .where({ status: 'running' })
      .where(query =>
        query
          .where('heartbeat_at', '<', staleBefore)
          .orWhere(old =>
            old.whereNull('heartbeat_at').where('started_at', '<', staleBefore),
          ),
      );
    for (const row of stale) {
      const failures: RunFailure[] = [
        {
          entityRef: '*',
          message:
            'Interrupted: the run stopped reporting progress (its backend stopped or lost the database); the next run picks up where it left off',
        },
        ...(row.error_summary ? JSON.parse(row.error_summary) : []),
      ];
      // Guarded by status, so a run that finished meanwhile is left as it is.
      await this.db('stackscore_runs')
        .where({ id: row.id, status: 'running' })
        .update({
          status: 'failed',
          error_summary: summary(failures),
          finished_at: new Date(),
        });
    }
    return stale.length;
  }

  async finishRun(
    id: string,
    outcome: Pick<
      RunRecord,
      'status' | 'done' | 'failed' | 'skipped' | 'failures'
    >,
  ): Promise<void> {
    await this.db('stackscore_runs')
      .where({ id })
      .update({
        status: outcome.status,
        done: outcome.done,
        failed: outcome.failed,
        skipped: outcome.skipped,
        error_summary: summary(outcome.failures),
        finished_at: new Date(),
      });
  }

  async getRun(id: string): Promise<RunRecord | undefined> {
    const row = await this.db<RunRow>('stackscore_runs').where({ id }).first();
    return row ? toRecord(row) : undefined;
  }

  async listRuns(options: {
    limit: number;
    before?: Date;
  }): Promise<RunRecord[]> {
    const query = this.db<RunRow>('stackscore_runs')
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    if (options.before) query.where('started_at', '<', options.before);
    return (await query).map(toRecord);
  }
}
