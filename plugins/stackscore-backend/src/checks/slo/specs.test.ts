import type {
  EntityFacts,
  Slo,
  SloSpec,
} from '@stackscore/plugin-stackscore-common';
import { serviceFacts } from '../testing/facts';
import { sloSpecChecks } from './specs';

const check = (id: string) => sloSpecChecks.find(c => c.id === id)!;
const run = (id: string, facts: EntityFacts) =>
  check(id).evaluate(facts, {
    internalNpmScopes: [],
    installScriptAllowlist: [],
  });

const slo = (overrides: Partial<Slo> = {}): Slo => ({
  name: 'place-order-availability',
  journey: 'place-order',
  sliType: 'availability',
  objective: 99.9,
  queries: [
    'sum(rate(http_requests_total{code!~"5.."}[5m]))',
    'sum(rate(http_requests_total[5m]))',
  ],
  ...overrides,
});

const latency = (overrides: Partial<Slo> = {}): Slo =>
  slo({
    name: 'place-order-latency',
    sliType: 'latency',
    objective: 99,
    threshold: '200ms',
    queries: ['http_server_request_duration_seconds'],
    ...overrides,
  });

const spec = (overrides: Partial<SloSpec> = {}): SloSpec => ({
  format: 'stackscore',
  file: 'slo.yaml',
  generator: 'sloth',
  window: '30d',
  slos: [slo(), latency()],
  warnings: [],
  ...overrides,
});

const withSlo = (specs: SloSpec[], overrides: Partial<EntityFacts> = {}) =>
  serviceFacts({ slo: specs, ...overrides });

describe('slo spec checks', () => {
  describe('slo.defined', () => {
    it('passes with a parseable SLO file', () => {
      const outcome = run('slo.defined', withSlo([spec()]));
      expect(outcome.status).toBe('pass');
      expect(outcome.evidence[0]).toEqual({
        message: 'SLO file slo.yaml declares 2 SLO(s)',
        file: 'slo.yaml',
      });
    });

    it('fails without any SLO source', () => {
      const outcome = run('slo.defined', withSlo([]));
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence[0].message).toMatch(/No SLO found/);
    });

    it('is an error with the parse message when the only source is unparseable', () => {
      const facts = withSlo([], {
        errors: [
          {
            collector: 'slo',
            file: 'slo.yaml',
            message: 'bad indentation at line 4',
          },
        ],
      });
      const outcome = run('slo.defined', facts);
      expect(outcome.status).toBe('error');
      expect(outcome.evidence[0]).toEqual({
        message:
          'Could not parse SLO source slo.yaml: bad indentation at line 4',
        file: 'slo.yaml',
      });
    });

    it('passes when one source parses and another does not', () => {
      const facts = withSlo([spec()], {
        errors: [
          { collector: 'slo', file: 'slos/broken.yaml', message: 'oops' },
        ],
      });
      expect(run('slo.defined', facts).status).toBe('pass');
    });
  });

  describe('slo.objective-target-and-window', () => {
    it('passes with a target below 100 and a window, and uses the Sloth default', () => {
      const sloth = spec({
        format: 'sloth',
        file: 'slos/a.yaml',
        window: undefined,
      });
      const outcome = run('slo.objective-target-and-window', withSlo([sloth]));
      expect(outcome.status).toBe('pass');
      expect(outcome.evidence[0].message).toMatch(
        /targets 99.9% over 30d \(tool default\)/,
      );
    });

    it('fails a 100% target', () => {
      const outcome = run(
        'slo.objective-target-and-window',
        withSlo([spec({ slos: [slo({ objective: 100 })] })]),
      );
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence[0].message).toMatch(/objective 100/);
    });

    it('fails a missing target and a missing window where the format has no default', () => {
      const pyrra = spec({
        format: 'pyrra',
        window: undefined,
        slos: [slo({ objective: undefined })],
      });
      const outcome = run('slo.objective-target-and-window', withSlo([pyrra]));
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence.map(e => e.message)).toEqual([
        expect.stringMatching(/no numeric objective/),
        expect.stringMatching(/no window/),
      ]);
    });

    it('fails an unreadable or too short window', () => {
      expect(
        run(
          'slo.objective-target-and-window',
          withSlo([spec({ window: 'monthly' })]),
        ).status,
      ).toBe('fail');
      expect(
        run(
          'slo.objective-target-and-window',
          withSlo([spec({ window: '1d' })]),
        ).status,
      ).toBe('fail');
      expect(
        run(
          'slo.objective-target-and-window',
          withSlo([spec({ window: '4w' })]),
        ).status,
      ).toBe('pass');
    });

    it('fails when there is no SLO', () => {
      expect(run('slo.objective-target-and-window', withSlo([])).status).toBe(
        'fail',
      );
    });
  });

  describe('slo.sli-availability-or-error-rate', () => {
    it('passes with an availability SLI', () => {
      expect(
        run('slo.sli-availability-or-error-rate', withSlo([spec()])).status,
      ).toBe('pass');
    });

    it('passes with a Sloth error_query/total_query ratio', () => {
      const sloth = spec({
        format: 'sloth',
        slos: [slo({ sliType: 'unknown' })],
      });
      expect(
        run('slo.sli-availability-or-error-rate', withSlo([sloth])).status,
      ).toBe('pass');
    });

    it('fails with latency SLIs only', () => {
      const outcome = run(
        'slo.sli-availability-or-error-rate',
        withSlo([spec({ slos: [latency()] })]),
      );
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence[0].message).toMatch(
        /place-order-latency: latency/,
      );
    });
  });

  describe('slo.sli-latency-tail', () => {
    it('passes with a 99% latency threshold', () => {
      const outcome = run('slo.sli-latency-tail', withSlo([spec()]));
      expect(outcome.status).toBe('pass');
      expect(outcome.evidence[0].message).toMatch(
        /under 200ms for 99% of requests/,
      );
    });

    it('recognises a Sloth latency ratio built on histogram buckets', () => {
      const bucket = slo({
        name: 'requests-latency',
        sliType: 'unknown',
        objective: 99,
        queries: [
          'sum(rate(x_count[{{.window}}])) - sum(rate(x_bucket{le="0.25"}[{{.window}}]))',
          'sum(rate(x_count[{{.window}}]))',
        ],
      });
      expect(
        run(
          'slo.sli-latency-tail',
          withSlo([spec({ format: 'sloth', slos: [slo(), bucket] })]),
        ).status,
      ).toBe('pass');
    });

    it('fails average-based latency', () => {
      const average = latency({
        queries: ['sum(rate(x_sum[5m])) / sum(rate(x_count[5m]))'],
      });
      const outcome = run(
        'slo.sli-latency-tail',
        withSlo([spec({ slos: [slo(), average] })]),
      );
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence[0].message).toMatch(/average- or median-based/);
    });

    it('fails a median objective and a missing latency SLI', () => {
      expect(
        run(
          'slo.sli-latency-tail',
          withSlo([spec({ slos: [latency({ objective: 50 })] })]),
        ).status,
      ).toBe('fail');
      const outcome = run(
        'slo.sli-latency-tail',
        withSlo([spec({ slos: [slo()] })]),
      );
      expect(outcome).toEqual({
        status: 'fail',
        evidence: [{ message: 'No latency SLI is defined' }],
      });
    });
  });

  describe('slo.critical-journeys-covered', () => {
    const annotated = (journeys: string, apis: string[] = []) => ({
      annotations: { 'stackscore.io/critical-journeys': journeys },
      providesApis: apis,
    });

    it('passes when every journey and API has availability and latency SLOs', () => {
      const facts = withSlo([
        spec({
          slos: [
            slo(),
            latency(),
            slo({ name: 'v1-a', journey: 'checkout-v1' }),
            latency({ name: 'v1-l', journey: 'checkout-v1' }),
          ],
        }),
      ]);
      facts.catalog = {
        ...facts.catalog,
        ...annotated('place-order', ['api:default/checkout-v1']),
      };
      expect(run('slo.critical-journeys-covered', facts).status).toBe('pass');
    });

    it('fails when a provided API has no SLO naming it', () => {
      const facts = withSlo([spec()]);
      facts.catalog = {
        ...facts.catalog,
        ...annotated('place-order', ['api:default/fx-rates']),
      };
      const outcome = run('slo.critical-journeys-covered', facts);
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence).toEqual([
        {
          message:
            'provided API `fx-rates` has no availability or latency SLO naming it as its journey',
        },
      ]);
    });

    it('fails when a declared journey lacks a latency SLO', () => {
      const facts = withSlo([spec({ slos: [slo()] })]);
      facts.catalog = { ...facts.catalog, ...annotated('place-order, search') };
      const outcome = run('slo.critical-journeys-covered', facts);
      expect(outcome.evidence.map(e => e.message)).toEqual([
        'critical journey `place-order` has no latency SLO naming it as its journey',
        'critical journey `search` has no availability or latency SLO naming it as its journey',
      ]);
    });
  });

  describe('slo.error-budget-policy', () => {
    it('passes with a policy in the file and shows the computed budget (99.9%/30d = 43.2 min)', () => {
      const outcome = run(
        'slo.error-budget-policy',
        withSlo([spec({ errorBudgetPolicy: 'https://wiki/policy' })]),
      );
      expect(outcome.status).toBe('pass');
      expect(outcome.evidence.map(e => e.message)).toContain(
        'SLO `place-order-availability` (SLO file slo.yaml) error budget: 43.2 min per 30d at 99.9%',
      );
    });

    it('passes with the annotation', () => {
      const facts = withSlo([spec({ format: 'sloth', window: undefined })]);
      facts.catalog.annotations = {
        'stackscore.io/error-budget-policy': 'https://wiki/policy',
      };
      const outcome = run('slo.error-budget-policy', facts);
      expect(outcome.status).toBe('pass');
      expect(outcome.evidence[0].message).toBe(
        'Annotation stackscore.io/error-budget-policy: https://wiki/policy',
      );
      expect(outcome.evidence[2].message).toMatch(/7.2 h per 30d at 99%/);
    });

    it('fails without a policy but still shows the budget', () => {
      const outcome = run('slo.error-budget-policy', withSlo([spec()]));
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence[1].message).toMatch(/43.2 min/);
    });
  });

  describe('slo.generated-rules', () => {
    it('passes for Sloth and Pyrra specs and generator: sloth', () => {
      expect(
        run(
          'slo.generated-rules',
          withSlo([spec({ format: 'pyrra', generator: undefined })]),
        ).status,
      ).toBe('pass');
      expect(run('slo.generated-rules', withSlo([spec()])).status).toBe('pass');
    });

    it('fails for generator: none and annotation-only SLOs', () => {
      const none = run(
        'slo.generated-rules',
        withSlo([spec({ generator: 'none' })]),
      );
      expect(none.status).toBe('fail');
      expect(none.evidence[0].message).toMatch(/generator: none/);
      const annotations = run(
        'slo.generated-rules',
        withSlo([
          spec({
            format: 'annotations',
            file: undefined,
            generator: undefined,
          }),
        ]),
      );
      expect(annotations.evidence[0].message).toMatch(/only as annotations/);
    });
  });

  describe('slo.alerts-routed-to-oncall', () => {
    it('passes with an on-call annotation and paging enabled', () => {
      const facts = withSlo([spec()]);
      facts.catalog.annotations = { 'pagerduty.com/service-id': 'P123' };
      expect(run('slo.alerts-routed-to-oncall', facts).status).toBe('pass');
    });

    it('fails when paging is disabled', () => {
      const facts = withSlo([spec({ slos: [slo({ pagingDisabled: true })] })]);
      facts.catalog.annotations = { 'opsgenie.com/team': 'data' };
      const outcome = run('slo.alerts-routed-to-oncall', facts);
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence[0].message).toMatch(/paging disabled/);
    });

    it('fails without an on-call annotation', () => {
      const outcome = run('slo.alerts-routed-to-oncall', withSlo([spec()]));
      expect(outcome.status).toBe('fail');
      expect(outcome.evidence[0].message).toMatch(/No on-call annotation/);
    });
  });
});
