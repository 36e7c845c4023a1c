import {
  coreServices,
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import {
  StackscoreCheck,
  StackscoreFactCollector,
  stackscoreChecksExtensionPoint,
  stackscoreCollectorsExtensionPoint,
} from './extensions';
import type { EntityFacts } from '@stackscore/plugin-stackscore-common';

const runbookCheck: StackscoreCheck = {
  definition: {
    id: 'observability.runbook-linked',
    scorecard: 'observability',
    title: 'A runbook is linked',
    description: 'On-call engineers can find the runbook from the catalog.',
    level: 'silver',
    severity: 'low',
    applicability: { ecosystems: 'any', kinds: ['component'] },
    runtime: false,
    remediation: { summary: 'Add a runbook link to metadata.links.' },
    references: [],
  },
  evaluate: facts => {
    const runbook = facts.catalog.links.find(l =>
      /runbook/i.test(l.title ?? ''),
    );
    return runbook
      ? { status: 'pass', evidence: [{ message: `Runbook ${runbook.url}` }] }
      : { status: 'fail', evidence: [{ message: 'No runbook link' }] };
  },
};

const pagerDutyCollector: StackscoreFactCollector = {
  id: 'pagerduty',
  collect: async ({ entity }) => ({
    onCallService: entity.metadata.annotations?.['pagerduty.com/service-id'],
  }),
};

describe('stackscore extension points', () => {
  it('hands checks and collectors from a module to the plugin that owns the points', async () => {
    const received: {
      checks: StackscoreCheck[];
      collectors: StackscoreFactCollector[];
    } = {
      checks: [],
      collectors: [],
    };

    const host = createBackendPlugin({
      pluginId: 'stackscore',
      register(env) {
        env.registerExtensionPoint(stackscoreChecksExtensionPoint, {
          addCheck: (...checks) => received.checks.push(...checks),
        });
        env.registerExtensionPoint(stackscoreCollectorsExtensionPoint, {
          addFactCollector: (...collectors) =>
            received.collectors.push(...collectors),
        });
        env.registerInit({
          deps: { logger: coreServices.logger },
          async init() {},
        });
      },
    });

    const module = createBackendModule({
      pluginId: 'stackscore',
      moduleId: 'runbooks',
      register(reg) {
        reg.registerInit({
          deps: {
            checks: stackscoreChecksExtensionPoint,
            collectors: stackscoreCollectorsExtensionPoint,
          },
          async init({ checks, collectors }) {
            checks.addCheck(runbookCheck);
            collectors.addFactCollector(pagerDutyCollector);
          },
        });
      },
    });

    await startTestBackend({ features: [host, module] });

    expect(received.checks.map(c => c.definition.id)).toEqual([
      'observability.runbook-linked',
    ]);
    expect(received.collectors.map(c => c.id)).toEqual(['pagerduty']);
    const withLinks = (links: Array<{ url: string; title?: string }>) =>
      ({ catalog: { links } } as unknown as EntityFacts);
    expect(
      received.checks[0].evaluate(
        withLinks([{ url: 'https://wiki/runbook', title: 'Runbook' }]),
      ).status,
    ).toBe('pass');
    expect(received.checks[0].evaluate(withLinks([])).status).toBe('fail');
  });
});
