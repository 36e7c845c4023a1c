import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { module, serviceFacts } from '../testing/facts';
import { scanFiles } from '../observability/testSupport';
import { resilienceChecks } from './resilience';
import { scanText } from '../../collectors/signals/SignalsCollector';
import { sloSignals } from '../../collectors/signals/definitions/slo';

const run = (id: string, facts: EntityFacts) =>
  resilienceChecks
    .find(c => c.id === id)!
    .evaluate(facts, { internalNpmScopes: [], installScriptAllowlist: [] });

const goServer = (deps: string[] = [], dir = '') =>
  module({
    ecosystem: 'go',
    dir,
    manifests: [dir ? `${dir}/go.mod` : 'go.mod'],
    isServer: true,
    serverFrameworks: ['net/http'],
    dependencies: deps.map(name => ({
      name,
      scope: 'runtime' as const,
      file: 'go.mod',
      line: 5,
    })),
  });

const facts = (
  modules: ReturnType<typeof module>[],
  files: Record<string, string>,
  extra: Partial<EntityFacts> = {},
) =>
  serviceFacts({
    modules,
    signals: scanFiles(files),
    configFiles: {},
    ...extra,
  });

const goodGoServer = `
srv := &http.Server{
\tAddr:              ":8080",
\tReadHeaderTimeout: 2 * time.Second,
}
client := &http.Client{Timeout: 2 * time.Second}
req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
`;

describe('slo.timeouts-configured', () => {
  it('passes a Go server with server and client timeouts', () => {
    const outcome = run(
      'slo.timeouts-configured',
      facts([goServer()], { 'cmd/api/main.go': goodGoServer }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[0]).toEqual({
      message: 'Timeout: `ReadHeaderTimeout: 2 * time.Second,`',
      file: 'cmd/api/main.go',
      line: 4,
    });
  });

  it('fails http.Get ignoring its context and a gin server without timeouts (003:L58)', () => {
    const outcome = run(
      'slo.timeouts-configured',
      facts([goServer(['github.com/gin-gonic/gin'])], {
        'main.go': 'r := gin.Default()\nr.Run(":" + port)\n',
        'parcelfast.go': 'resp, err := http.Get(url)\n',
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0]).toMatchObject({
      file: 'parcelfast.go',
      line: 1,
    });
    expect(outcome.evidence.map(e => e.message)).toContain(
      'No server timeout: set ReadHeaderTimeout/ReadTimeout/WriteTimeout on an http.Server (or wrap handlers in http.TimeoutHandler)',
    );
  });

  it('ignores test files', () => {
    const outcome = run(
      'slo.timeouts-configured',
      facts([goServer()], {
        'main.go': goodGoServer,
        'main_test.go': 'resp, _ := http.Get(ts.URL)',
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('fails a multi-line python requests call without timeout= and passes one with it', () => {
    const python = module({
      ecosystem: 'python',
      isServer: true,
      serverFrameworks: ['flask'],
    });
    const bad = run(
      'slo.timeouts-configured',
      facts([python], {
        'app.py': 'r = requests.post(\n    url,\n    json=body,\n)\n',
      }),
    );
    expect(bad.status).toBe('fail');
    expect(bad.evidence[0]).toMatchObject({ file: 'app.py', line: 1 });
    const good = run(
      'slo.timeouts-configured',
      facts([python], {
        'app.py': 'r = requests.post(\n    url,\n    timeout=5,\n)\n',
      }),
    );
    expect(good.status).toBe('pass');
  });

  it('passes Java client timeouts and fails a Node server without any', () => {
    const java = module({
      ecosystem: 'java',
      isServer: true,
      serverFrameworks: ['spring-boot-starter-web'],
    });
    expect(
      run(
        'slo.timeouts-configured',
        facts([java], {
          'src/main/resources/application.yml':
            'spring:\n  datasource:\n    hikari:\n      connection-timeout: 3000\n',
        }),
      ).status,
    ).toBe('pass');
    const node = module({
      ecosystem: 'node',
      isServer: true,
      serverFrameworks: ['express'],
    });
    const outcome = run(
      'slo.timeouts-configured',
      facts([node], { 'server.js': 'app.listen(3000);\n' }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toMatch(
      /No server or outbound timeout/,
    );
  });

  it('names the failing module when several servers are judged', () => {
    const outcome = run(
      'slo.timeouts-configured',
      facts([goServer([], 'api'), goServer([], 'worker')], {
        'api/main.go': goodGoServer,
        'worker/main.go': 'http.ListenAndServe(":9090", nil)\n',
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toMatch(/^worker\/go.mod: /);
  });

  it('is not applicable without server code', () => {
    const ui = module({ ecosystem: 'node' });
    expect(run('slo.timeouts-configured', facts([ui], {})).status).toBe(
      'not-applicable',
    );
  });
});

describe('slo.retries-and-circuit-breakers', () => {
  it('passes with gobreaker declared', () => {
    const outcome = run(
      'slo.retries-and-circuit-breakers',
      facts([goServer(['github.com/sony/gobreaker/v2'])], {
        'client.go':
          'resp, err := c.http.Do(req)\nreq, _ := http.NewRequestWithContext(ctx, "POST", u, b)\n',
      }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      evidence: [
        {
          message: '`github.com/sony/gobreaker/v2` declared',
          file: 'go.mod',
          line: 5,
        },
      ],
    });
  });

  it('fails outbound calls without a resilience library', () => {
    const python = module({
      ecosystem: 'python',
      isServer: true,
      serverFrameworks: ['django'],
    });
    const outcome = run(
      'slo.retries-and-circuit-breakers',
      facts([python], { 'reports/render.py': 'import httpx\n' }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[1]).toMatchObject({
      file: 'reports/render.py',
      line: 1,
    });
  });

  it('fails when spec.dependsOn lists dependencies even without client code', () => {
    const f = facts([goServer()], {});
    f.catalog.dependsOn = ['component:default/ledger'];
    const outcome = run('slo.retries-and-circuit-breakers', f);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[1].message).toMatch(/component:default\/ledger/);
  });

  it('accepts a dependency declared in a parent manifest but not an indirect one', () => {
    const parent = module({
      ecosystem: 'java',
      manifests: ['pom.xml'],
      dependencies: [
        {
          name: 'io.github.resilience4j:resilience4j-spring-boot3',
          scope: 'runtime',
          file: 'pom.xml',
        },
      ],
    });
    const child = module({
      ecosystem: 'java',
      dir: 'api',
      manifests: ['api/pom.xml'],
      isServer: true,
      serverFrameworks: ['web'],
    });
    const f = facts([parent, child], {
      'api/src/main/java/A.java': 'private final RestClient http;\n',
    });
    expect(run('slo.retries-and-circuit-breakers', f).status).toBe('pass');
    const indirect = goServer();
    indirect.dependencies = [
      {
        name: 'github.com/cenkalti/backoff/v4',
        scope: 'runtime',
        indirect: true,
        file: 'go.mod',
      },
    ];
    expect(
      run(
        'slo.retries-and-circuit-breakers',
        facts([indirect], { 'a.go': 'resp, err := http.Get(u)\n' }),
      ).status,
    ).toBe('fail');
  });

  it('is not applicable without outbound calls and with an empty dependsOn', () => {
    const rust = module({
      ecosystem: 'rust',
      isServer: true,
      serverFrameworks: ['axum'],
    });
    const outcome = run(
      'slo.retries-and-circuit-breakers',
      facts([rust], { 'src/main.rs': 'let app = Router::new();\n' }),
    );
    expect(outcome.status).toBe('not-applicable');
  });
});

describe('slo.dead-letter-queues', () => {
  const java = module({
    ecosystem: 'java',
    isServer: true,
    serverFrameworks: ['spring-boot-starter-web'],
    dependencies: [
      {
        name: 'org.springframework.kafka:spring-kafka',
        scope: 'runtime',
        file: 'pom.xml',
        line: 40,
      },
    ],
  });

  it('passes a Kafka consumer with @RetryableTopic/@DltHandler', () => {
    const outcome = run(
      'slo.dead-letter-queues',
      facts([java], {
        'src/main/java/Listener.java':
          '@RetryableTopic(attempts = "4")\n@KafkaListener(topics = "orders")\n',
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[0]).toMatchObject({
      file: 'src/main/java/Listener.java',
      line: 1,
    });
  });

  it('passes an SQS consumer with a Terraform redrive_policy anywhere in the repository', () => {
    const python = module({
      ecosystem: 'python',
      isServer: true,
      serverFrameworks: ['fastapi'],
    });
    const outcome = run(
      'slo.dead-letter-queues',
      facts([python], {
        'src/app/feedback.py':
          'resp = await sqs.receive_message(QueueUrl=url)\n',
        'deploy/terraform/sqs.tf': '  redrive_policy = jsonencode({\n',
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('fails a consumer without a dead-letter queue', () => {
    const outcome = run(
      'slo.dead-letter-queues',
      facts([java], {
        'src/main/java/com/acme/OrderListener.java':
          'class OrderListener {\n  @KafkaListener(topics = "orders")\n  void on(String order) {}\n}\n',
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[1]).toMatchObject({
      file: 'src/main/java/com/acme/OrderListener.java',
      line: 2,
    });
    expect(outcome.evidence[1].message).toContain('@KafkaListener');
  });

  it('is not applicable to a service that only produces to Kafka', () => {
    const outcome = run(
      'slo.dead-letter-queues',
      facts([java], {
        'src/main/java/com/acme/OrderEvents.java':
          'class OrderEvents {\n  void placed(Order o) { kafkaTemplate.send("orders", o); }\n}\n',
      }),
    );
    expect(outcome.status).toBe('not-applicable');
  });

  it.each([
    [
      'go',
      'main.go',
      'r := kafka.NewReader(kafka.ReaderConfig{Topic: "orders"})',
    ],
    [
      'node',
      'src/worker.ts',
      "const consumer = kafka.consumer({ groupId: 'orders' });",
    ],
    [
      'python',
      'app/worker.py',
      'consumer = KafkaConsumer("orders", group_id="billing")',
    ],
  ])('recognises a %s consumer', (_ecosystem, file, line) => {
    expect(
      scanText(file, `${line}\n`, sloSignals).map(m => m.signal),
    ).toContain('slo.queue-consumer');
  });

  it('is not applicable without a Kafka, SQS or RabbitMQ consumer (boto3 for S3 only)', () => {
    const python = module({
      ecosystem: 'python',
      isServer: true,
      serverFrameworks: ['django'],
      dependencies: [
        { name: 'boto3', scope: 'runtime', file: 'pyproject.toml' },
      ],
    });
    const outcome = run(
      'slo.dead-letter-queues',
      facts([python], { 'storage.py': '_s3 = boto3.client("s3")\n' }),
    );
    expect(outcome.status).toBe('not-applicable');
  });
});
