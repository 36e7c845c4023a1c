import type { Entity } from '@backstage/catalog-model';
import type {
  CheckDefinition,
  EntityScoresResponse,
} from '@stackscore/plugin-stackscore-common';
import type { StackscoreApi } from '../../api';

/** Test-only: a component entity. */
export const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-api', namespace: 'default' },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments',
  },
};

/** Test-only: stored scores with a failing, an exempted and a passing check. */
export const scores: EntityScoresResponse = {
  entity: { kind: 'Component', namespace: 'default', name: 'checkout-api' },
  entityRef: 'component:default/checkout-api',
  owner: 'group:default/payments',
  ecosystems: ['go'],
  scoredAt: '2026-11-22T10:00:00.000Z',
  source: { location: '/repos/checkout-api' },
  catalogueVersion: '2026.11.1+abc',
  scorecards: [
    { id: 'slo', level: 'gold', score: 1, passed: 15, applicable: 15 },
    {
      id: 'observability',
      level: 'silver',
      score: 0.9,
      passed: 14,
      applicable: 15,
    },
    { id: 'security', level: 'none', score: 0.75, passed: 15, applicable: 20 },
    { id: 'supply-chain', level: 'bronze', score: 0, passed: 0, applicable: 0 },
  ],
  results: [
    {
      checkId: 'security.container-non-root',
      scorecard: 'security',
      level: 'bronze',
      severity: 'high',
      status: 'fail',
      evidence: [
        { message: 'Final stage runs as root', file: 'Dockerfile', line: 12 },
      ],
    },
    {
      checkId: 'security.sast-in-ci',
      scorecard: 'security',
      level: 'bronze',
      severity: 'high',
      status: 'fail',
      exempted: true,
      evidence: [{ message: 'No SAST step on pull requests' }],
    },
    {
      checkId: 'security.dast',
      scorecard: 'security',
      level: 'gold',
      severity: 'medium',
      status: 'pass',
      evidence: [
        {
          message: 'ZAP baseline scan',
          file: '.github/workflows/dast.yml',
          line: 20,
        },
      ],
    },
  ],
  exemptions: [],
};

/** Test-only: catalogue entries for the checks above. */
export const definitions: CheckDefinition[] = [
  {
    id: 'security.container-non-root',
    scorecard: 'security',
    title: 'Containers run as a non-root user',
    description: 'd',
    level: 'bronze',
    severity: 'high',
    applicability: { ecosystems: 'any', kinds: ['component'] },
    runtime: false,
    remediation: {
      summary: 'Add a USER instruction with a non-zero UID to the final stage.',
    },
    references: [{ document: 'enterprise-stack-guide', section: 'Containers' }],
  },
];

/** Test-only: an API fake with every method failing unless overridden. */
export function fakeApi(overrides: Partial<StackscoreApi>): StackscoreApi {
  const unexpected = (name: string) => () =>
    Promise.reject(new Error(`unexpected call to ${name}`));
  return {
    getScorecards: unexpected('getScorecards'),
    getChecks: async () => ({
      catalogueVersion: '2026.11.1',
      items: definitions,
    }),
    getEntityScores: unexpected('getEntityScores'),
    refreshEntity: unexpected('refreshEntity'),
    getEntityHistory: async () => ({
      entityRef: '',
      from: '',
      to: '',
      points: [],
    }),
    getOverview: unexpected('getOverview'),
    getTeamScores: unexpected('getTeamScores'),
    getAllTeamScores: unexpected('getAllTeamScores'),
    getTeamHistory: unexpected('getTeamHistory'),
    getCheckEntities: unexpected('getCheckEntities'),
    listRuns: unexpected('listRuns'),
    getRun: unexpected('getRun'),
    startRun: unexpected('startRun'),
    listExemptions: unexpected('listExemptions'),
    createExemption: unexpected('createExemption'),
    revokeExemption: unexpected('revokeExemption'),
    getRadar: unexpected('getRadar'),
    getRadarEntry: unexpected('getRadarEntry'),
    createRadarEntry: unexpected('createRadarEntry'),
    updateRadarEntry: unexpected('updateRadarEntry'),
    getTeamRadar: unexpected('getTeamRadar'),
    getUnknownTechnologies: unexpected('getUnknownTechnologies'),
    recommendStack: unexpected('recommendStack'),
    getTeamStack: unexpected('getTeamStack'),
    // Radar entry and check details list linked decisions on the side; views about them need not care.
    listDecisions: async () => ({ items: [] }),
    getDecision: unexpected('getDecision'),
    createDecision: unexpected('createDecision'),
    updateDecision: unexpected('updateDecision'),
    supersedeDecision: unexpected('supersedeDecision'),
    getDecisionHistory: unexpected('getDecisionHistory'),
    exportDecisionMadr: unexpected('exportDecisionMadr'),
    importDecision: unexpected('importDecision'),
    getEntityDecisions: unexpected('getEntityDecisions'),
    listRemediations: unexpected('listRemediations'),
    updateRemediation: unexpected('updateRemediation'),
    getRemediationEvents: unexpected('getRemediationEvents'),
    listCampaigns: unexpected('listCampaigns'),
    getCampaign: unexpected('getCampaign'),
    createCampaign: unexpected('createCampaign'),
    updateCampaign: unexpected('updateCampaign'),
    ...overrides,
  };
}
