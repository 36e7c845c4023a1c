import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import type { StackscoreCheck } from '@stackscore/plugin-stackscore-node';
import { LocalDirectorySource } from '../sources/LocalDirectorySource';
import { createScoringPipeline } from './defaultPipeline';
import { scoreRepository } from './scoreRepository';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    annotations: { 'pagerduty.com/service-id': 'P123' },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'payments',
    system: 'checkout',
  },
};

const settings = { internalNpmScopes: [], installScriptAllowlist: [] };

function repo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-score-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const onCallCheck: StackscoreCheck = {
  definition: {
    id: 'observability.pagerduty-service-active',
    scorecard: 'observability',
    title: 'The PagerDuty service is active',
    description: 'Pages reach someone.',
    level: 'silver',
    severity: 'medium',
    applicability: { ecosystems: 'any', kinds: ['component'] },
    runtime: false,
    remediation: { summary: 'Re-enable the PagerDuty service.' },
    references: [],
  },
  evaluate: facts => {
    const pagerduty = facts.extensions.pagerduty as
      | { status?: string }
      | undefined;
    return pagerduty?.status === 'active'
      ? {
          status: 'pass',
          evidence: [{ message: 'PagerDuty service is active' }],
        }
      : {
          status: 'fail',
          evidence: [{ message: `PagerDuty service is ${pagerduty?.status}` }],
        };
  },
};

describe('scoreRepository', () => {
  it('scores an extension check from an extension collector’s facts', async () => {
    const pipeline = createScoringPipeline({
      extensionChecks: [onCallCheck],
      extensionCollectors: [
        {
          id: 'pagerduty',
          collect: async ({ entity: e }) => ({
            service: e.metadata.annotations?.['pagerduty.com/service-id'],
            status: 'active',
          }),
        },
      ],
    });
    const outcome = await scoreRepository({
      entity,
      source: new LocalDirectorySource(
        repo({ 'go.mod': 'module example.com/orders\n\ngo 1.23\n' }),
      ),
      pipeline,
      settings,
      logger: mockServices.logger.mock(),
    });
    if (outcome.status !== 'scored') throw new Error('expected scores');
    expect(outcome.facts.extensions.pagerduty).toEqual({
      service: 'P123',
      status: 'active',
    });
    expect(
      outcome.scores.results.find(
        r => r.checkId === 'observability.pagerduty-service-active',
      ),
    ).toMatchObject({ status: 'pass', level: 'silver' });
    expect(outcome.scores.results).toHaveLength(72);
  });

  it('records a failing extension collector and still scores everything', async () => {
    const pipeline = createScoringPipeline({
      extensionChecks: [onCallCheck],
      extensionCollectors: [
        {
          id: 'pagerduty',
          collect: async () => {
            throw new Error('PagerDuty API answered 503');
          },
        },
      ],
    });
    const outcome = await scoreRepository({
      entity,
      source: new LocalDirectorySource(
        repo({ 'go.mod': 'module x\n\ngo 1.23\n' }),
      ),
      pipeline,
      settings,
      logger: mockServices.logger.mock(),
    });
    if (outcome.status !== 'scored') throw new Error('expected scores');
    expect(outcome.facts.errors).toContainEqual({
      collector: 'pagerduty',
      message: 'collector failed: PagerDuty API answered 503',
    });
    expect(outcome.scores.results).toHaveLength(72);
  });

  it('judges only catalog checks when no source is connected', async () => {
    const outcome = await scoreRepository({
      entity,
      pipeline: createScoringPipeline(),
      settings,
      missingSourceReason: 'no stackscore.io/source-dir annotation',
    });
    if (outcome.status !== 'scored') throw new Error('expected scores');
    const lockfile = outcome.scores.results.find(
      r => r.checkId === 'supply-chain.lockfile-committed',
    );
    expect(lockfile).toMatchObject({
      status: 'not-applicable',
      evidence: [
        {
          message:
            'No source tree is connected (no stackscore.io/source-dir annotation)',
        },
      ],
    });
    expect(
      outcome.scores.results.find(
        r => r.checkId === 'observability.ownership-declared',
      )?.status,
    ).toBe('pass');
  });

  it('reports an unchanged source without collecting again', async () => {
    const source = new LocalDirectorySource(
      repo({ 'go.mod': 'module x\n\ngo 1.23\n' }),
    );
    const pipeline = createScoringPipeline();
    const first = await scoreRepository({ entity, source, pipeline, settings });
    if (first.status !== 'scored') throw new Error('expected scores');
    const second = await scoreRepository({
      entity,
      source,
      pipeline,
      settings,
      previousEtag: first.etag,
    });
    expect(second).toEqual({ status: 'unchanged', etag: first.etag });
  });
});
