import type { CheckDefinition } from '../types';
import {
  esg,
  goEda,
  languages,
  runtimes,
  serviceScope,
  snippet,
} from './shared';

/**
 * Checks of the `observability` scorecard: traces, metrics and logs that are
 * vendor-neutral and correlated, plus health, dashboards, alerting and
 * ownership.
 *
 * @public
 */
export const observabilityChecks: readonly CheckDefinition[] = [
  {
    id: 'observability.otel-sdk',
    scorecard: 'observability',
    title: 'The OpenTelemetry SDK is installed',
    description:
      'Each server module must declare the OpenTelemetry SDK, or for Java the OTel agent, Spring Boot starter, Micrometer OTel bridge or Quarkus extension. A distributed trace is only as complete as its least instrumented hop, which is why the guidance wants the SDK in every service.',
    level: 'bronze',
    severity: 'high',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Add the OpenTelemetry SDK for the service language to the server manifest and initialise a tracer provider at startup.',
      steps: [
        'Go: `go.opentelemetry.io/otel` and `go.opentelemetry.io/otel/sdk`.',
        'Node: `@opentelemetry/sdk-node`, loaded before the application with `node --import`.',
        'Python: `opentelemetry-distro` (or `opentelemetry-sdk`) and `opentelemetry-instrument` as the launcher.',
        'Rust: `opentelemetry`, `opentelemetry_sdk` and `tracing-opentelemetry`.',
        'Java: the OpenTelemetry Java agent (`-javaagent:opentelemetry-javaagent.jar`) or `opentelemetry-spring-boot-starter`.',
      ],
      example: snippet(
        'go',
        `
        import (
        	"context"

        	"go.opentelemetry.io/otel"
        	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
        	sdktrace "go.opentelemetry.io/otel/sdk/trace"
        )

        // Endpoint and service name come from OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_SERVICE_NAME.
        func initTracing(ctx context.Context) (func(context.Context) error, error) {
        	exporter, err := otlptracegrpc.New(ctx)
        	if err != nil {
        		return nil, err
        	}
        	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter))
        	otel.SetTracerProvider(tp)
        	return tp.Shutdown, nil
        }
        `,
      ),
    },
    references: [esg.observabilityStack],
  },
  {
    id: 'observability.vendor-neutral-export',
    scorecard: 'observability',
    title: 'Telemetry is exported over OTLP',
    description:
      'Passes with an OTLP exporter dependency or `OTEL_EXPORTER_OTLP_ENDPOINT` in the deployment config; fails when only vendor agents (`dd-trace`, `newrelic`, `aws-xray-sdk`) are present. With OTLP the backend is a collector setting rather than a code change. Teams required to use X-Ray still pass by sending OTLP through the ADOT collector.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Export traces and metrics with the OTLP exporter to an OpenTelemetry Collector (or ADOT on AWS) and move vendor-specific routing into the collector.',
      steps: [
        'Replace vendor tracing SDKs with the OTel SDK plus an OTLP exporter (`go.opentelemetry.io/otel/exporters/otlp/...`, `@opentelemetry/exporter-trace-otlp-http`, `opentelemetry-exporter-otlp`, `opentelemetry-otlp`).',
        'Set the endpoint through the standard environment variables so each environment can point elsewhere.',
      ],
      example: snippet(
        'yaml',
        `
        # Kubernetes container spec (excerpt)
        env:
          - name: OTEL_SERVICE_NAME
            value: checkout-api
          - name: OTEL_EXPORTER_OTLP_ENDPOINT
            value: http://otel-collector.observability:4317
          - name: OTEL_EXPORTER_OTLP_PROTOCOL
            value: grpc
        `,
      ),
    },
    references: [esg.observabilityStack],
  },
  {
    id: 'observability.http-instrumentation',
    scorecard: 'observability',
    title: 'HTTP and RPC traffic is instrumented',
    description:
      'Looks for OpenTelemetry instrumentation of the server framework and clients: `otelhttp`, `otelgin` or `otelgrpc` in Go, tower-http `TraceLayer` with the `trace` feature in Rust, the FastAPI/Django/Flask instrumentations in Python, the Node auto-instrumentations, or the Java agent / Micrometer observation. An SDK with no instrumentation records no request spans.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Wrap the HTTP or gRPC server and the outbound clients with the OpenTelemetry instrumentation for the framework in use.',
      steps: [
        'Python: add `opentelemetry-instrumentation-fastapi` (or `-django`, `-flask`).',
        'Node: register `getNodeAutoInstrumentations()` from `@opentelemetry/auto-instrumentations-node`.',
        'Rust: enable the tower-http `trace` feature and add `TraceLayer::new_for_http()` to the router.',
      ],
      example: snippet(
        'go',
        `
        import "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

        // Server: one span per request, named after the operation.
        handler := otelhttp.NewHandler(mux, "checkout-api")

        // Client: propagates trace context to the callee and records a client span.
        client := &http.Client{
        	Transport: otelhttp.NewTransport(http.DefaultTransport),
        	Timeout:   5 * time.Second,
        }
        `,
      ),
    },
    references: [esg.observabilityStack, languages.bestPractices],
  },
  {
    id: 'observability.prometheus-metrics',
    scorecard: 'observability',
    title: 'Metrics are exposed for Prometheus',
    description:
      'Looks for a Prometheus client or exporter serving `/metrics`: client_golang with `promhttp.Handler()`, `prometheus-client`, `prom-client`, the Rust `prometheus` or `metrics-exporter-prometheus` crates, Actuator with the Micrometer Prometheus registry, or the OTel Prometheus exporter. Scraped metrics feed the dashboards, the alerts and the SLOs themselves.',
    level: 'bronze',
    severity: 'high',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Add the Prometheus client for the language and serve its handler on `/metrics`.',
      steps: [
        'Python: `prometheus-client` and `make_asgi_app()` mounted at `/metrics` (or `django-prometheus`).',
        'Node: `prom-client` with `collectDefaultMetrics()` and a `/metrics` route returning `register.metrics()`.',
        'Java: `spring-boot-starter-actuator` plus `micrometer-registry-prometheus`, exposing the `prometheus` endpoint.',
      ],
      example: snippet(
        'go',
        `
        import "github.com/prometheus/client_golang/prometheus/promhttp"

        mux := http.NewServeMux()
        mux.Handle("GET /metrics", promhttp.Handler())
        `,
      ),
    },
    references: [esg.observabilityStack],
  },
  {
    id: 'observability.health-endpoint',
    scorecard: 'observability',
    title: 'A health endpoint is served',
    description:
      'Looks for a served health route such as `/healthz`, `/health`, `/livez`, `/readyz`, `/ping`, Actuator or Quarkus health, or the gRPC health service. Orchestrators and load balancers use it to restart stuck instances and to hold traffic until an instance is ready; a Dockerfile `HEALTHCHECK` or Kubernetes probes pointing at it complete the picture.',
    level: 'bronze',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Serve a cheap health route and point the liveness and readiness probes at it.',
      steps: [
        'Keep liveness trivial (the process answers); let readiness also check what the instance needs to serve traffic.',
        'Spring Boot: add Actuator; the `/actuator/health` liveness and readiness groups are ready to use.',
        'Wire the route into Kubernetes `livenessProbe`/`readinessProbe` or a Dockerfile `HEALTHCHECK`.',
      ],
      example: snippet(
        'go',
        `
        mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
        	w.WriteHeader(http.StatusOK)
        })
        mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
        	if err := db.PingContext(r.Context()); err != nil {
        		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
        		return
        	}
        	w.WriteHeader(http.StatusOK)
        })
        `,
      ),
    },
    references: [esg.goChecklist],
  },
  {
    id: 'observability.structured-logging',
    scorecard: 'observability',
    title: 'Logging is structured',
    description:
      'Checks that the server declares a structured logger: `log/slog`, zap, zerolog or go-kit log in Go, structlog in Python, `tracing` with `tracing-subscriber` in Rust, pino in Node, logstash-logback-encoder or Spring Boot structured logging in Java. Key-value fields can be filtered and aggregated; free text can only be searched.',
    level: 'bronze',
    severity: 'high',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Adopt the structured logger for the language and log events with named fields instead of interpolated messages.',
      steps: [
        'Use a constant message and put variable data in fields (`order_id`, `duration_ms`), so queries do not need regular expressions.',
        'Create the logger once and pass it (or a child with request fields) down, rather than configuring logging per module.',
      ],
      example: snippet(
        'typescript',
        `
        import pino from 'pino';

        export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

        logger.info({ orderId, amountCents }, 'order placed');
        // {"level":30,"time":...,"orderId":"o-123","amountCents":4200,"msg":"order placed"}
        `,
      ),
    },
    references: [esg.observabilityStack],
  },
  {
    id: 'observability.json-log-output',
    scorecard: 'observability',
    title: 'Logs are written as JSON',
    description:
      'Checks that the logger emits JSON in production: `slog.NewJSONHandler`, `zap.NewProduction*`, zerolog, structlog `JSONRenderer`, tracing-subscriber `.json()`, pino without `pino-pretty` in production, or a logback `LogstashEncoder`. Loki, Elasticsearch and CloudWatch index JSON fields without custom parsing rules.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        "Configure the logger's JSON output for deployed environments; keep pretty printing for local development only.",
      steps: [
        'Go: `slog.New(slog.NewJSONHandler(os.Stdout, nil))` or `zap.NewProduction()`.',
        'Rust: enable the `json` feature of tracing-subscriber and call `.json()` on the fmt layer.',
        'Java: use `LogstashEncoder` in `logback-spring.xml`, or `logging.structured.format.console=ecs` on Spring Boot 3.4+.',
      ],
      example: snippet(
        'python',
        `
        import structlog

        structlog.configure(
            processors=[
                structlog.contextvars.merge_contextvars,
                structlog.processors.add_log_level,
                structlog.processors.TimeStamper(fmt="iso"),
                structlog.processors.JSONRenderer(),
            ],
        )

        log = structlog.get_logger()
        log.info("order_placed", order_id=order_id)
        `,
      ),
    },
    references: [goEda.languageRuntime],
  },
  {
    id: 'observability.no-print-logging',
    scorecard: 'observability',
    title: 'No print-statement logging',
    description:
      'Counts print-family calls outside tests, CLIs and scripts (`fmt.Print*` and `log.Print*`, `print(`, `console.*`, `println!`/`eprintln!`, `System.out`/`System.err` and `printStackTrace`) and fails above five. Printed text has no level, fields or trace id, so it slips past the log tooling the rest of the service relies on.',
    level: 'silver',
    severity: 'low',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Replace print calls in server code with the structured logger, at the right level and with the request context.',
      steps: [
        'Java: replace `e.printStackTrace()` with `log.error("...", e)` so the stack trace stays in one log event.',
        'Node: add the ESLint `no-console` rule to keep new `console.*` calls out.',
      ],
      example: snippet(
        'go',
        `
        // Before: unlevelled text on stdout, no request context.
        //   fmt.Printf("payment failed for order %s: %v", orderID, err)

        // After: levelled, with fields and the trace context from ctx.
        slog.ErrorContext(ctx, "payment failed", "order_id", orderID, "err", err)
        `,
      ),
    },
    references: [runtimes.observability],
  },
  {
    id: 'observability.correlation-ids',
    scorecard: 'observability',
    title: 'Requests carry correlation IDs into logs',
    description:
      'Needs both halves: an id propagated across calls (OTel propagators or auto-instrumentation, chi `middleware.RequestID`, `X-Request-ID`/`X-Correlation-ID`, Fastify `genReqId`, structlog `bind_contextvars`) and that id written on log lines (`trace_id`/`correlation_id` fields, otelslog/otelzap, `tracing-opentelemetry`, `@opentelemetry/instrumentation-pino`). Together they let one id pull up the logs and traces of a request across every service it touched.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Propagate W3C trace context (or a request id header) on every inbound and outbound call, and add the id to each log record.',
      steps: [
        'Go: use `otelhttp` for propagation and a slog handler or otelslog/otelzap bridge that adds `trace_id`.',
        'Python: bind the id with `structlog.contextvars.bind_contextvars` in middleware.',
        'Messages: copy the trace context into Kafka or SQS headers so consumers continue the same trace.',
      ],
      example: snippet(
        'typescript',
        `
        // instrumentation.ts, loaded first: node --import ./instrumentation.js server.js
        import { NodeSDK } from '@opentelemetry/sdk-node';
        import { getNodeAutoInstrumentations } from '@opentelemetry/auto-instrumentations-node';

        // Propagates W3C trace context on inbound and outbound HTTP, and the pino
        // instrumentation adds trace_id and span_id to every log line.
        new NodeSDK({ instrumentations: [getNodeAutoInstrumentations()] }).start();

        // In request handlers nothing else is needed:
        // logger.info({ orderId }, 'order placed')
        // -> {"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7",...}
        `,
      ),
    },
    references: [goEda.observability],
  },
  {
    id: 'observability.red-metrics',
    scorecard: 'observability',
    title: 'Request rate, errors and duration are measured',
    description:
      'Looks for a request counter and a request-duration histogram (`http_server_request_duration_seconds`, `http_request_duration_seconds`, Micrometer `http.server.requests`) or CloudWatch EMF or metric filters defined in infrastructure code. Rate, errors and latency are the signals most SLOs and alerts are built on.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Record every request in a duration histogram labelled by route, method and status code; its count doubles as the request and error counter.',
      steps: [
        'Go: an `otelhttp`-instrumented server exported through Prometheus, or a client_golang `HistogramVec` in middleware.',
        'Label by route template (`/v1/orders/{id}`), never by raw path, to keep cardinality bounded.',
      ],
      example: snippet(
        'yaml',
        `
        # Spring Boot application.yaml: Micrometer records http.server.requests;
        # the histogram buckets make latency percentiles queryable in Prometheus.
        management:
          endpoints:
            web:
              exposure:
                include: health,prometheus
          metrics:
            distribution:
              percentiles-histogram:
                http.server.requests: true
        `,
      ),
    },
    references: [goEda.observability],
  },
  {
    id: 'observability.consumer-lag-monitored',
    scorecard: 'observability',
    title: 'Kafka consumer lag is monitored',
    description:
      'Looks for an alert or dashboard on consumer-group lag (`kafka_consumergroup_lag`, MSK `SumOffsetLag`/`MaxOffsetLag` alarms) or the `kafka.apache.org/consumer-groups` annotation. Rising lag is the earliest sign a consumer is falling behind, well before anyone notices stale data downstream.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope({
      precondition: 'the service uses a Kafka client',
    }),
    runtime: true,
    remediation: {
      summary:
        'Alert on sustained consumer-group lag for the groups the service owns and link them from the catalog entity.',
      steps: [
        'Export lag with kafka-exporter (or use the MSK CloudWatch metrics) and alert on lag that keeps growing, not on a single spike.',
        'Add `kafka.apache.org/consumer-groups` to the entity so the lag shows on its catalog page.',
      ],
      example: snippet(
        'yaml',
        `
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: fulfilment-consumer-lag
        spec:
          groups:
            - name: kafka-consumer-lag
              rules:
                - alert: FulfilmentConsumerLagHigh
                  expr: sum by (consumergroup) (kafka_consumergroup_lag{consumergroup="fulfilment"}) > 10000
                  for: 15m
                  labels:
                    severity: page
                  annotations:
                    summary: The fulfilment consumer group is falling behind its topics.
        `,
      ),
    },
    references: [goEda.observability],
  },
  {
    id: 'observability.dashboard-linked',
    scorecard: 'observability',
    title: 'A dashboard is linked from the catalog',
    description:
      "Looks for a Grafana annotation (`grafana/dashboard-selector`, `grafana/overview-dashboard`), a `metadata.links` entry to Grafana or CloudWatch, or dashboards kept as code (`dashboards/*.json`, `aws_cloudwatch_dashboard`). During an incident the service's graphs should be one click from its catalog page.",
    level: 'silver',
    severity: 'low',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'Link the service dashboard from `catalog-info.yaml`, and keep the dashboard definition in version control where possible.',
      example: snippet(
        'yaml',
        `
        metadata:
          annotations:
            grafana/dashboard-selector: "tags @> 'checkout-api'"
          links:
            - url: https://grafana.example.com/d/checkout-api/overview
              title: Service overview
              icon: dashboard
        `,
      ),
    },
    references: [esg.observabilityStack],
  },
  {
    id: 'observability.alerting-on-call',
    scorecard: 'observability',
    title: 'Alerts reach an on-call rotation',
    description:
      'Needs an on-call annotation (`pagerduty.com/*` or `opsgenie.com/*`) and at least one alert rule: a Prometheus rule file or `PrometheusRule`, a Sloth or Pyrra spec, or an `aws_cloudwatch_metric_alarm`. Metrics nobody is paged on only help after the fact.',
    level: 'bronze',
    severity: 'high',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        "Record the team's PagerDuty or Opsgenie service on the entity and keep at least one alert rule for the service in the repository.",
      steps: [
        'Start with symptom alerts (SLO burn rate, error rate, saturation) rather than one alert per cause.',
        'Route the alerts through Alertmanager (or SNS for CloudWatch) to the on-call integration.',
      ],
      example: snippet(
        'yaml',
        `
        # catalog-info.yaml
        metadata:
          annotations:
            opsgenie.com/team: payments
        ---
        # alerts/checkout-api.rules.yaml
        groups:
          - name: checkout-api
            rules:
              - alert: CheckoutApiHighErrorRate
                expr: |
                  sum(rate(http_requests_total{job="checkout-api",code=~"5.."}[5m]))
                    / sum(rate(http_requests_total{job="checkout-api"}[5m])) > 0.02
                for: 10m
                labels:
                  severity: page
        `,
      ),
    },
    references: [esg.observabilityStack],
  },
  {
    id: 'observability.ownership-declared',
    scorecard: 'observability',
    title: 'Ownership is declared',
    description:
      'Checks that `spec.owner` resolves to a Group entity (not a user, not missing) and that `spec.system` is set. Alerts, scorecards and incidents need a team to land on; people change roles, teams persist.',
    level: 'bronze',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        "Set `spec.owner` to the owning team's Group and `spec.system` to the system the service belongs to.",
      example: snippet(
        'yaml',
        `
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: checkout-api
        spec:
          type: service
          lifecycle: production
          owner: group:default/payments
          system: checkout
        `,
      ),
    },
    references: [goEda.observability],
  },
  {
    id: 'observability.error-context',
    scorecard: 'observability',
    title: 'Errors are wrapped with context',
    description:
      'For Go code: golangci-lint must enable `errorlint` or `wrapcheck`, and no `fmt.Errorf` may format an error with `%v`. Wrapping with `%w` adds where a failure happened while keeping the original error inspectable with `errors.Is` and `errors.As`.',
    level: 'gold',
    severity: 'low',
    applicability: serviceScope({ ecosystems: ['go'] }),
    runtime: false,
    remediation: {
      summary:
        'Enable `errorlint` (or `wrapcheck`) in golangci-lint and wrap errors with `%w` plus a short note of what was being done.',
      steps: [
        'Rewrite `fmt.Errorf("load order: %v", err)` as `fmt.Errorf("load order %s: %w", id, err)`.',
        'Compare errors with `errors.Is`/`errors.As` instead of `==` or type assertions, which `errorlint` also reports.',
      ],
      example: snippet(
        'yaml',
        `
        # .golangci.yml
        linters:
          enable:
            - errorlint
            - wrapcheck
        `,
      ),
    },
    references: [goEda.errorHandling],
  },
  {
    id: 'observability.profiling-tooling',
    scorecard: 'observability',
    title: 'Profiling tooling is in place',
    description:
      'Python: `py-spy` or `pyinstrument` as a development dependency. Java with virtual threads enabled: `-Djdk.tracePinnedThreads=full` in the test JVM arguments. Go: `net/http/pprof` wired in. Measuring before optimising is easier when the profiler is already there, not installed mid-incident.',
    level: 'gold',
    severity: 'low',
    applicability: serviceScope({ ecosystems: ['python', 'java', 'go'] }),
    runtime: true,
    remediation: {
      summary:
        'Make a profiler part of the project: pprof on an internal port for Go, py-spy or pyinstrument for Python, pinned-thread tracing in Java tests.',
      steps: [
        'Python: add `py-spy` or `pyinstrument` to the dev dependency group.',
        'Java: add `-Djdk.tracePinnedThreads=full` to the Surefire `argLine` or the Gradle test `jvmArgs`.',
        'Go: serve pprof on a localhost or admin listener only, never on the public port.',
      ],
      example: snippet(
        'go',
        `
        import (
        	"net/http"
        	_ "net/http/pprof" // registers /debug/pprof/* on http.DefaultServeMux
        	"time"
        )

        // Admin listener on localhost only; reach it with kubectl port-forward.
        pprofSrv := &http.Server{
        	Addr:              "localhost:6060",
        	Handler:           http.DefaultServeMux,
        	ReadHeaderTimeout: 5 * time.Second,
        }
        go func() { _ = pprofSrv.ListenAndServe() }()
        `,
      ),
    },
    references: [esg.pythonPerformance, languages.bestPractices],
  },
];
