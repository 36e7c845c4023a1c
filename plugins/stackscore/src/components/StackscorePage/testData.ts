import type {
  CheckDefinition,
  CheckEntitiesResponse,
  OverviewResponse,
  RunResponse,
  ScorecardSummary,
} from '@stackscore/plugin-stackscore-common';

// Test-only fixtures for the /stackscore page and its tabs.

/** Test-only: one scorecard summary. */
export const securitySummary: ScorecardSummary = {
  id: 'security',
  title: 'Security hardening',
  description: 'Static analysis, hardened containers and safe input handling.',
  levels: ['bronze', 'silver', 'gold'],
  checkCounts: { bronze: 7, silver: 11, gold: 2 },
  totalChecks: 20,
};

/** Test-only: three checks of different scorecards and levels. */
export const checkDefinitions: CheckDefinition[] = [
  {
    id: 'security.container-non-root',
    scorecard: 'security',
    title: 'Containers run as a non-root user',
    description: 'The final image stage sets a non-root USER.',
    level: 'bronze',
    severity: 'high',
    applicability: { ecosystems: 'any', kinds: ['component'] },
    runtime: false,
    remediation: {
      summary: 'Add a USER instruction with a non-zero UID to the final stage.',
    },
    references: [{ document: 'enterprise-stack-guide', section: 'Containers' }],
  },
  {
    id: 'slo.error-budget',
    scorecard: 'slo',
    title: 'SLOs define an error budget',
    description: 'Every SLO states its target and the window of its budget.',
    level: 'silver',
    severity: 'medium',
    applicability: {
      ecosystems: ['go', 'python'],
      kinds: ['component'],
      types: ['service'],
      excludedLifecycles: ['experimental'],
      precondition: 'the service declares SLOs',
    },
    runtime: true,
    remediation: {
      summary: 'Give each SLO an objective and a rolling window.',
      steps: ['Open slo.yaml', 'Set objective and window on every SLO'],
      example: { language: 'yaml', code: 'objective: 99.9\nwindow: 28d' },
    },
    references: [
      { document: 'go-event-driven-principles', section: 'Resiliency' },
      { document: 'enterprise-stack-guide', section: 'SLOs' },
    ],
  },
  {
    id: 'supply-chain.sbom',
    scorecard: 'supply-chain',
    title: 'Builds publish an SBOM',
    description: 'CI produces a software bill of materials for each image.',
    level: 'gold',
    severity: 'low',
    applicability: { ecosystems: 'any', kinds: ['component'] },
    runtime: false,
    remediation: { summary: 'Generate an SBOM in CI and attach it.' },
    references: [],
  },
];

/** Test-only: an organisation of five scored entities and four owners. */
export const overview: OverviewResponse = {
  totals: {
    entities: 5,
    averages: { slo: 0.8, observability: 0.6, security: 0.72 },
    levelDistribution: {
      slo: { none: 1, bronze: 1, silver: 1, gold: 2 },
      observability: { none: 2, bronze: 2, silver: 1, gold: 0 },
      security: { none: 1, bronze: 2, silver: 1, gold: 1 },
    },
  },
  teams: [
    {
      ref: 'group:default/identity',
      entities: 1,
      averages: { slo: 0.5, security: 0.4 },
      levelDistribution: {
        slo: { none: 1, bronze: 0, silver: 0, gold: 0 },
        security: { none: 1, bronze: 0, silver: 0, gold: 0 },
      },
    },
    {
      ref: 'group:default/payments',
      title: 'Payments',
      entities: 3,
      averages: { slo: 1, observability: 0.8, security: 0.9 },
      levelDistribution: {
        slo: { none: 0, bronze: 0, silver: 1, gold: 2 },
        observability: { none: 0, bronze: 1, silver: 2, gold: 0 },
        security: { none: 0, bronze: 1, silver: 1, gold: 1 },
      },
    },
    {
      ref: null,
      entities: 4,
      averages: { observability: 0.2 },
      levelDistribution: {
        observability: { none: 4, bronze: 0, silver: 0, gold: 0 },
      },
    },
    {
      ref: 'user:default/alice',
      title: 'Alice',
      entities: 2,
      averages: {},
      levelDistribution: {},
    },
  ],
  mostFailedChecks: [
    { checkId: 'security.container-non-root', failing: 3, applicable: 4 },
    { checkId: 'slo.error-budget', failing: 1, applicable: 5 },
  ],
};

/** Test-only: the overview of an organisation nothing has been scored in. */
export const emptyOverview: OverviewResponse = {
  totals: { entities: 0, averages: {}, levelDistribution: {} },
  teams: [],
  mostFailedChecks: [],
};

/** Test-only: one entity failing a check, with evidence. */
export const failingEntity: CheckEntitiesResponse['items'][number] = {
  entityRef: 'component:default/checkout-api',
  kind: 'Component',
  namespace: 'default',
  name: 'checkout-api',
  owner: 'group:default/payments',
  status: 'fail',
  level: 'silver',
  severity: 'medium',
  evidence: [
    { message: 'SLO "latency" has no window', file: 'slo.yaml', line: 4 },
  ],
  evaluatedAt: '2026-11-22T10:00:00.000Z',
  exempted: false,
};

/** Test-only: a run with the given fields over a finished default. */
export function run(fields: Partial<RunResponse> = {}): RunResponse {
  return {
    id: 'run-1',
    trigger: 'manual',
    status: 'succeeded',
    total: 14,
    done: 14,
    failed: 0,
    skipped: 0,
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:01:05.000Z',
    durationMs: 65000,
    failures: [],
    ...fields,
  };
}
