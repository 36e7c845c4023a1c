import type {
  CiWorkflow,
  EntityFacts,
} from '@stackscore/plugin-stackscore-common';
import { serviceFacts } from '../testing/facts';
import { scanFiles } from '../observability/testSupport';
import { deliveryChecks } from './delivery';

const run = (id: string, facts: EntityFacts) =>
  deliveryChecks
    .find(c => c.id === id)!
    .evaluate(facts, { internalNpmScopes: [], installScriptAllowlist: [] });

const workflow = (
  jobs: Array<{
    id: string;
    steps: Array<{ name?: string; uses?: string; run?: string }>;
  }>,
): CiWorkflow => ({
  provider: 'github',
  file: '.github/workflows/ci.yml',
  triggers: ['push'],
  includes: [],
  env: {},
  jobs: jobs.map(job => ({
    id: job.id,
    continueOnError: false,
    env: {},
    steps: job.steps.map((s, i) => ({
      ...s,
      continueOnError: false,
      line: 10 + i,
    })),
  })),
});

describe('slo.performance-regression-tests', () => {
  it('passes with a k6 script', () => {
    const facts = serviceFacts({
      signals: scanFiles({
        'load/checkout.js': "import http from 'k6/http';\n",
      }),
    });
    expect(run('slo.performance-regression-tests', facts).status).toBe('pass');
  });

  it('passes with go test -bench or the k6 action in CI', () => {
    const ci = [
      workflow([
        { id: 'bench', steps: [{ run: 'go test -run=^$ -bench=. ./...' }] },
      ]),
    ];
    const outcome = run(
      'slo.performance-regression-tests',
      serviceFacts({ ci }),
    );
    expect(outcome.evidence[0]).toEqual({
      message: 'Performance test in CI: `go test -run=^$ -bench=. ./...`',
      file: '.github/workflows/ci.yml',
      line: 10,
    });
    const action = [
      workflow([{ id: 'load', steps: [{ uses: 'grafana/run-k6-action@v1' }] }]),
    ];
    expect(
      run('slo.performance-regression-tests', serviceFacts({ ci: action }))
        .status,
    ).toBe('pass');
  });

  it('fails without load or benchmark tests', () => {
    const ci = [workflow([{ id: 'test', steps: [{ run: 'go test ./...' }] }])];
    expect(
      run('slo.performance-regression-tests', serviceFacts({ ci })).status,
    ).toBe('fail');
  });
});

describe('slo.progressive-delivery', () => {
  it('passes with an Argo Rollout using a canary strategy', () => {
    const signals = scanFiles({
      'deploy/rollout.yaml':
        'kind: Rollout\nspec:\n  strategy:\n    canary:\n      steps: []\n',
    });
    const outcome = run('slo.progressive-delivery', serviceFacts({ signals }));
    expect(outcome.evidence[0]).toMatchObject({
      file: 'deploy/rollout.yaml',
      line: 4,
    });
  });

  it('passes with a Flagger Canary or a CI canary followed by smoke tests', () => {
    expect(
      run(
        'slo.progressive-delivery',
        serviceFacts({
          signals: scanFiles({ 'deploy/canary.yaml': 'kind: Canary\n' }),
        }),
      ).status,
    ).toBe('pass');
    const ci = [
      workflow([
        {
          id: 'deploy-canary',
          steps: [{ run: 'kubectl apply -f canary.yaml' }],
        },
        { id: 'smoke', steps: [{ run: './smoke.sh' }] },
      ]),
    ];
    expect(run('slo.progressive-delivery', serviceFacts({ ci })).status).toBe(
      'pass',
    );
  });

  it('fails a plain rolling Deployment and a Rollout without a strategy', () => {
    const signals = scanFiles({
      'deploy/deployment.yaml': 'kind: Deployment\n',
      'deploy/r.yaml': 'kind: Rollout\n',
    });
    expect(
      run('slo.progressive-delivery', serviceFacts({ signals })).status,
    ).toBe('fail');
  });
});
