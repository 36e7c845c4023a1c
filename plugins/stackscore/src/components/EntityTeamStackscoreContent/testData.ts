import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  RollupEntityResponse,
  ScorecardLevel,
  TeamHistoryResponse,
  TeamScoresResponse,
} from '@stackscore/plugin-stackscore-common';

/** Test-only: the group whose page the views sit on. */
export const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: ['group:default/payments-risk'] },
};

/** Test-only: a scored service with the given scorecard scores (levels follow the scores). */
export function service(
  name: string,
  scores: Partial<Record<'slo' | 'observability' | 'security', number>>,
  owner: string = 'group:default/payments',
): RollupEntityResponse {
  const level = (score: number): ScorecardLevel => {
    if (score >= 0.9) return 'gold';
    if (score >= 0.7) return 'silver';
    if (score >= 0.5) return 'bronze';
    return 'none';
  };
  const scorecards = Object.fromEntries(
    Object.entries(scores).map(([id, score]) => [
      id,
      { level: level(score!), score: score! },
    ]),
  );
  const values = Object.values(scores) as number[];
  return {
    entityRef: `component:default/${name}`,
    kind: 'Component',
    namespace: 'default',
    name,
    owner,
    tags: [],
    scoredAt: '2026-11-22T10:00:00.000Z',
    scorecards,
    score: values.length
      ? values.reduce((a, b) => a + b, 0) / values.length
      : undefined,
  };
}

/** Test-only: three services; risk-engine belongs to a subgroup and has no SLO score. */
export const items: RollupEntityResponse[] = [
  service('checkout-api', { slo: 1, observability: 0.9, security: 0.8 }),
  service('ledger', { slo: 0.4, observability: 0.2, security: 0.3 }),
  service(
    'risk-engine',
    { observability: 0.6, security: 0.7 },
    'group:default/payments-risk',
  ),
];

/** Test-only: the team rollup over {@link items}. */
export const teamScores: TeamScoresResponse = {
  team: {
    ref: 'group:default/payments',
    title: 'Payments',
    subgroups: ['group:default/payments-risk'],
  },
  items,
  total: 3,
  levelDistribution: {
    slo: { none: 1, bronze: 0, silver: 0, gold: 1 },
    observability: { none: 1, bronze: 1, silver: 0, gold: 1 },
    security: { none: 1, bronze: 0, silver: 2, gold: 0 },
  },
  averages: { slo: 0.7, observability: 0.5667, security: 0.6 },
};

/** Test-only: an empty rollup. */
export const noScores: TeamScoresResponse = {
  team: { ref: 'group:default/payments', subgroups: [] },
  items: [],
  total: 0,
  levelDistribution: {},
  averages: {},
};

/** Test-only: two days of team history. */
export const teamHistory: TeamHistoryResponse = {
  team: teamScores.team,
  from: '2026-08-25',
  to: '2026-11-22',
  points: [
    {
      day: '2026-11-21',
      scorecard: 'slo',
      entities: 2,
      averageScore: 0.6,
      levelDistribution: { none: 1, bronze: 0, silver: 1, gold: 0 },
    },
    {
      day: '2026-11-22',
      scorecard: 'slo',
      entities: 2,
      averageScore: 0.7,
      levelDistribution: { none: 1, bronze: 0, silver: 0, gold: 1 },
    },
  ],
};

/** Test-only: the error the client throws when the backend answers 404 for the group. */
export function notFound(): Promise<ResponseError> {
  const body = JSON.stringify({
    error: {
      name: 'NotFoundError',
      message: 'No group group:default/payments in the catalog',
    },
    request: { method: 'GET', url: '/v1/teams/default/payments/scores' },
    response: { statusCode: 404 },
  });
  return ResponseError.fromResponse({
    ok: false,
    status: 404,
    statusText: 'Not Found',
    redirected: false,
    type: 'basic',
    url: 'http://localhost:7007/api/stackscore/v1/teams/default/payments/scores',
    headers: {
      get: (name: string) =>
        name.toLowerCase() === 'content-type' ? 'application/json' : null,
    } as Headers,
    text: async () => body,
  });
}
