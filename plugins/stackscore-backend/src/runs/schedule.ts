import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import type { HumanDuration } from '@backstage/types';
import type { RunLimits, ScoringRunner } from './ScoringRunner';

/**
 * How often, and in how many shards, the catalog is scored.
 *
 * @internal
 */
export interface ScheduleSettings {
  frequency: HumanDuration;
  timeout: HumanDuration;
  initialDelay: HumanDuration;
  shards: number;
}

/**
 * A duration setting, or the fallback when it is absent.
 *
 * @internal
 */
export function duration(config: Config, key: string, fallback: HumanDuration) {
  return config.has(key) ? readDurationFromConfig(config, { key }) : fallback;
}

/**
 * Reads `stackscore.schedule` and `stackscore.runs`, with defaults suited to a catalog of thousands.
 *
 * @internal
 */
export function readRunSettings(config: Config): {
  schedule: ScheduleSettings;
  limits: RunLimits;
} {
  const shards = config.getOptionalNumber('stackscore.schedule.shards') ?? 1;
  if (!Number.isInteger(shards) || shards < 1 || shards > 64) {
    throw new Error(
      `Invalid configuration at stackscore.schedule.shards: ${shards} is not a whole number from 1 to 64`,
    );
  }
  const concurrency =
    config.getOptionalNumber('stackscore.runs.concurrency') ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(
      `Invalid configuration at stackscore.runs.concurrency: ${concurrency} is not a positive whole number`,
    );
  }
  const entityTimeout = duration(config, 'stackscore.runs.entityTimeout', {
    seconds: 60,
  });
  return {
    schedule: {
      frequency: duration(config, 'stackscore.schedule.frequency', {
        minutes: 30,
      }),
      timeout: duration(config, 'stackscore.schedule.timeout', { hours: 1 }),
      initialDelay: duration(config, 'stackscore.schedule.initialDelay', {
        seconds: 20,
      }),
      shards,
    },
    limits: {
      concurrency,
      entityTimeoutMs:
        ((entityTimeout.hours ?? 0) * 3600 +
          (entityTimeout.minutes ?? 0) * 60 +
          (entityTimeout.seconds ?? 0)) *
          1000 +
        (entityTimeout.milliseconds ?? 0),
    },
  };
}

/**
 * The scheduler task id of a shard.
 *
 * @internal
 */
export const shardTaskId = (index: number, count: number) =>
  `stackscore-score-shard-${index + 1}-of-${count}`;

/**
 * Schedules one global task per shard. Backstage's scheduler runs each global task on one replica at a
 * time, so replicas on one PostgreSQL share the shards and no shard is scored twice at once.
 *
 * @internal
 */
export async function scheduleShardRuns(options: {
  scheduler: SchedulerService;
  runner: ScoringRunner;
  schedule: ScheduleSettings;
  logger: LoggerService;
}): Promise<string[]> {
  const { scheduler, runner, schedule } = options;
  const ids: string[] = [];
  for (let index = 0; index < schedule.shards; index++) {
    const id = shardTaskId(index, schedule.shards);
    ids.push(id);
    await scheduler.scheduleTask({
      id,
      scope: 'global',
      frequency: schedule.frequency,
      timeout: schedule.timeout,
      initialDelay: schedule.initialDelay,
      fn: async () => {
        await runner.run({
          trigger: 'schedule',
          shard: { index, count: schedule.shards },
        });
      },
    });
  }
  return ids;
}
