import { signalsOfLine } from '../../../checks/observability/testSupport';
import { observabilitySignals } from './observability';

const matches = (file: string, line: string, id: string) =>
  signalsOfLine(file, line).includes(id);

describe('observability signal definitions', () => {
  it('have unique ids and no stateful flags', () => {
    const ids = observabilitySignals.map(d => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of observabilitySignals) {
      expect(d.pattern.global || d.pattern.sticky).toBe(false);
    }
  });

  it.each([
    [
      'a.go',
      'fmt.Println("quoted", postcode, best)',
      'observability.go-print',
      true,
    ],
    [
      'a.go',
      'log.Printf("starting on :%s", port)',
      'observability.go-print',
      true,
    ],
    ['a.go', 'fmt.Fprintf(w, "ok")', 'observability.go-print', false],
    ['a.go', 'msg := fmt.Sprintf("x %d", n)', 'observability.go-print', false],
    ['a.go', '// fmt.Println("debug")', 'observability.go-print', false],
    ['a.py', 'print("cache hit")', 'observability.python-print', true],
    ['a.py', 'pprint(data)', 'observability.python-print', false],
    ['a.py', 'self.printer.print(x)', 'observability.python-print', false],
    [
      'a.ts',
      "console.log('validating code', code);",
      'observability.node-print',
      true,
    ],
    [
      'a.ts',
      "logger.info('validating code');",
      'observability.node-print',
      false,
    ],
    [
      'a.rs',
      'println!("listening on :8080");',
      'observability.rust-print',
      true,
    ],
    [
      'a.rs',
      'eprintln!("cannot load {path}: {e}");',
      'observability.rust-print',
      true,
    ],
    ['a.rs', 'tracing::info!("listening");', 'observability.rust-print', false],
    [
      'A.java',
      'System.out.println("Rendering invoice");',
      'observability.java-print',
      true,
    ],
    ['A.java', 'e.printStackTrace();', 'observability.java-print', true],
    [
      'A.java',
      'log.info("Rendering invoice");',
      'observability.java-print',
      false,
    ],
  ])('%s: %s matches %s → %s', (file, line, id, expected) => {
    expect(matches(file, line, id)).toBe(expected);
  });

  it('finds %v wrapping of errors only', () => {
    const id = 'observability.go-errorf-v-err';
    expect(
      matches('a.go', 'return fmt.Errorf("decode rates: %v", err)', id),
    ).toBe(true);
    expect(
      matches('a.go', 'return fmt.Errorf("fetch: %+v", fetchErr)', id),
    ).toBe(true);
    expect(
      matches('a.go', 'return fmt.Errorf("decode rates: %w", err)', id),
    ).toBe(false);
    expect(
      matches(
        'a.go',
        'return fmt.Errorf("upstream status %v", resp.StatusCode)',
        id,
      ),
    ).toBe(false);
  });

  it('finds health routes in every framework style', () => {
    const id = 'observability.health-route';
    expect(matches('a.go', 'r.Get("/healthz", h.healthz)', id)).toBe(true);
    expect(matches('a.go', 'mux.HandleFunc("GET /readyz", ready)', id)).toBe(
      true,
    );
    expect(matches('a.go', 'r.GET("/ping", pong)', id)).toBe(true);
    expect(matches('a.py', '@app.route("/status")', id)).toBe(true);
    expect(matches('a.py', 'path("healthz", healthz),', id)).toBe(true);
    expect(
      matches('a.py', '@router.get("/api/v1/utils/health-check/")', id),
    ).toBe(true);
    expect(
      matches(
        'a.rs',
        '.route("/healthz", get(|| async { StatusCode::OK }))',
        id,
      ),
    ).toBe(true);
    expect(matches('a.py', 'return {"status": "ok"}', id)).toBe(false);
    expect(matches('a.py', 'r.status_code == 200', id)).toBe(false);
    expect(
      matches(
        'a.go',
        'import "google.golang.org/grpc/health/grpc_health_v1"',
        'observability.grpc-health',
      ),
    ).toBe(true);
  });

  it('finds loggers, metrics and correlation', () => {
    expect(matches('a.go', 'import "log/slog"', 'observability.go-slog')).toBe(
      true,
    );
    expect(matches('a.go', 'import "log"', 'observability.go-slog')).toBe(
      false,
    );
    expect(matches('a.go', '\t"log/slog"', 'observability.go-slog')).toBe(true);
    expect(
      matches(
        'a.go',
        'h := slog.NewJSONHandler(os.Stdout, nil)',
        'observability.json-logger',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.py',
        '        structlog.processors.JSONRenderer(),',
        'observability.json-logger',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.rs',
        '.with(tracing_subscriber::fmt::layer().json())',
        'observability.json-logger',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.rs',
        'r.json().await.map_err(Error::permanent)',
        'observability.json-logger',
      ),
    ).toBe(false);
    expect(
      matches(
        'a.go',
        'mux.Handle("/metrics", promhttp.Handler())',
        'observability.promhttp-handler',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.ts',
        "  name: 'http_request_duration_seconds',",
        'observability.request-duration-metric',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'Name: "fxrates_upstream_fetch_duration_seconds",',
        'observability.request-duration-metric',
      ),
    ).toBe(false);
    expect(
      matches(
        'slo.yaml',
        'histogram: http_request_duration_seconds',
        'observability.request-duration-metric',
      ),
    ).toBe(false);
    expect(
      matches(
        'a.go',
        'r.Use(middleware.RequestID)',
        'observability.request-id',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.py',
        'rid = request.headers.get("X-Request-ID")',
        'observability.request-id',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        'slog.String("trace_id", sc.TraceID().String()),',
        'observability.log-correlation',
      ),
    ).toBe(true);
    expect(
      matches(
        'a.go',
        '// adds trace_id to records',
        'observability.log-correlation',
      ),
    ).toBe(false);
    expect(
      matches(
        'a.go',
        'otel.SetTextMapPropagator(propagation.TraceContext{})',
        'observability.otel-propagator',
      ),
    ).toBe(true);
  });

  it('finds deploy-side evidence', () => {
    expect(
      matches(
        'deploy.yaml',
        '  - name: OTEL_EXPORTER_OTLP_ENDPOINT',
        'observability.otlp-endpoint',
      ),
    ).toBe(true);
    expect(
      matches(
        'deploy.yaml',
        '  JAVA_TOOL_OPTIONS: -javaagent:/otel/opentelemetry-javaagent.jar',
        'observability.java-agent',
      ),
    ).toBe(true);
    expect(
      matches(
        'alerts.yaml',
        '        - alert: FeatureFlagsEvaluateErrors',
        'observability.alert-rule',
      ),
    ).toBe(true);
    expect(
      matches(
        'alerts.yaml',
        'kind: PrometheusRule',
        'observability.alert-rule',
      ),
    ).toBe(true);
    expect(
      matches('alerts.yaml', '    alerting:', 'observability.alert-rule'),
    ).toBe(false);
    expect(
      matches(
        'cw.tf',
        'resource "aws_cloudwatch_metric_alarm" "errors" {',
        'observability.cloudwatch-alarm',
      ),
    ).toBe(true);
    expect(
      matches(
        'cw.tf',
        'resource "aws_cloudwatch_dashboard" "main" {',
        'observability.dashboard-code',
      ),
    ).toBe(true);
    expect(
      matches(
        'alerts.yaml',
        'expr: sum(kafka_consumergroup_lag{consumergroup="x"}) > 1000',
        'observability.kafka-lag-metric',
      ),
    ).toBe(true);
    expect(
      matches('a.go', '_ "net/http/pprof"', 'observability.go-pprof'),
    ).toBe(true);
    expect(
      matches(
        'build.gradle.kts',
        '    jvmArgs("-Djdk.tracePinnedThreads=full")',
        'observability.trace-pinned-threads',
      ),
    ).toBe(true);
  });
});
