import type { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  getScorecard,
  type Campaign,
  type ScorecardId,
  type ScorecardLevel,
} from '@stackscore/plugin-stackscore-common';

/** Notifications' topic, so people can mute or filter Stackscore's. */
const topic = 'stackscore';

function scorecardTitle(id: ScorecardId): string {
  return getScorecard(id)?.title ?? id;
}

/** The entity page's Stackscore tab, where the drop shows. */
function entityScoresLink(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${[namespace, kind.toLocaleLowerCase('en-US'), name]
    .map(encodeURIComponent)
    .join('/')}/stackscore`;
}

/**
 * Sends Stackscore's notifications through Backstage's notifications service. The service is optional: without
 * it (or with the notifications backend not installed, when sending fails) nothing is sent and everything else
 * works; a failure is logged, never thrown, so scoring and scheduled work go on.
 *
 * @internal
 */
export class RemediationNotifier {
  private warned = false;

  constructor(
    private readonly options: {
      notifications?: NotificationService;
      logger: LoggerService;
      /** Where the Stackscore page is mounted in the app. */
      pagePath?: string;
    },
  ) {}

  /** Tells an entity's owner that it dropped a level on one or more scorecards. */
  async levelDropped(input: {
    entityRef: string;
    owner?: string;
    drops: Array<{
      scorecard: ScorecardId;
      from: ScorecardLevel;
      to: ScorecardLevel;
    }>;
  }): Promise<void> {
    if (!input.owner || input.drops.length === 0) return;
    const { name } = parseEntityRef(input.entityRef);
    const summary = input.drops
      .map(d => `${scorecardTitle(d.scorecard)} ${d.from} → ${d.to}`)
      .join(', ');
    await this.send({
      recipients: { type: 'entity', entityRef: input.owner },
      payload: {
        title: `${name} dropped a level: ${summary}`,
        description: `Checks that passed before fail now. The Stackscore tab of ${input.entityRef} shows which, and their remediation items say who is on it.`,
        link: entityScoresLink(input.entityRef),
        severity: 'normal',
        topic,
        // One notification per entity, updated on every further drop, rather than a pile.
        scope: `stackscore:level-drop:${input.entityRef}`,
      },
    });
  }

  /** Reminds each team still failing a campaign that its deadline is near. */
  async deadlineApproaching(input: {
    campaign: Campaign;
    daysLeft: number;
    failingByOwner: Map<string, number>;
  }): Promise<void> {
    const { campaign, daysLeft } = input;
    const page = this.options.pagePath ?? '/stackscore';
    for (const [owner, failing] of input.failingByOwner) {
      await this.send({
        recipients: { type: 'entity', entityRef: owner },
        payload: {
          title: `${campaign.title}: deadline ${
            campaign.deadline
          }, ${daysLeft} day${daysLeft === 1 ? '' : 's'} left`,
          description: `${failing} of your entit${
            failing === 1 ? 'y does' : 'ies do'
          } not meet the campaign's target yet.`,
          link: `${page}/remediation?team=${encodeURIComponent(
            owner,
          )}&campaign=${encodeURIComponent(campaign.id)}`,
          severity: daysLeft <= 2 ? 'high' : 'normal',
          topic,
          scope: `stackscore:campaign-deadline:${campaign.id}:${owner}`,
        },
      });
    }
  }

  private async send(
    options: Parameters<NotificationService['send']>[0],
  ): Promise<void> {
    const { notifications, logger } = this.options;
    if (!notifications) return;
    try {
      await notifications.send(options);
    } catch (error) {
      // Usually the notifications backend is not installed; say so once instead of on every entity.
      if (!this.warned) {
        this.warned = true;
        logger.warn(
          `Stackscore could not send a notification (is the notifications backend installed?): ${error}`,
        );
      }
    }
  }
}
