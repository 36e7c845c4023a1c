/**
 * Status of a scoring run.
 *
 * @internal
 */
export type RunStatus = 'running' | 'succeeded' | 'partial' | 'failed';

/**
 * An entity that could not be scored in a run, and why.
 *
 * @internal
 */
export interface RunFailure {
  entityRef: string;
  message: string;
}

/**
 * One scoring pass over the catalog (or one shard of it).
 *
 * @internal
 */
export interface RunRecord {
  id: string;
  trigger: 'schedule' | 'manual' | 'event';
  status: RunStatus;
  shard?: number;
  shards?: number;
  total: number;
  done: number;
  failed: number;
  skipped: number;
  startedAt: Date;
  finishedAt?: Date;
  /** The first failures (capped), or the reason the whole run failed. */
  failures: RunFailure[];
}

/**
 * Persistence of runs, so progress is visible while they run and afterwards.
 *
 * @internal
 */
export interface RunStore {
  createRun(input: {
    trigger: RunRecord['trigger'];
    shard?: number;
    shards?: number;
    total: number;
  }): Promise<RunRecord>;
  /** Sets the counters and failures the run's owner has so far. */
  updateProgress(
    id: string,
    progress: Pick<RunRecord, 'done' | 'failed' | 'skipped' | 'failures'>,
  ): Promise<void>;
  finishRun(
    id: string,
    outcome: Pick<
      RunRecord,
      'status' | 'done' | 'failed' | 'skipped' | 'failures'
    >,
  ): Promise<void>;
  /** Records that the run is still alive, between progress updates. */
  heartbeat(id: string): Promise<void>;
  /**
   * Closes runs still marked running whose last sign of life (progress, heartbeat or start) is older than
   * `staleBefore`: their backend stopped. They become `failed` with the reason, keeping their counters.
   * Returns how many were closed.
   */
  failStaleRuns(staleBefore: Date): Promise<number>;
  getRun(id: string): Promise<RunRecord | undefined>;
  /** Newest first; `before` is the `startedAt` cursor of the last item of the previous page. */
  listRuns(options: { limit: number; before?: Date }): Promise<RunRecord[]>;
}
