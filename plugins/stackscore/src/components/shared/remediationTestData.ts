import type {
  Campaign,
  CampaignDetailResponse,
  RemediationEvent,
  RemediationItem,
  RemediationListResponse,
  RemediationStatus,
} from '@stackscore/plugin-stackscore-common';

/** Test-only: a remediation item on checkout-api, open and failing SAST unless overridden. */
export function item(
  overrides: Partial<RemediationItem> = {},
): RemediationItem {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    entityRef: 'component:default/checkout-api',
    owner: 'group:default/payments',
    checkId: 'security.sast-in-ci',
    scorecard: 'security',
    level: 'bronze',
    severity: 'high',
    status: 'open',
    openedAt: '2026-11-01T10:00:00.000Z',
    failingSince: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    overdue: false,
    ...overrides,
  };
}

/** Test-only: a list response with counts worked out from the items. */
export function itemList(
  items: RemediationItem[],
  counts: Partial<Record<RemediationStatus, number>> = {},
): RemediationListResponse {
  const statusCounts = { open: 0, 'in-progress': 0, exempted: 0, resolved: 0 };
  for (const i of items) statusCounts[i.status]++;
  Object.assign(statusCounts, counts);
  return {
    items,
    totalCount: Object.values(statusCounts).reduce((a, b) => a + b, 0),
    statusCounts,
  };
}

/** Test-only: two events of an item. */
export function events(itemId: string): RemediationEvent[] {
  return [
    {
      id: 1,
      itemId,
      at: '2026-11-01T10:00:00.000Z',
      actor: 'stackscore',
      type: 'opened',
      to: 'open',
    },
    {
      id: 2,
      itemId,
      at: '2026-11-02T09:00:00.000Z',
      actor: 'user:default/alice',
      type: 'assignee',
      to: 'user:default/alice',
    },
  ];
}

/** Test-only: a supply-chain silver campaign for payments. */
export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    title: 'Supply-chain silver for payments',
    description: 'Every **production** service.',
    target: { type: 'level', scorecard: 'supply-chain', level: 'silver' },
    scope: {
      owners: ['group:default/payments'],
      includeSubgroups: true,
      lifecycles: ['production'],
      tags: [],
      systems: [],
    },
    startDate: '2026-11-01',
    deadline: '2026-12-31',
    owner: 'group:default/platform',
    version: 3,
    createdBy: 'user:default/pat',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedBy: 'user:default/pat',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

/** Test-only: a campaign report with two teams, a burn-down and one at-risk entity. */
export function report(
  overrides: Partial<CampaignDetailResponse> = {},
): CampaignDetailResponse {
  return {
    campaign: campaign(),
    progress: { inScope: 4, compliant: 3, ratio: 0.75 },
    health: 'at-risk',
    daysLeft: 5,
    teams: [
      {
        owner: 'group:default/payments',
        inScope: 3,
        compliant: 2,
        ratio: 2 / 3,
        health: 'at-risk',
      },
      {
        owner: 'group:default/identity',
        inScope: 1,
        compliant: 1,
        ratio: 1,
        health: 'complete',
      },
    ],
    burnDown: [
      { day: '2026-11-01', remaining: 4, ideal: 4 },
      { day: '2026-11-02', remaining: 3, ideal: 3.9 },
      { day: '2026-11-03', remaining: 1, ideal: 3.8 },
    ],
    overdue: [],
    atRisk: [
      {
        entityRef: 'component:default/checkout-api',
        owner: 'group:default/payments',
        failingChecks: ['supply-chain.sbom'],
        items: [item({ checkId: 'supply-chain.sbom', level: 'silver' })],
      },
    ],
    ...overrides,
  };
}
