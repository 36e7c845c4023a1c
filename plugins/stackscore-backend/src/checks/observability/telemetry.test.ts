import type {
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { module, serviceFacts } from '../testing/facts';
import { dockerfile, scanFiles, stage } from './testSupport';
import { telemetryChecks } from './telemetry';

const run = (id: string, facts: EntityFacts) =>
  telemetryChecks
    .find(c => c.id === id)!
    .evaluate(facts, { internalNpmScopes: [], installScriptAllowlist: [] });

const server = (
  ecosystem: ModuleFacts['ecosystem'],
  deps: string[],
  extra: Partial<ModuleFacts> = {},
) =>
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
    ...extra,
  });

const facts = (
  modules: ModuleFacts[],
  files: Record<string, string> = {},
  extra: Partial<EntityFacts> = {},
) => serviceFacts({ modules, signals: scanFiles(files), ...extra });

describe('observability.otel-sdk', () => {
  it('passes Go with otel and otel/sdk, fails with the API only', () => {
    expect(
      run(
        'observability.otel-sdk',
        facts([
          server('go', [
            'go.opentelemetry.io/otel',
            'go.opentelemetry.io/otel/sdk',
          ]),
        ]),
      ).status,
    ).toBe('pass');
    const outcome = run(
      'observability.otel-sdk',
      facts([server('go', ['go.opentelemetry.io/otel'])]),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toBe(
      'Missing go.opentelemetry.io/otel/sdk in go.mod',
    );
  });

  it('passes Java with the OTel agent attached in the Dockerfile', () => {
    const java = server('java', [
      'org.springframework.boot:spring-boot-starter-web',
    ]);
    const outcome = run(
      'observability.otel-sdk',
      facts(
        [java],
        {},
        {
          dockerfiles: [
            dockerfile(
              'Dockerfile',
              stage({
                env: [
                  {
                    key: 'JAVA_TOOL_OPTIONS',
                    value: '-javaagent:/otel/opentelemetry-javaagent.jar',
                    line: 8,
                  },
                ],
              }),
            ),
          ],
        },
      ),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[0]).toMatchObject({ file: 'Dockerfile', line: 8 });
  });

  it('fails a vendor-only Node service and is not applicable without server code', () => {
    expect(
      run(
        'observability.otel-sdk',
        facts([server('node', ['express', 'dd-trace'])]),
      ).status,
    ).toBe('fail');
    expect(
      run('observability.otel-sdk', facts([module({ ecosystem: 'node' })]))
        .status,
    ).toBe('not-applicable');
  });

  it('needs the SDK in every server module and names the one missing it', () => {
    const api = server('python', ['opentelemetry-sdk'], {
      dir: 'api',
      manifests: ['api/pyproject.toml'],
    });
    const worker = server('python', ['celery'], {
      dir: 'worker',
      manifests: ['worker/pyproject.toml'],
    });
    const outcome = run('observability.otel-sdk', facts([api, worker]));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toMatch(
      /^worker\/pyproject.toml: No OpenTelemetry SDK/,
    );
  });
});

describe('observability.vendor-neutral-export', () => {
  it('passes with an OTLP exporter or OTEL_EXPORTER_OTLP_ENDPOINT in deploy config', () => {
    expect(
      run(
        'observability.vendor-neutral-export',
        facts([server('node', ['@opentelemetry/exporter-trace-otlp-http'])]),
      ).status,
    ).toBe('pass');
    const outcome = run(
      'observability.vendor-neutral-export',
      facts([server('python', ['opentelemetry-distro'])], {
        'deploy/deployment.yaml':
          '            - name: OTEL_EXPORTER_OTLP_ENDPOINT\n',
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('fails with only a vendor SDK', () => {
    const outcome = run(
      'observability.vendor-neutral-export',
      facts([server('node', ['express', 'dd-trace'])]),
    );
    expect(outcome).toEqual({
      status: 'fail',
      evidence: [
        {
          message: '`dd-trace` declared: a vendor SDK with no OTLP exporter',
          file: 'manifest',
          line: 2,
        },
      ],
    });
  });
});

describe('observability.http-instrumentation', () => {
  it('passes Go with otelhttp, fails without', () => {
    expect(
      run(
        'observability.http-instrumentation',
        facts([
          server('go', [
            'go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp',
          ]),
        ]),
      ).status,
    ).toBe('pass');
    expect(
      run(
        'observability.http-instrumentation',
        facts([server('go', ['go.opentelemetry.io/otel'])]),
      ).status,
    ).toBe('fail');
  });

  it('needs both the tower-http trace feature and TraceLayer in Rust', () => {
    const rust = server('rust', []);
    rust.dependencies = [
      {
        name: 'tower-http',
        scope: 'runtime',
        features: ['trace'],
        file: 'Cargo.toml',
      },
    ];
    expect(
      run(
        'observability.http-instrumentation',
        facts([rust], {
          'src/routes.rs': '.layer(TraceLayer::new_for_http())\n',
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        'observability.http-instrumentation',
        facts([rust], { 'src/routes.rs': 'let app = Router::new();\n' }),
      ).status,
    ).toBe('fail');
  });
});

describe('observability.correlation-ids', () => {
  it('passes with chi RequestID and trace ids in logs', () => {
    const outcome = run(
      'observability.correlation-ids',
      facts([server('go', [])], {
        'router.go': 'r.Use(middleware.RequestID)\n',
        'logging.go': 'slog.String("trace_id", sc.TraceID().String()),\n',
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('fails when ids are propagated but never logged', () => {
    const outcome = run(
      'observability.correlation-ids',
      facts([server('go', [])], {
        'router.go': 'r.Use(middleware.RequestID)\n',
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[1].message).toMatch(/Logs do not carry the id/);
  });

  it('passes Java with Micrometer tracing (trace ids in the MDC)', () => {
    expect(
      run(
        'observability.correlation-ids',
        facts([
          server('java', ['io.micrometer:micrometer-tracing-bridge-otel']),
        ]),
      ).status,
    ).toBe('pass');
  });
});
