import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CAMPAIGN_AT_RISK_DAYS,
  type Campaign,
  type CampaignDetailResponse,
  type CampaignSummary,
  type CheckDefinition,
} from '@stackscore/plugin-stackscore-common';
import type { CampaignStore, ScopedEntity } from '../database/CampaignStore';
import type {
  CampaignCoverage,
  RemediationStore,
} from '../database/RemediationStore';
import {
  GroupHierarchy,
  loadGroupHierarchy,
  withSubgroups,
} from '../service/groups';
import {
  campaignReport,
  daysBetween,
  entitiesInScope,
  targetCheckPredicate,
} from './campaignReport';
import type { RemediationNotifier } from './notifications';

/** Most unresolved items one report lists under its overdue and at-risk entities. */
const maxReportItems = 5000;

/** Today as `YYYY-MM-DD` (UTC), the calendar campaigns' dates are in. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Campaign logic over the stores: which entities and checks a campaign covers, its report, the due dates it
 * gives remediation items and the reminders before its deadline.
 *
 * @internal
 */
export class CampaignService {
  /** Whether this process has opened items for results scored before remediation tracking existed. */
  private caughtUp = false;

  constructor(
    private readonly options: {
      campaigns: CampaignStore;
      remediations: RemediationStore;
      listChecks: () => CheckDefinition[];
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      notifier: RemediationNotifier;
    },
  ) {}

  private async hierarchy(): Promise<GroupHierarchy> {
    return loadGroupHierarchy(this.options);
  }

  /** The scope's owners, with every subgroup's ref added when the scope includes subgroups. */
  private owners(campaign: Campaign, hierarchy: GroupHierarchy): string[] {
    const { owners, includeSubgroups } = campaign.scope;
    return includeSubgroups ? withSubgroups(owners, hierarchy) : owners;
  }

  private coverage(
    campaign: Campaign,
    entities: readonly ScopedEntity[],
    hierarchy: GroupHierarchy,
  ) {
    return {
      entities: entitiesInScope(
        entities,
        campaign.scope,
        this.owners(campaign, hierarchy),
      ),
      isTargetCheck: targetCheckPredicate(
        campaign.target,
        this.options.listChecks(),
      ),
    };
  }

  /**
   * Recomputes which items every campaign covers and the due dates that follow. Run after campaign changes,
   * after scoring runs and on a schedule.
   */
  async refreshCoverage(at: Date): Promise<number> {
    const [campaigns, entities, hierarchy] = await Promise.all([
      this.options.campaigns.listCampaigns(),
      this.options.campaigns.listScopedEntities(),
      this.hierarchy(),
    ]);
    const coverage: CampaignCoverage[] = campaigns.map(campaign => {
      const covered = this.coverage(campaign, entities, hierarchy);
      return {
        campaignId: campaign.id,
        deadline: campaign.deadline,
        entityRefs: new Set(covered.entities.map(e => e.entityRef)),
        isTargetCheck: covered.isTargetCheck,
      };
    });
    return this.options.remediations.applyCampaignCoverage(coverage, at);
  }

  /** Progress, per-team table, burn-down, overdue and at-risk lists of one campaign. */
  async report(
    campaign: Campaign,
    now: Date,
    context?: { entities: ScopedEntity[]; hierarchy: GroupHierarchy },
  ): Promise<CampaignDetailResponse> {
    const { campaigns, remediations } = this.options;
    const { entities, hierarchy } = context ?? {
      entities: await campaigns.listScopedEntities(),
      hierarchy: await this.hierarchy(),
    };
    const covered = this.coverage(campaign, entities, hierarchy);
    const refs = covered.entities.map(e => e.entityRef);
    const today = utcDay(now);
    const [current, changes, exemptions, items] = await Promise.all([
      campaigns.currentResults(refs, covered.isTargetCheck),
      campaigns.resultChanges(refs, covered.isTargetCheck),
      campaigns.exemptionSpans(refs),
      remediations.listItems({
        filter: {
          campaignId: campaign.id,
          statuses: ['open', 'in-progress', 'exempted'],
        },
        today,
        limit: maxReportItems,
        offset: 0,
      }),
    ]);
    return {
      campaign,
      ...campaignReport({
        campaign,
        today,
        now,
        entities: covered.entities,
        current,
        changes,
        exemptions,
        items: items.items,
      }),
    };
  }

  /** Every campaign with its overall progress, nearest deadline first. */
  async summaries(now: Date): Promise<CampaignSummary[]> {
    const { campaigns } = this.options;
    const [list, entities, hierarchy] = await Promise.all([
      campaigns.listCampaigns(),
      campaigns.listScopedEntities(),
      this.hierarchy(),
    ]);
    const out: CampaignSummary[] = [];
    for (const campaign of list) {
      const report = await this.report(campaign, now, { entities, hierarchy });
      out.push({
        campaign,
        progress: report.progress,
        health: report.health,
        daysLeft: report.daysLeft,
      });
    }
    return out;
  }

  /**
   * Notifies every team still failing a campaign whose deadline is {@link CAMPAIGN_AT_RISK_DAYS} days away
   * or nearer, once per deadline (moving the deadline reminds again).
   */
  async remindDeadlines(now: Date): Promise<number> {
    const { campaigns, notifier } = this.options;
    const today = utcDay(now);
    // Dates and the reminder marker decide first, so the scores are read only for campaigns that remind now.
    const due: Campaign[] = [];
    for (const campaign of await campaigns.listCampaigns()) {
      const daysLeft = daysBetween(today, campaign.deadline);
      if (
        campaign.startDate <= today &&
        daysLeft >= 0 &&
        daysLeft <= CAMPAIGN_AT_RISK_DAYS &&
        (await campaigns.remindedDeadline(campaign.id)) !== campaign.deadline
      ) {
        due.push(campaign);
      }
    }
    if (due.length === 0) return 0;
    const context = {
      entities: await campaigns.listScopedEntities(),
      hierarchy: await this.hierarchy(),
    };
    let reminded = 0;
    for (const campaign of due) {
      const report = await this.report(campaign, now, context);
      const failingByOwner = new Map<string, number>();
      for (const team of report.teams) {
        if (team.owner !== 'unowned' && team.compliant < team.inScope) {
          failingByOwner.set(team.owner, team.inScope - team.compliant);
        }
      }
      await notifier.deadlineApproaching({
        campaign,
        daysLeft: report.daysLeft,
        failingByOwner,
      });
      await campaigns.markReminded(campaign.id, campaign.deadline);
      reminded += failingByOwner.size;
    }
    return reminded;
  }

  /**
   * The periodic work: the first run in a process opens items for failures scored before remediation tracking
   * was installed; then items whose exemption lapsed go back to open, campaign coverage and due dates are
   * refreshed, deadline reminders go out.
   */
  async maintain(now: Date): Promise<void> {
    const { remediations, logger } = this.options;
    if (!this.caughtUp) {
      // Unchanged entities are not rescored, so after an upgrade their failures would never become items.
      const missing = await remediations.entitiesMissingItems();
      const opened = await remediations.reconcileEntities(missing, now);
      if (opened) {
        logger.info('Stackscore opened items for earlier failures', {
          entities: missing.length,
          items: opened,
        });
      }
      this.caughtUp = true;
    }
    const lapsed = await remediations.entitiesWithLapsedExemptions(now);
    const reopened = await remediations.reconcileEntities(lapsed, now);
    const dueDates = await this.refreshCoverage(now);
    const reminders = await this.remindDeadlines(now);
    if (reopened || dueDates || reminders) {
      logger.info('Stackscore remediation maintenance', {
        entitiesWithLapsedExemptions: lapsed.length,
        itemsReopened: reopened,
        dueDatesChanged: dueDates,
        teamsReminded: reminders,
      });
    }
  }
}
