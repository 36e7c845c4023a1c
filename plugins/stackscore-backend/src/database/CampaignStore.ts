import type { Campaign } from '@stackscore/plugin-stackscore-common';

/**
 * A campaign's fields as validated by `campaignCreateSchema` (defaults filled in).
 *
 * @internal
 */
export type CampaignFields = Omit<
  Campaign,
  'id' | 'version' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt'
>;

/**
 * A catalog entity as stored with its scores: what campaign scopes match on.
 *
 * @internal
 */
export interface ScopedEntity {
  entityRef: string;
  owner?: string;
  lifecycle?: string;
  system?: string;
  tags: string[];
}

/**
 * A change of one check's result, for burn-downs.
 *
 * @internal
 */
export interface ResultChange {
  entityRef: string;
  checkId: string;
  status: string;
  previousStatus?: string;
  changedAt: Date;
}

/**
 * An exemption's lifetime, for burn-downs.
 *
 * @internal
 */
export interface ExemptionSpan {
  entityRef: string;
  checkId: string;
  from: Date;
  /** Expiry or revocation, whichever came first. */
  until: Date;
}

/**
 * Persistence of campaigns, and the stored scores a campaign report is computed from.
 *
 * @internal
 */
export interface CampaignStore {
  createCampaign(
    fields: CampaignFields,
    by: string,
    at: Date,
  ): Promise<Campaign>;
  getCampaign(id: string): Promise<Campaign | undefined>;
  /** Nearest deadline first. */
  listCampaigns(): Promise<Campaign[]>;
  /** `conflict` when the campaign is no longer at `version`. */
  updateCampaign(input: {
    id: string;
    fields: CampaignFields;
    version: number;
    by: string;
    at: Date;
  }): Promise<
    | { status: 'updated'; campaign: Campaign }
    | { status: 'not-found' }
    | { status: 'conflict'; currentVersion: number }
  >;
  /** The deadline the 7-day reminder was last sent for. */
  remindedDeadline(id: string): Promise<string | undefined>;
  markReminded(id: string, deadline: string): Promise<void>;
  /** Every scored entity with the metadata scopes match on. */
  listScopedEntities(): Promise<ScopedEntity[]>;
  /** Current results of these entities for the checks asked about. */
  currentResults(
    entityRefs: readonly string[],
    isTargetCheck: (checkId: string) => boolean,
  ): Promise<Array<{ entityRef: string; checkId: string; status: string }>>;
  /** Result changes of these entities, oldest first. */
  resultChanges(
    entityRefs: readonly string[],
    isTargetCheck: (checkId: string) => boolean,
  ): Promise<ResultChange[]>;
  /** Every exemption these entities ever had. */
  exemptionSpans(entityRefs: readonly string[]): Promise<ExemptionSpan[]>;
}
