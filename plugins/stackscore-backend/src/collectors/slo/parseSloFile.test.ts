import fc from 'fast-check';
import { emptyFacts } from '../collectFacts';
import { readAnnotationSpec } from './formats';
import { parseSloFile } from './parseSloFile';
import { SloCollector } from './SloCollector';
import { catalogFacts, memoryContext } from '../testing';

const ours = `apiVersion: stackscore.io/v1alpha1
kind: ServiceLevelObjectives
service: checkout-api
owner: group:default/payments
generator: sloth
window: 30d
errorBudgetPolicy:
  url: https://wiki.example.com/payments/error-budget-policy
  onExhaustion: freeze-features
alerting: { pageTo: pagerduty }
slos:
  - name: place-order-availability
    journey: place-order
    sli: { type: availability, good: 'sum(rate(http_requests_total{code!~"5.."}[5m]))', total: 'sum(rate(http_requests_total[5m]))' }
    objective: 99.9
  - name: place-order-latency
    journey: place-order
    sli: { type: latency, threshold: 200ms, histogram: 'http_server_request_duration_seconds' }
    objective: 99.9
`;

const sloth = `version: "prometheus/v1"
service: "checkout-api"
labels:
  owner: payments
slos:
  - name: "requests-availability"
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total{job="checkout"}[{{.window}}]))
    alerting:
      page_alert:
        disable: true
  - name: "requests-fast"
    objective: 99
    sli:
      raw:
        error_ratio_query: |
          1 - (sum(rate(http_request_duration_seconds_bucket{le="0.3"}[{{.window}}]))
          / sum(rate(http_request_duration_seconds_count[{{.window}}])))
`;

const pyrra = `apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: checkout-errors
spec:
  target: "99.5"
  window: 4w
  indicator:
    ratio:
      errors:
        metric: http_requests_total{job="checkout",code=~"5.."}
      total:
        metric: http_requests_total{job="checkout"}
---
apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: checkout-latency
spec:
  target: "99"
  indicator:
    latency:
      success:
        metric: http_request_duration_seconds_bucket{job="checkout",le="0.5"}
      total:
        metric: http_request_duration_seconds_count{job="checkout"}
  alerting:
    disabled: true
`;

describe('parseSloFile', () => {
  it('reads our format', () => {
    const read = parseSloFile(
      'slo.yaml',
      ours,
      true,
      catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
    );
    expect(read.errors).toEqual([]);
    expect(read.specs).toHaveLength(1);
    const [spec] = read.specs;
    expect(spec).toMatchObject({
      format: 'stackscore',
      service: 'checkout-api',
      generator: 'sloth',
      window: '30d',
      errorBudgetPolicy:
        'https://wiki.example.com/payments/error-budget-policy',
      pageTo: 'pagerduty',
      warnings: [],
    });
    expect(spec.slos[0]).toMatchObject({
      name: 'place-order-availability',
      journey: 'place-order',
      sliType: 'availability',
      objective: 99.9,
      window: '30d',
    });
    expect(spec.slos[0].queries).toHaveLength(2);
    expect(spec.slos[1]).toMatchObject({
      sliType: 'latency',
      threshold: '200ms',
      queries: ['http_server_request_duration_seconds'],
    });
  });

  it('reads Sloth with its default 30d window, latency by bucket, paging disabled', () => {
    const read = parseSloFile(
      'sloth/checkout.yaml',
      sloth,
      false,
      catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
    );
    expect(read.errors).toEqual([]);
    const [spec] = read.specs;
    expect(spec).toMatchObject({
      format: 'sloth',
      service: 'checkout-api',
      generator: 'sloth',
      window: '30d',
    });
    expect(spec.slos[0]).toMatchObject({
      name: 'requests-availability',
      sliType: 'availability',
      objective: 99.9,
      window: '30d',
      pagingDisabled: true,
    });
    expect(spec.slos[0].queries).toHaveLength(2);
    expect(spec.slos[1]).toMatchObject({
      sliType: 'latency',
      threshold: '0.3s',
      objective: 99,
    });
  });

  it('reads the Sloth custom resource with camelCase fields', () => {
    const read = parseSloFile(
      'k8s/slo.yaml',
      `apiVersion: sloth.slok.dev/v1
kind: PrometheusServiceLevel
metadata: { name: checkout }
spec:
  service: checkout-api
  slos:
    - name: errors
      objective: 99.95
      sli: { events: { errorQuery: 'a', totalQuery: 'b' } }
      alerting: { pageAlert: { disable: false } }
`,
      false,
      catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
    );
    expect(read.specs[0].slos[0]).toMatchObject({
      sliType: 'availability',
      objective: 99.95,
      queries: ['a', 'b'],
      pagingDisabled: undefined,
    });
  });

  it('reads multi-document Pyrra files with string targets into one spec', () => {
    const read = parseSloFile(
      'monitoring/slo.yaml',
      pyrra,
      false,
      catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
    );
    expect(read.errors).toEqual([]);
    expect(read.specs).toHaveLength(1);
    const [spec] = read.specs;
    expect(spec.format).toBe('pyrra');
    expect(spec.slos[0]).toMatchObject({
      name: 'checkout-errors',
      sliType: 'availability',
      objective: 99.5,
      window: '4w',
    });
    expect(spec.slos[1]).toMatchObject({
      sliType: 'latency',
      objective: 99,
      window: undefined,
      threshold: '0.5s',
      pagingDisabled: true,
    });
    expect(spec.warnings).toEqual([
      "SLO 'checkout-latency': Pyrra requires spec.window",
    ]);
  });

  it('records unusable specs as errors and keeps what it read', () => {
    const noObjective = parseSloFile(
      'slo.yaml',
      'service: checkout-api\nslos:\n  - name: a\n    sli: { type: availability, good: g, total: t }\n',
      true,
      catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
    );
    expect(noObjective.errors).toEqual(["SLO 'a' has no numeric objective"]);
    expect(noObjective.specs[0].slos).toHaveLength(1);
    expect(
      parseSloFile(
        'slo.yaml',
        'slos: [',
        true,
        catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
      ).errors[0],
    ).toMatch(/^not valid YAML/);
    expect(
      parseSloFile(
        'slo.yaml',
        'service: x\n',
        true,
        catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
      ).errors,
    ).toEqual(['no SLOs under slos:']);
    expect(
      parseSloFile(
        'slo.yaml',
        '',
        true,
        catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
      ).errors,
    ).toEqual(['no SLO definition found']);
  });

  it('warns on soft problems', () => {
    const read = parseSloFile(
      'slo.yaml',
      'service: other\nowner: team-x\nwindow: 120d\nslos:\n  - name: Bad_Name\n    objective: 85\n    sli: { type: latency }\n',
      true,
      catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
    );
    expect(read.errors).toEqual([]);
    expect(read.specs[0].warnings).toEqual([
      "service 'other' does not match the entity name 'checkout-api'",
      "owner 'team-x' does not match the entity owner 'group:default/payments'",
      "SLO 'Bad_Name': objective 85 is outside the usual 90–99.99 range",
      "SLO name 'Bad_Name' is not kebab-case",
      "SLO 'Bad_Name': window '120d' is outside 7d–90d",
      "SLO 'Bad_Name': needs sli.threshold such as 200ms",
      "SLO 'Bad_Name': needs sli.histogram",
    ]);
  });

  it('ignores unrelated YAML outside our locations', () => {
    expect(
      parseSloFile(
        'deploy/values.yaml',
        'replicas: 3\n',
        false,
        catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
      ),
    ).toEqual({ specs: [], errors: [] });
    expect(
      parseSloFile(
        'deploy/broken.yaml',
        'a: [',
        false,
        catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
      ),
    ).toEqual({ specs: [], errors: [] });
  });
});

describe('readAnnotationSpec', () => {
  it('reads the annotation alternative', () => {
    const read = readAnnotationSpec(
      catalogFacts({
        name: 'checkout-api',
        owner: 'group:default/payments',
        annotations: {
          'stackscore.io/slo-availability': '99.9',
          'stackscore.io/slo-latency': 'p99<200ms',
          'stackscore.io/slo-error-rate': '<0.1%',
          'stackscore.io/slo-window': '28d',
          'stackscore.io/error-budget-policy': 'https://wiki/ebp',
        },
      }),
    );
    expect(read?.errors).toEqual([]);
    expect(read?.spec).toMatchObject({
      format: 'annotations',
      window: '28d',
      errorBudgetPolicy: 'https://wiki/ebp',
      slos: [
        { sliType: 'availability', objective: 99.9, window: '28d' },
        { sliType: 'latency', objective: 99, threshold: '200ms' },
        { sliType: 'error-rate', objective: 99.9 },
      ],
    });
  });

  it('is absent without SLO annotations and reports unreadable values', () => {
    expect(
      readAnnotationSpec(
        catalogFacts({ name: 'checkout-api', owner: 'group:default/payments' }),
      ),
    ).toBeUndefined();
    const read = readAnnotationSpec(
      catalogFacts({
        name: 'checkout-api',
        owner: 'group:default/payments',
        annotations: { 'stackscore.io/slo-latency': 'fast' },
      }),
    );
    expect(read?.errors).toEqual([
      "stackscore.io/slo-latency 'fast' is not like p99<200ms",
    ]);
    expect(read?.spec.slos[0].sliType).toBe('latency');
  });
});

describe('SloCollector', () => {
  it('finds our file, Sloth and Pyrra specs and the annotations', async () => {
    const facts = emptyFacts(
      catalogFacts({
        name: 'checkout-api',
        owner: 'group:default/payments',
        annotations: { 'stackscore.io/slo-availability': '99.5' },
      }),
    );
    await new SloCollector().collect(
      memoryContext({
        'slo.yaml': ours,
        'sloth/checkout.yml': sloth,
        'deploy/pyrra.yaml': pyrra,
        'deploy/values.yaml': 'image: x',
        'helm/chart/templates/slo.yaml': 'target: {{ .Values.target }}',
        'src/config.yaml': 'slos: []',
      }),
      facts,
    );
    expect(facts.slo.map(s => [s.format, s.file])).toEqual([
      ['pyrra', 'deploy/pyrra.yaml'],
      ['stackscore', 'slo.yaml'],
      ['sloth', 'sloth/checkout.yml'],
      ['annotations', undefined],
    ]);
    expect(facts.errors).toEqual([]);
  });

  it('follows the slo-file annotation and reports a missing file', async () => {
    const facts = emptyFacts(
      catalogFacts({
        name: 'checkout-api',
        owner: 'group:default/payments',
        annotations: { 'stackscore.io/slo-file': './ops/slo-objectives.yaml' },
      }),
    );
    await new SloCollector().collect(
      memoryContext({ 'ops/slo-objectives.yaml': ours, 'slo.yaml': 'x: [' }),
      facts,
    );
    expect(facts.slo.map(s => s.file)).toEqual(['ops/slo-objectives.yaml']);
    expect(facts.errors).toEqual([]);

    const missing = emptyFacts(
      catalogFacts({
        name: 'checkout-api',
        owner: 'group:default/payments',
        annotations: { 'stackscore.io/slo-file': 'ops/none.yaml' },
      }),
    );
    await new SloCollector().collect(memoryContext({}), missing);
    expect(missing.errors[0]).toMatchObject({
      collector: 'slo',
      file: 'ops/none.yaml',
    });
  });
});

describe('SLO parser properties', () => {
  const fixtures = [ours, sloth, pyrra];

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.boolean(),
        (text, own) => {
          const read = parseSloFile(
            'slo.yaml',
            text,
            own,
            catalogFacts({
              name: 'checkout-api',
              owner: 'group:default/payments',
            }),
          );
          expect(Array.isArray(read.specs)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of valid specs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(
          fc.tuple(
            fc.nat({ max: 2000 }),
            fc.constantFrom(':', '-', ' ', '\n', '"', '[', '{', '%', '*'),
            fc.boolean(),
          ),
          { maxLength: 10 },
        ),
        (fixture, edits) => {
          let text = fixture;
          for (const [at, char, replace] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + char + text.slice(i + (replace ? 1 : 0));
          }
          const read = parseSloFile(
            'slo.yaml',
            text,
            true,
            catalogFacts({
              name: 'checkout-api',
              owner: 'group:default/payments',
            }),
          );
          for (const spec of read.specs) {
            expect(Array.isArray(spec.slos)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary annotations', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        (a, l, e) => {
          const read = readAnnotationSpec(
            catalogFacts({
              name: 'checkout-api',
              owner: 'group:default/payments',
              annotations: {
                'stackscore.io/slo-availability': a,
                'stackscore.io/slo-latency': l,
                'stackscore.io/slo-error-rate': e,
              },
            }),
          );
          expect(read?.spec.slos).toHaveLength(3);
        },
      ),
      { numRuns: 500 },
    );
  });
});
