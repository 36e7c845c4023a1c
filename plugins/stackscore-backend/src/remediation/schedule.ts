import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { HumanDuration } from '@backstage/types';
import { duration } from '../runs/schedule';
import type { CampaignService } from './CampaignService';

/**
 * Reads `stackscore.remediation`.
 *
 * @internal
 */
export function readRemediationSettings(config: Config): {
  frequency: HumanDuration;
  notifications: boolean;
} {
  return {
    frequency: duration(config, 'stackscore.remediation.frequency', {
      minutes: 15,
    }),
    notifications:
      config.getOptionalBoolean('stackscore.remediation.notifications') ?? true,
  };
}

/**
 * Schedules the remediation upkeep (lapsed exemptions, campaign coverage and due dates, deadline reminders) as
 * one global task, so replicas do not remind twice.
 *
 * @internal
 */
export async function scheduleRemediationMaintenance(options: {
  scheduler: SchedulerService;
  campaigns: CampaignService;
  frequency: HumanDuration;
  logger: LoggerService;
}): Promise<void> {
  const { scheduler, campaigns, frequency, logger } = options;
  await scheduler.scheduleTask({
    id: 'stackscore-remediation-maintenance',
    scope: 'global',
    frequency,
    timeout: { minutes: 10 },
    initialDelay: { seconds: 30 },
    fn: async () => {
      try {
        await campaigns.maintain(new Date());
      } catch (error) {
        logger.error(`Stackscore remediation maintenance failed: ${error}`);
      }
    },
  });
}
