import type {
  RemediationEvent,
  RemediationItem,
  RemediationStatus,
  RemediationUpdateRequest,
} from '@stackscore/plugin-stackscore-common';

/**
 * Filters of {@link RemediationStore.listItems}; every filter given narrows, list filters match any value.
 *
 * @internal
 */
export interface RemediationItemFilter {
  owners?: string[];
  statuses?: RemediationStatus[];
  campaignId?: string;
  checkId?: string;
  entityRef?: string;
  assignee?: string;
}

/**
 * Which items one campaign covers and the deadline it gives them.
 *
 * @internal
 */
export interface CampaignCoverage {
  campaignId: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
  entityRefs: ReadonlySet<string>;
  isTargetCheck: (checkId: string) => boolean;
}

/**
 * Why an item change was refused.
 *
 * @internal
 */
export type RemediationUpdateOutcome =
  | { status: 'updated'; item: RemediationItem }
  | { status: 'not-found' }
  | { status: 'conflict'; message: string };

/**
 * Persistence of remediation items and their events. Scoring creates and resolves items through
 * `reconcileEntityItems` inside its own transaction; this store serves people's changes and the periodic work.
 *
 * @internal
 */
export interface RemediationStore {
  /** Most urgent first: overdue, then by due date, severity and age; resolved last. */
  listItems(options: {
    filter: RemediationItemFilter;
    today: string;
    limit: number;
    offset: number;
  }): Promise<{
    items: RemediationItem[];
    totalCount: number;
    statusCounts: Record<RemediationStatus, number>;
  }>;
  getItem(id: string, today: string): Promise<RemediationItem | undefined>;
  /** Applies a person's change and records one event per changed field. */
  updateItem(input: {
    id: string;
    change: RemediationUpdateRequest;
    actor: string;
    at: Date;
    today: string;
  }): Promise<RemediationUpdateOutcome>;
  /** Oldest first. */
  listEvents(itemId: string): Promise<RemediationEvent[]>;
  /** Re-derives these entities' items from their stored results and the exemptions active at `at`. */
  reconcileEntities(entityRefs: readonly string[], at: Date): Promise<number>;
  /**
   * Entities with a failing result but no item for it: scored before remediation tracking was installed (items
   * are otherwise written with the results, in one transaction).
   */
  entitiesMissingItems(): Promise<string[]>;
  /** Entities with an item still marked exempted although no exemption covers it at `at` any more. */
  entitiesWithLapsedExemptions(at: Date): Promise<string[]>;
  /**
   * Records which items each campaign covers and gives every unresolved item without a hand-set due date the
   * earliest deadline among its campaigns (clearing deadlines of campaigns that no longer cover it).
   * Returns how many due dates changed.
   */
  applyCampaignCoverage(
    coverage: readonly CampaignCoverage[],
    at: Date,
  ): Promise<number>;
}
