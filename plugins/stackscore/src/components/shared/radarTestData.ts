import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  RadarEntryDetailResponse,
  RadarEntryResponse,
  RadarResponse,
  StackRecommendResponse,
  TeamRadarResponse,
  TeamStackResponse,
  UnknownTechnologiesResponse,
} from '@stackscore/plugin-stackscore-common';

const seeded = {
  date: '2026-11-01T09:00:00.000Z',
  to: 'adopt' as const,
  reason: 'Seeded from the guidance documents',
  by: 'stackscore:seed',
};

function entry(
  fields: Pick<RadarEntryResponse, 'id' | 'title' | 'quadrant' | 'ring'> &
    Partial<RadarEntryResponse>,
): RadarEntryResponse {
  return {
    description: `${fields.title} description.`,
    references: [],
    createdAt: seeded.date,
    updatedAt: seeded.date,
    updatedBy: 'stackscore:seed',
    timeline: [{ ...seeded, to: fields.ring }],
    services: 0,
    ...fields,
  };
}

/** Test-only: an org radar with an entry in every quadrant and ring. */
export const orgRadar: RadarResponse = {
  entries: [
    entry({
      id: 'go',
      title: 'Go',
      quadrant: 'languages-frameworks',
      ring: 'adopt',
      services: 3,
      description: 'The default language for new backend services.',
      references: [
        {
          document: 'enterprise-stack-guide',
          section: 'Go at Enterprise Scale',
          lines: 'L11',
        },
      ],
    }),
    entry({
      id: 'rust',
      title: 'Rust',
      quadrant: 'languages-frameworks',
      ring: 'trial',
      services: 1,
      conflict: {
        summary:
          'One guide puts Rust first for latency, another warns of its learning curve.',
        references: [
          {
            document: 'backend-language-comparison',
            section: 'Rust: Maximum Performance and Memory Safety',
            lines: 'L120-132',
          },
        ],
        relatedEntryIds: ['go'],
      },
      timeline: [
        { ...seeded, to: 'assess' },
        {
          date: '2026-11-10T12:00:00.000Z',
          from: 'assess',
          to: 'trial',
          reason: 'Two teams run it in production',
          by: 'user:default/alice',
          decisionId: 'adr-7',
        },
      ],
    }),
    entry({
      id: 'python-2',
      title: 'Python 2',
      quadrant: 'languages-frameworks',
      ring: 'hold',
      services: 1,
    }),
    entry({
      id: 'terraform',
      title: 'Terraform',
      quadrant: 'tools',
      ring: 'adopt',
      services: 2,
    }),
    entry({
      id: 'kubernetes',
      title: 'Kubernetes',
      quadrant: 'platforms',
      ring: 'adopt',
      services: 5,
    }),
    entry({
      id: 'event-sourcing',
      title: 'Event sourcing',
      quadrant: 'techniques',
      ring: 'assess',
    }),
  ],
};

/** Test-only: the detail of Go with the services using it. */
export const goDetail: RadarEntryDetailResponse = {
  ...orgRadar.entries[0],
  users: [
    {
      entityRef: 'component:default/checkout-api',
      owner: 'group:default/payments',
      since: '2026-11-02T08:00:00.000Z',
    },
  ],
};

/** Test-only: the detail of Rust, which carries a conflict. */
export const rustDetail: RadarEntryDetailResponse = {
  ...orgRadar.entries[1],
  users: [],
};

/** Test-only: the payments team's radar, with one service on a hold entry. */
export const paymentsRadar: TeamRadarResponse = {
  team: {
    ref: 'group:default/payments',
    title: 'Payments',
    subgroups: ['group:default/payments-risk'],
  },
  services: 3,
  entries: [
    {
      id: 'go',
      title: 'Go',
      quadrant: 'languages-frameworks',
      ring: 'adopt',
      services: [
        {
          entityRef: 'component:default/checkout-api',
          since: '2026-11-02T08:00:00.000Z',
          evidence: [{ file: 'go.mod', line: 1 }],
        },
        {
          entityRef: 'component:default/ledger',
          since: '2026-11-03T08:00:00.000Z',
          evidence: [{ file: 'go.mod' }],
        },
      ],
    },
    {
      id: 'python-2',
      title: 'Python 2',
      quadrant: 'languages-frameworks',
      ring: 'hold',
      services: [
        {
          entityRef: 'component:default/legacy-billing',
          since: '2025-03-14T08:00:00.000Z',
          evidence: [{ file: 'setup.py', line: 4 }],
        },
      ],
    },
  ],
  holds: [
    {
      id: 'python-2',
      title: 'Python 2',
      services: [
        {
          entityRef: 'component:default/legacy-billing',
          since: '2025-03-14T08:00:00.000Z',
          evidence: [{ file: 'setup.py', line: 4 }],
        },
      ],
    },
  ],
  unknown: [
    {
      key: 'npm:left-pad',
      kind: 'npm',
      name: 'left-pad',
      services: [
        {
          entityRef: 'component:default/ledger',
          since: '2026-11-03T08:00:00.000Z',
          evidence: [{ file: 'package.json', line: 12 }],
        },
      ],
    },
  ],
};

/** Test-only: what the org's services use that the radar lacks. */
export const unknownTechnologies: UnknownTechnologiesResponse = {
  items: [
    {
      key: 'go:github.com/gorilla/mux',
      kind: 'go',
      name: 'github.com/gorilla/mux',
      services: 2,
      owners: ['group:default/identity'],
    },
  ],
};

/** Test-only: groups the team selector offers. */
export const groups: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { type: 'team', profile: { displayName: 'Payments' }, children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'identity', namespace: 'default', title: 'Identity' },
    spec: { type: 'team', children: [] },
  },
];

/** Test-only: a ranking where Rust beats Go and Java. */
export const recommendation: StackRecommendResponse = {
  ranked: [
    {
      language: 'rust',
      score: 5.5,
      frameworks: [
        { name: 'Axum', radarEntryId: 'axum', why: 'Fits high throughput' },
      ],
      reasons: [
        {
          text: 'Highest RPS / lowest latency: first choice (+3)',
          reference: {
            document: 'enterprise-stack-guide',
            section: 'Backend Decision Framework',
            lines: 'L123',
          },
        },
      ],
    },
    {
      language: 'go',
      score: 3,
      frameworks: [{ name: 'Gin', why: 'Fits CRUD APIs' }],
      reasons: [
        {
          text: 'Highest RPS / lowest latency: second choice (+1)',
          reference: {
            document: 'enterprise-stack-guide',
            section: 'Backend Decision Framework',
            lines: 'L123',
          },
        },
      ],
    },
    {
      language: 'java',
      score: 2,
      frameworks: [],
      reasons: [],
    },
  ],
};

/** Test-only: the payments team's current stack, one service with a warning. */
export const paymentsStack: TeamStackResponse = {
  team: { ref: 'group:default/payments', title: 'Payments', subgroups: [] },
  services: [
    {
      entityRef: 'component:default/checkout-api',
      languages: ['go'],
      frameworks: ['gin'],
      p99TargetMs: 200,
      findings: [],
    },
    {
      entityRef: 'component:default/risk-engine',
      languages: ['python'],
      frameworks: [],
      p99TargetMs: 5,
      findings: [
        {
          severity: 'warning',
          text: 'A 5 ms p99 target is beyond what Python serves without heavy optimisation.',
          reference: {
            document: 'backend-language-comparison',
            section: 'Python: Data Science Integration and Rapid Prototyping',
            lines: 'L318-319',
          },
        },
      ],
    },
  ],
  languages: [
    { language: 'go', services: 1 },
    { language: 'python', services: 1 },
  ],
  frameworks: [{ framework: 'gin', services: 1 }],
};

/** Test-only: the backend's answer to a request it refuses, as `ResponseError.fromResponse` reads it. */
export function responseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  const body = JSON.stringify({
    error: { name, message },
    request: { method: 'PUT', url: '/v1/radar/entries/go' },
    response: { statusCode: status },
  });
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: name,
    redirected: false,
    type: 'basic',
    url: 'http://localhost:7007/api/stackscore/v1/radar/entries/go',
    headers: {
      get: (header: string) =>
        header.toLowerCase() === 'content-type' ? 'application/json' : null,
    } as Headers,
    text: async () => body,
  });
}
