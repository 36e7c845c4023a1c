import type { RunResponse } from '@stackscore/plugin-stackscore-common';

/**
 * How far a run got: entities processed (the run's `done`, which counts scored, skipped and failed ones) out
 * of its total, and that as a whole percentage. A finished run with nothing to score is complete.
 *
 * @internal
 */
export function runProgress(run: RunResponse): {
  processed: number;
  total: number;
  percent: number;
} {
  const processed = run.done;
  if (run.total === 0) {
    return {
      processed,
      total: 0,
      percent: run.status === 'running' ? 0 : 100,
    };
  }
  return {
    processed,
    total: run.total,
    percent: Math.min(100, Math.round((processed / run.total) * 100)),
  };
}

/**
 * A duration the way people say it: "850 ms", "42 s", "3 min 5 s", "1 h 2 min".
 *
 * @internal
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * A shard as "n/m" (counting from 1, like the scheduler's task names) when the catalog is split, else
 * undefined.
 *
 * @internal
 */
export function formatShard(run: RunResponse): string | undefined {
  if (run.shard === undefined || !run.shards || run.shards < 2) {
    return undefined;
  }
  return `${run.shard + 1}/${run.shards}`;
}
