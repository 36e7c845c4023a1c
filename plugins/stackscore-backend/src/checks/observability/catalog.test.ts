import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { serviceFacts } from '../testing/facts';
import { scanFiles } from './testSupport';
import { catalogChecks } from './catalog';

const run = (id: string, facts: EntityFacts) =>
  catalogChecks
    .find(c => c.id === id)!
    .evaluate(facts, { internalNpmScopes: [], installScriptAllowlist: [] });

const withCatalog = (
  catalog: Partial<EntityFacts['catalog']>,
  extra: Partial<EntityFacts> = {},
) => {
  const facts = serviceFacts(extra);
  facts.catalog = { ...facts.catalog, ...catalog };
  return facts;
};

describe('catalog-based checks', () => {
  it('declare themselves judgeable without a source where they can be', () => {
    for (const check of catalogChecks) expect(check.needsSource).toBe(false);
  });

  describe('observability.dashboard-linked', () => {
    it('passes with a Grafana annotation or link', () => {
      expect(
        run(
          'observability.dashboard-linked',
          withCatalog({
            annotations: { 'grafana/overview-dashboard': 'https://g/d/x' },
          }),
        ).status,
      ).toBe('pass');
      const outcome = run(
        'observability.dashboard-linked',
        withCatalog({
          links: [{ url: 'https://grafana.example/d/x', title: 'Overview' }],
        }),
      );
      expect(outcome.evidence[0].message).toBe(
        'Link "Overview" https://grafana.example/d/x',
      );
    });

    it('passes with dashboards as code', () => {
      expect(
        run(
          'observability.dashboard-linked',
          withCatalog({}, { files: ['deploy/dashboards/api.json'] }),
        ).status,
      ).toBe('pass');
    });

    it('fails without any dashboard, and is not applicable without source or link', () => {
      expect(
        run(
          'observability.dashboard-linked',
          withCatalog({
            links: [{ url: 'https://runbooks/x', title: 'Runbook' }],
          }),
        ).status,
      ).toBe('fail');
      expect(
        run(
          'observability.dashboard-linked',
          withCatalog({}, { source: { available: false } }),
        ).status,
      ).toBe('not-applicable');
    });
  });

  describe('observability.alerting-on-call', () => {
    it('passes with PagerDuty and a PrometheusRule', () => {
      const facts = withCatalog(
        { annotations: { 'pagerduty.com/service-id': 'P1' } },
        {
          signals: scanFiles({
            'deploy/alerts.yaml': 'kind: PrometheusRule\n',
          }),
        },
      );
      expect(run('observability.alerting-on-call', facts).status).toBe('pass');
    });

    it('passes with Opsgenie and a Pyrra spec', () => {
      const facts = withCatalog(
        { annotations: { 'opsgenie.com/team': 'data' } },
        {
          slo: [
            { format: 'pyrra', file: 'slos/a.yaml', slos: [], warnings: [] },
          ],
        },
      );
      expect(run('observability.alerting-on-call', facts).status).toBe('pass');
    });

    it('fails without an on-call annotation (even without a source) or without alert rules', () => {
      expect(
        run(
          'observability.alerting-on-call',
          withCatalog({}, { source: { available: false } }),
        ).status,
      ).toBe('fail');
      const outcome = run(
        'observability.alerting-on-call',
        withCatalog({ annotations: { 'pagerduty.com/service-id': 'P1' } }),
      );
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence[1].message).toMatch(/No alert rule/);
    });

    it('is not applicable when the rules cannot be looked for', () => {
      const facts = withCatalog(
        { annotations: { 'pagerduty.com/service-id': 'P1' } },
        { source: { available: false } },
      );
      expect(run('observability.alerting-on-call', facts).status).toBe(
        'not-applicable',
      );
    });
  });

  describe('observability.ownership-declared', () => {
    it('passes with a group owner and a system', () => {
      expect(
        run('observability.ownership-declared', withCatalog({})).evidence,
      ).toEqual([
        { message: 'Owned by group:default/payments' },
        { message: 'Part of system:default/checkout' },
      ]);
    });

    it('fails a user owner, a missing owner and a missing system', () => {
      expect(
        run(
          'observability.ownership-declared',
          withCatalog({ owner: 'user:default/priya-nair' }),
        ).status,
      ).toBe('fail');
      const outcome = run(
        'observability.ownership-declared',
        withCatalog({ owner: undefined, system: undefined }),
      );
      expect(outcome.evidence.map(e => e.message)).toEqual([
        'spec.owner is missing',
        'spec.system is not set',
      ]);
    });
  });
});
