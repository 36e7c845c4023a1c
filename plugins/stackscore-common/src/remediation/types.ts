import { z } from 'zod';
import type {
  CheckLevel,
  CheckSeverity,
  ScorecardId,
} from '../catalogue/types';
import { checkLevelSchema, scorecardIdSchema } from '../schemas/results';
import {
  checkIdSchema,
  entityRefSchema,
  isoDateSchema,
  tagSchema,
  userRefSchema,
} from '../schemas/fields';

/**
 * Where a remediation item stands. `open` and `in-progress` are set by people; `resolved` is set by scoring
 * when the check passes again, `exempted` while an exemption for the check is active.
 *
 * @public
 */
export type RemediationStatus =
  | 'open'
  | 'in-progress'
  | 'resolved'
  | 'exempted';

/**
 * Remediation statuses in lifecycle order, for filters and board columns.
 *
 * @public
 */
export const remediationStatuses: ReadonlyArray<RemediationStatus> = [
  'open',
  'in-progress',
  'exempted',
  'resolved',
];

/**
 * Whether a due date came from a person or from the deadline of a campaign the item belongs to.
 *
 * @public
 */
export type RemediationDueSource = 'manual' | 'campaign';

/**
 * One failing check on one entity, tracked until it passes. There is one item per (entity, check): when a
 * resolved check fails again the same item reopens, so its assignee, ticket and history stay together.
 *
 * @public
 */
export interface RemediationItem {
  /** UUID. */
  id: string;
  entityRef: string;
  /** Owner of the entity when it was last scored (group or user ref). */
  owner?: string;
  checkId: string;
  scorecard: ScorecardId;
  level: CheckLevel;
  severity: CheckSeverity;
  status: RemediationStatus;
  /** User entity ref. */
  assignee?: string;
  /** `YYYY-MM-DD`. */
  dueDate?: string;
  dueSource?: RemediationDueSource;
  /** The campaign whose deadline set {@link RemediationItem.dueDate}. */
  dueCampaignId?: string;
  ticketUrl?: string;
  /** Plain text. */
  notes?: string;
  /** ISO 8601: when the check first failed. */
  openedAt: string;
  /** ISO 8601: start of the current failing episode (equal to `openedAt` unless the item reopened). */
  failingSince: string;
  /** ISO 8601: when the check last passed again; set only while resolved. */
  resolvedAt?: string;
  /** ISO 8601. */
  updatedAt: string;
  /** True when the due date is before today and the item is neither resolved nor exempted. */
  overdue: boolean;
}

/**
 * What one remediation event recorded.
 *
 * @public
 */
export type RemediationEventType =
  | 'opened'
  | 'reopened'
  | 'resolved'
  | 'exempted'
  | 'exemption-ended'
  | 'status'
  | 'assignee'
  | 'due-date'
  | 'ticket'
  | 'notes';

/**
 * One change to a remediation item: who (a user ref, or `stackscore` for scoring and expiry), when, what.
 *
 * @public
 */
export interface RemediationEvent {
  id: number;
  itemId: string;
  /** ISO 8601. */
  at: string;
  actor: string;
  type: RemediationEventType;
  from?: string;
  to?: string;
}

/**
 * The actor recorded for changes Stackscore makes itself (scoring, exemption expiry, campaign deadlines).
 *
 * @public
 */
export const REMEDIATION_SYSTEM_ACTOR = 'stackscore';

/**
 * Schema of `PATCH /v1/remediations/:id`. Fields left out keep their value; `null` clears one. Only `open`
 * and `in-progress` can be set by hand: scoring resolves an item and exemptions exempt it.
 *
 * @public
 */
export const remediationUpdateSchema = z
  .object({
    status: z
      .enum(['open', 'in-progress'], {
        message:
          'status can be set to "open" or "in-progress"; an item is resolved when its check passes, exempted while an exemption is active',
      })
      .optional(),
    assignee: userRefSchema.nullable().optional(),
    dueDate: isoDateSchema.nullable().optional(),
    ticketUrl: z
      .url({
        protocol: /^https?$/,
        message: 'ticketUrl must be an http(s) URL',
      })
      .max(2000)
      .nullable()
      .optional(),
    notes: z.string().max(5000).nullable().optional(),
  })
  .strict()
  .refine(update => Object.keys(update).length > 0, {
    message:
      'nothing to change: send at least one of status, assignee, dueDate, ticketUrl, notes',
  });

/**
 * A change to a remediation item as sent by a client.
 *
 * @public
 */
export type RemediationUpdateRequest = z.input<typeof remediationUpdateSchema>;

/**
 * Response of `GET /v1/remediations`.
 *
 * @public
 */
export interface RemediationListResponse {
  items: RemediationItem[];
  /** Items matching the filters, over all pages. */
  totalCount: number;
  /** Counts per status over the filters other than status, for board column headers. */
  statusCounts: Record<RemediationStatus, number>;
}

/**
 * Response of `GET /v1/remediations/:id/events`.
 *
 * @public
 */
export interface RemediationEventsResponse {
  item: RemediationItem;
  /** Oldest first. */
  events: RemediationEvent[];
}

/**
 * What a campaign asks of every entity in its scope: a set of checks passing, or a level reached on a
 * scorecard. A check that does not apply to an entity counts as met; an active exemption counts as a pass.
 *
 * @public
 */
export type CampaignTarget =
  | { type: 'checks'; checks: string[] }
  | { type: 'level'; scorecard: ScorecardId; level: CheckLevel };

/**
 * Which entities a campaign covers. Every non-empty list must match (an entity matches a list when it matches
 * any of its values); empty lists match everything.
 *
 * @public
 */
export interface CampaignScope {
  /** Group or user refs owning the entities. */
  owners: string[];
  /** Whether entities owned by subgroups of {@link CampaignScope.owners} count too. */
  includeSubgroups: boolean;
  lifecycles: string[];
  tags: string[];
  /** System entity refs. */
  systems: string[];
}

/**
 * An initiative with a target, a scope and a deadline.
 *
 * @public
 */
export interface Campaign {
  /** UUID. */
  id: string;
  title: string;
  /** Markdown. */
  description: string;
  target: CampaignTarget;
  scope: CampaignScope;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`; items of entities in scope that fail a target check get this as their due date. */
  deadline: string;
  /** Group or user ref of whoever runs the campaign. */
  owner: string;
  /** Incremented on every change; updates must name the version they were based on. */
  version: number;
  createdBy: string;
  /** ISO 8601. */
  createdAt: string;
  updatedBy: string;
  /** ISO 8601. */
  updatedAt: string;
}

const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\r\n]*$/, { message: 'must be a single line' });

const list = <T extends z.ZodType>(item: T, max = 200) =>
  z.array(item).max(max);

const ownerRefSchema = entityRefSchema.refine(
  ref => ref.startsWith('group:') || ref.startsWith('user:'),
  {
    message: 'must be a group or user reference, e.g. "group:default/payments"',
  },
);

/**
 * Schema of a {@link CampaignTarget}.
 *
 * @public
 */
export const campaignTargetSchema = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('checks'),
        checks: list(checkIdSchema, 500).min(1, {
          message: 'a checks target needs at least one check',
        }),
      })
      .strict(),
    z
      .object({
        type: z.literal('level'),
        scorecard: scorecardIdSchema,
        level: checkLevelSchema,
      })
      .strict(),
  ],
  {
    error: () =>
      'target must be {"type":"checks","checks":[…]} or {"type":"level","scorecard":…,"level":"bronze"|"silver"|"gold"}',
  },
);

/**
 * Schema of a {@link CampaignScope}; omitted lists match everything.
 *
 * @public
 */
export const campaignScopeSchema = z
  .object({
    owners: list(ownerRefSchema).default([]),
    includeSubgroups: z.boolean().default(true),
    lifecycles: list(line(63)).default([]),
    tags: list(tagSchema).default([]),
    systems: list(entityRefSchema).default([]),
  })
  .strict();

const campaignShape = {
  title: line(200),
  description: z.string().max(20_000).default(''),
  target: campaignTargetSchema,
  scope: campaignScopeSchema.default({
    owners: [],
    includeSubgroups: true,
    lifecycles: [],
    tags: [],
    systems: [],
  }),
  startDate: isoDateSchema,
  deadline: isoDateSchema,
  owner: ownerRefSchema,
};

function deadlineAfterStart(
  campaign: { startDate?: string; deadline?: string },
  ctx: z.RefinementCtx,
) {
  if (
    campaign.startDate &&
    campaign.deadline &&
    campaign.deadline < campaign.startDate
  ) {
    ctx.addIssue({
      code: 'custom',
      message: 'deadline must not be before startDate',
      path: ['deadline'],
    });
  }
}

/**
 * Schema of `POST /v1/campaigns`.
 *
 * @public
 */
export const campaignCreateSchema = z
  .object(campaignShape)
  .strict()
  .superRefine(deadlineAfterStart);

/**
 * A new campaign as sent by a client.
 *
 * @public
 */
export type CampaignCreateRequest = z.input<typeof campaignCreateSchema>;

/**
 * Schema of `PUT /v1/campaigns/:id`: the whole campaign plus the version the change was based on, so an
 * edit made on a stale copy is refused (409) instead of overwriting someone else's.
 *
 * @public
 */
export const campaignUpdateSchema = z
  .object({
    ...campaignShape,
    version: z
      .number({
        error: issue =>
          issue.input === undefined
            ? 'version is required: the version of the campaign the change is based on'
            : 'version must be a whole number of at least 1',
      })
      .int()
      .min(1),
  })
  .strict()
  .superRefine(deadlineAfterStart);

/**
 * A campaign change as sent by a client.
 *
 * @public
 */
export type CampaignUpdateRequest = z.input<typeof campaignUpdateSchema>;

/**
 * How a campaign stands: `complete` when every entity in scope complies, `overdue` past the deadline,
 * `at-risk` when compliance is behind a straight line from start to deadline, otherwise `on-track`
 * (`not-started` before the start date).
 *
 * @public
 */
export type CampaignHealth =
  | 'not-started'
  | 'on-track'
  | 'at-risk'
  | 'overdue'
  | 'complete';

/**
 * Compliance counts of a campaign, overall or for one team.
 *
 * @public
 */
export interface CampaignProgress {
  inScope: number;
  compliant: number;
  /** compliant / inScope, 0–1; 1 when nothing is in scope. */
  ratio: number;
}

/**
 * A campaign with its overall progress, as listed by `GET /v1/campaigns`.
 *
 * @public
 */
export interface CampaignSummary {
  campaign: Campaign;
  progress: CampaignProgress;
  health: CampaignHealth;
  /** Whole days from today to the deadline; negative once it has passed. */
  daysLeft: number;
}

/**
 * One day of a campaign's burn-down: entities in scope still not compliant at the end of that day, and
 * where a straight line from start to deadline would be.
 *
 * @public
 */
export interface CampaignBurnDownPoint {
  /** `YYYY-MM-DD`. */
  day: string;
  remaining: number;
  ideal: number;
}

/**
 * Progress of one team (entity owner) in a campaign.
 *
 * @public
 */
export interface CampaignTeamProgress extends CampaignProgress {
  /** Group or user ref; `unowned` for entities without an owner. */
  owner: string;
  health: CampaignHealth;
}

/**
 * An entity in a campaign's scope that does not comply yet, with the items that stand in the way.
 *
 * @public
 */
export interface CampaignFailingEntity {
  entityRef: string;
  owner?: string;
  /** Target checks failing; for a level target, the failing checks at or below that level. */
  failingChecks: string[];
  /** Open, in-progress and exempted items of those checks. */
  items: RemediationItem[];
}

/**
 * Response of `GET /v1/campaigns/:id`.
 *
 * @public
 */
export interface CampaignDetailResponse extends CampaignSummary {
  teams: CampaignTeamProgress[];
  /** From the start date (or the first stored day after it) to today or the deadline, whichever is earlier. */
  burnDown: CampaignBurnDownPoint[];
  /** Past the deadline and still not compliant. */
  overdue: CampaignFailingEntity[];
  /**
   * Not compliant, deadline within {@link CAMPAIGN_AT_RISK_DAYS} days, and at least one blocking item nobody
   * has started (still `open`).
   */
  atRisk: CampaignFailingEntity[];
}

/**
 * Days before a deadline from which unstarted work counts as at risk and teams still failing are reminded.
 *
 * @public
 */
export const CAMPAIGN_AT_RISK_DAYS = 7;

/**
 * Response of `GET /v1/campaigns`.
 *
 * @public
 */
export interface CampaignListResponse {
  items: CampaignSummary[];
}
