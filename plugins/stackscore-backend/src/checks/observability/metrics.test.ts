import type {
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { module, serviceFacts } from '../testing/facts';
import { dockerfile, scanFiles, stage } from './testSupport';
import { metricsChecks } from './metrics';

const run = (id: string, facts: EntityFacts) =>
  metricsChecks
    .find(c => c.id === id)!
    .evaluate(facts, { internalNpmScopes: [], installScriptAllowlist: [] });

const server = (ecosystem: ModuleFacts['ecosystem'], deps: string[]) =>
  module({
    ecosystem,
    isServer: true,
    serverFrameworks: ['framework'],
    dependencies: deps.map((name, i) => ({
      name,
      scope: 'runtime' as const,
      file: 'manifest',
      line: i + 1,
    })),
  });

const facts = (
  modules: ModuleFacts[],
  files: Record<string, string> = {},
  extra: Partial<EntityFacts> = {},
) => serviceFacts({ modules, signals: scanFiles(files), ...extra });

describe('observability.prometheus-metrics', () => {
  it('passes Go with client_golang and promhttp.Handler()', () => {
    const outcome = run(
      'observability.prometheus-metrics',
      facts([server('go', ['github.com/prometheus/client_golang'])], {
        'server.go': 'mux.Handle("GET /metrics", promhttp.Handler())\n',
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('fails Go with the client but no handler, and a Java registry without Actuator', () => {
    expect(
      run(
        'observability.prometheus-metrics',
        facts([server('go', ['github.com/prometheus/client_golang'])]),
      ).status,
    ).toBe('fail');
    expect(
      run(
        'observability.prometheus-metrics',
        facts([
          server('java', ['io.micrometer:micrometer-registry-prometheus']),
        ]),
      ).status,
    ).toBe('fail');
  });

  it('passes Java with Actuator and the Prometheus registry, and django-prometheus', () => {
    const java = server('java', [
      'org.springframework.boot:spring-boot-starter-actuator',
      'io.micrometer:micrometer-registry-prometheus',
    ]);
    expect(run('observability.prometheus-metrics', facts([java])).status).toBe(
      'pass',
    );
    expect(
      run(
        'observability.prometheus-metrics',
        facts([server('python', ['django-prometheus'])]),
      ).status,
    ).toBe('pass');
  });

  it('fails without a Prometheus client', () => {
    expect(
      run(
        'observability.prometheus-metrics',
        facts([server('node', ['express'])]),
      ).status,
    ).toBe('fail');
  });
});

describe('observability.red-metrics', () => {
  it('passes with a request duration histogram in code', () => {
    const outcome = run(
      'observability.red-metrics',
      facts([server('node', ['prom-client'])], {
        'src/metrics.ts':
          "  name: 'http_requests_total',\n  name: 'http_request_duration_seconds',\n",
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toHaveLength(2);
  });

  it('fails with only an upstream-fetch histogram (and an SLO on ingress metrics)', () => {
    const outcome = run(
      'observability.red-metrics',
      facts([server('go', ['github.com/prometheus/client_golang'])], {
        'provider.go': 'Name: "fxrates_upstream_fetch_duration_seconds",\n',
        'slos/fx.yaml':
          'total_query: sum(rate(nginx_ingress_controller_request_duration_seconds_count[5m]))\n',
      }),
    );
    expect(outcome.status).toBe('fail');
  });

  it('passes Java with Actuator and a Micrometer registry (http.server.requests)', () => {
    const java = server('java', [
      'org.springframework.boot:spring-boot-starter-actuator',
      'io.micrometer:micrometer-registry-prometheus',
    ]);
    expect(run('observability.red-metrics', facts([java])).status).toBe('pass');
  });
});

describe('observability.health-endpoint', () => {
  it('passes with a /ping route and shows the HEALTHCHECK', () => {
    const outcome = run(
      'observability.health-endpoint',
      facts(
        [server('go', ['github.com/gin-gonic/gin'])],
        {
          'main.go':
            'r.GET("/ping", func(c *gin.Context) { c.String(200, "pong") })\n',
        },
        {
          dockerfiles: [
            dockerfile(
              'Dockerfile',
              stage({
                healthcheck: { value: 'CMD ["/app", "healthcheck"]', line: 9 },
              }),
            ),
          ],
        },
      ),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[1]).toEqual({
      message: 'HEALTHCHECK CMD ["/app", "healthcheck"]',
      file: 'Dockerfile',
      line: 9,
    });
  });

  it('passes Java with Actuator', () => {
    expect(
      run(
        'observability.health-endpoint',
        facts([
          server('java', [
            'org.springframework.boot:spring-boot-starter-actuator',
          ]),
        ]),
      ).status,
    ).toBe('pass');
  });

  it('fails without a health route', () => {
    expect(
      run(
        'observability.health-endpoint',
        facts([server('node', ['express'])], {
          'server.js': "app.get('/orders', list);\n",
        }),
      ).status,
    ).toBe('fail');
  });
});

describe('observability.consumer-lag-monitored', () => {
  const kafka = server('java', ['org.springframework.kafka:spring-kafka']);

  it('passes with a kafka_consumergroup_lag alert', () => {
    const outcome = run(
      'observability.consumer-lag-monitored',
      facts([kafka], {
        'deploy/alerts.yaml':
          '          expr: sum(kafka_consumergroup_lag{consumergroup="ledger"}) > 1000\n',
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('passes with the consumer-groups annotation', () => {
    const f = facts([kafka]);
    f.catalog.annotations = {
      'kafka.apache.org/consumer-groups': 'events/ledger',
    };
    expect(run('observability.consumer-lag-monitored', f).status).toBe('pass');
  });

  it('fails a Kafka client without lag monitoring', () => {
    expect(
      run('observability.consumer-lag-monitored', facts([kafka])).status,
    ).toBe('fail');
  });

  it('is not applicable without a Kafka client (an SQS consumer)', () => {
    expect(
      run(
        'observability.consumer-lag-monitored',
        facts([server('python', ['aiobotocore'])]),
      ).status,
    ).toBe('not-applicable');
  });
});
