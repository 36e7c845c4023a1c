import type { CheckDefinition } from '../types';
import { esg, goEda, runtimes, serviceScope, snippet } from './shared';

/**
 * Checks of the `slo` scorecard: service level objectives, error budgets and
 * the resilience behaviour that keeps a service inside them.
 *
 * @public
 */
export const sloChecks: readonly CheckDefinition[] = [
  {
    id: 'slo.defined',
    scorecard: 'slo',
    title: 'SLOs are defined',
    description:
      'Looks for a service level objective Stackscore can parse: an `slo.yaml` (or `slos/*.yaml`), a Sloth or Pyrra spec, or the `stackscore.io/slo-*` annotations. Without a written objective there is no shared meaning of "reliable enough" and no error budget to plan against. A file that exists but does not parse is reported as an error.',
    level: 'bronze',
    severity: 'high',
    applicability: serviceScope({ excludedLifecycles: ['experimental'] }),
    runtime: false,
    remediation: {
      summary:
        'Add an `slo.yaml` next to `catalog-info.yaml` with at least one objective, or point the `stackscore.io/slo-file` annotation at an existing Sloth or Pyrra spec.',
      steps: [
        'Start with the journey users depend on most and write one availability objective for it.',
        'Keep `service` and `owner` equal to the entity name and owner; Stackscore compares them.',
        'Prefer a file to annotations: it keeps journeys, window and budget policy in one reviewed place.',
      ],
      example: snippet(
        'yaml',
        `
        apiVersion: stackscore.io/v1alpha1
        kind: ServiceLevelObjectives
        service: checkout-api
        owner: group:default/payments
        window: 30d
        slos:
          - name: place-order-availability
            journey: place-order
            sli:
              type: availability
              good: 'sum(rate(http_requests_total{job="checkout-api",code!~"5.."}[5m]))'
              total: 'sum(rate(http_requests_total{job="checkout-api"}[5m]))'
            objective: 99.9
        `,
      ),
    },
    references: [esg.sloFramework],
  },
  {
    id: 'slo.objective-target-and-window',
    scorecard: 'slo',
    title: 'SLOs have a target and a window',
    description:
      'Every objective needs a numeric target strictly between 0 and 100 and a rolling window such as `30d`, `28d` or `4w` (Sloth specs default to 30 days). A 100% target leaves no error budget, and a target without a window cannot be measured or alerted on.',
    level: 'bronze',
    severity: 'high',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'Give each SLO an `objective` below 100 and set a rolling `window` between 7 and 90 days; 30 days is the common choice.',
      steps: [
        'Targets outside 90–99.99 are accepted with a warning; check they are intended.',
        'Use the same window for every SLO of a service so their budgets compare.',
      ],
      example: snippet(
        'yaml',
        `
        window: 30d            # rolling; 28d and 4w work too
        slos:
          - name: search-availability
            journey: search
            sli:
              type: error-rate
              bad: 'sum(rate(http_requests_total{job="search-api",code=~"5.."}[5m]))'
              total: 'sum(rate(http_requests_total{job="search-api"}[5m]))'
            objective: 99.5    # strictly between 0 and 100
        `,
      ),
    },
    references: [esg.sloFramework],
  },
  {
    id: 'slo.sli-availability-or-error-rate',
    scorecard: 'slo',
    title: 'An availability or error-rate SLI exists',
    description:
      'At least one objective must measure the share of requests that succeed: an availability or error-rate SLI, a Sloth `error_query`/`total_query` pair, or a Pyrra ratio indicator. The success ratio is usually the first thing users notice when a service degrades.',
    level: 'bronze',
    severity: 'high',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'Add an SLO whose indicator divides good (or bad) events by all events, built on the request counter the service already exports.',
      example: snippet(
        'yaml',
        `
        apiVersion: pyrra.dev/v1alpha1
        kind: ServiceLevelObjective
        metadata:
          name: checkout-api-availability
          namespace: monitoring
        spec:
          target: '99.9'
          window: 4w
          indicator:
            ratio:
              errors:
                metric: http_requests_total{job="checkout-api",code=~"5.."}
              total:
                metric: http_requests_total{job="checkout-api"}
        `,
      ),
    },
    references: [esg.sloFramework],
  },
  {
    id: 'slo.sli-latency-tail',
    scorecard: 'slo',
    title: 'Latency is measured at the tail',
    description:
      'Requires a latency SLI judged against a threshold at a high percentile: an objective of at least 95 over histogram buckets, or a Pyrra latency indicator. Averages and medians (`avg(`, `_sum/_count`) fail, because they hide the slow requests users feel; healthy averages can sit on top of a p95/p99 that is "a horror film".',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'Express latency as the share of requests faster than a threshold, computed from a duration histogram, with an objective of 95 or higher.',
      steps: [
        'Make sure the histogram has a bucket boundary at the threshold (for 200 ms, `le="0.2"`), otherwise the result is interpolated.',
        'Pick the threshold from what the journey needs, then check it against current p99 before committing to it.',
      ],
      example: snippet(
        'yaml',
        `
        slos:
          - name: place-order-latency
            journey: place-order
            sli:
              type: latency
              threshold: 200ms
              histogram: http_server_request_duration_seconds
            objective: 99     # 99% of requests complete in under 200 ms
        `,
      ),
    },
    references: [runtimes.tailLatency, esg.sloFramework],
  },
  {
    id: 'slo.critical-journeys-covered',
    scorecard: 'slo',
    title: 'Critical journeys have SLOs',
    description:
      'Every journey named in `stackscore.io/critical-journeys` or in an SLO `journey` field, and every API in `spec.providesApis`, needs both an availability and a latency objective. The guidance asks for indicators per critical user journey, not one number for the whole service.',
    level: 'gold',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'List the critical journeys on the catalog entity and give each one an availability SLO and a latency SLO tagged with its `journey`.',
      steps: [
        'Keep the list short: journeys whose failure a customer would report, such as sign-in, search or checkout.',
        'Cover each API the component provides as well, or declare it as a journey.',
      ],
      example: snippet(
        'yaml',
        `
        # catalog-info.yaml
        metadata:
          annotations:
            stackscore.io/critical-journeys: place-order
        ---
        # slo.yaml: one availability and one latency SLO per journey
        slos:
          - name: place-order-availability
            journey: place-order
            sli:
              type: availability
              good: 'sum(rate(http_requests_total{route="/v1/orders",code!~"5.."}[5m]))'
              total: 'sum(rate(http_requests_total{route="/v1/orders"}[5m]))'
            objective: 99.9
          - name: place-order-latency
            journey: place-order
            sli:
              type: latency
              threshold: 300ms
              histogram: http_server_request_duration_seconds
            objective: 99
        `,
      ),
    },
    references: [esg.sloFramework],
  },
  {
    id: 'slo.error-budget-policy',
    scorecard: 'slo',
    title: 'An error budget policy is declared',
    description:
      'Looks for `errorBudgetPolicy` in the SLO file or the `stackscore.io/error-budget-policy` annotation, and shows the budget: (100 − target)% of the window, e.g. 43.2 minutes for 99.9% over 30 days. The policy states what the team does once the budget is spent, so the trade-off between features and reliability is agreed before an incident rather than during one.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'Write down what happens when the budget runs out and link it from the SLO file or the entity annotation.',
      steps: [
        'Agree the consequence with the product owner: freeze feature releases, switch to reliability work, or page the owning team.',
        'Link the written policy so the scorecard and the on-call can find it.',
      ],
      example: snippet(
        'yaml',
        `
        # slo.yaml
        errorBudgetPolicy:
          url: https://wiki.example.com/payments/error-budget-policy
          onExhaustion: freeze-features   # or reliability-work, page-owner
        `,
      ),
    },
    references: [esg.sloFramework],
  },
  {
    id: 'slo.generated-rules',
    scorecard: 'slo',
    title: 'SLO rules are generated',
    description:
      'Passes when the SLOs are Sloth or Pyrra specs, so Prometheus recording rules and burn-rate alerts are derived from the objective instead of written by hand. Hand-tuned alert thresholds drift away from the objective they are meant to protect, and prose or annotations alone produce no rules at all.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'Describe the SLOs as Sloth or Pyrra specs and let the tool generate the rules; point `stackscore.io/slo-file` at the spec.',
      steps: [
        'Validate specs in CI with `sloth validate -i slos/`.',
        'Generate rules with `sloth generate -i slos/checkout-api.yaml -o rules/checkout-api.yaml`, or deploy the Pyrra operator and apply the `ServiceLevelObjective` resources.',
        'Delete hand-written alerts that duplicate the generated burn-rate alerts.',
      ],
      example: snippet(
        'yaml',
        `
        version: "prometheus/v1"
        service: "checkout-api"
        labels:
          team: payments
        slos:
          - name: "requests-availability"
            objective: 99.9
            description: "Checkout requests that do not end in a 5xx."
            sli:
              events:
                error_query: sum(rate(http_requests_total{job="checkout-api",code=~"5.."}[{{.window}}]))
                total_query: sum(rate(http_requests_total{job="checkout-api"}[{{.window}}]))
            alerting:
              name: CheckoutApiAvailability
              page_alert:
                labels:
                  severity: page
              ticket_alert:
                labels:
                  severity: ticket
        `,
      ),
    },
    references: [esg.sloFramework],
  },
  {
    id: 'slo.alerts-routed-to-oncall',
    scorecard: 'slo',
    title: 'SLO alerts page the on-call',
    description:
      'SLO paging must stay enabled (a Sloth `page_alert` that is not disabled, a Pyrra spec without `alerting.disabled: true`) and the entity must carry a PagerDuty or Opsgenie annotation. A burn-rate alert that reaches nobody does not protect the objective.',
    level: 'silver',
    severity: 'high',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        "Keep the generated page alert enabled, route it through Alertmanager to the team's PagerDuty or Opsgenie service, and record that service on the entity.",
      steps: [
        'Add a `pagerduty.com/service-id` (or `integration-key`) or an `opsgenie.com/team` (or `component-selector`) annotation to `catalog-info.yaml`.',
        'Route alerts labelled `severity: page` to the on-call receiver in Alertmanager.',
      ],
      example: snippet(
        'yaml',
        `
        # catalog-info.yaml
        metadata:
          annotations:
            pagerduty.com/service-id: PX3K9QZ
        ---
        # Sloth spec: the page alert stays enabled and carries the routing label
        alerting:
          name: CheckoutApiAvailability
          page_alert:
            labels:
              severity: page
        `,
      ),
    },
    references: [esg.observabilityStack],
  },
  {
    id: 'slo.timeouts-configured',
    scorecard: 'slo',
    title: 'Timeouts are set on servers and outbound calls',
    description:
      'Looks for server read/write timeouts and deadlines on outbound calls, and flags calls made without one: bare `http.ListenAndServe`, `http.Get` or `http.DefaultClient` in Go, `requests` calls without `timeout=` in Python. Many clients and servers wait indefinitely by default, so one slow dependency can hold every worker.',
    level: 'bronze',
    severity: 'high',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        'Set explicit server timeouts and give every outbound call a deadline, ideally derived from the incoming request so the caller and callee give up together.',
      steps: [
        'Node: pass `signal: AbortSignal.timeout(ms)` to `fetch`, set `timeout` on axios instances, and set Fastify `connectionTimeout` and `requestTimeout`.',
        'Python: pass `timeout=` to every `requests` and `httpx` call and wrap awaits in `asyncio.wait_for(..., timeout=...)`.',
        'Rust: add tower-http `TimeoutLayer`, set reqwest `.timeout(...)`, and wrap other futures in `tokio::time::timeout`.',
        'Java: configure connect and read timeouts on HTTP clients and HikariCP, and a Resilience4j TimeLimiter for slow calls.',
      ],
      example: snippet(
        'go',
        `
        srv := &http.Server{
        	Addr:              ":8080",
        	Handler:           mux,
        	ReadHeaderTimeout: 5 * time.Second,
        	ReadTimeout:       10 * time.Second,
        	WriteTimeout:      15 * time.Second,
        	IdleTimeout:       60 * time.Second,
        }

        // Outbound: a client-wide ceiling plus a per-request deadline.
        client := &http.Client{Timeout: 5 * time.Second}

        ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
        defer cancel()
        req, err := http.NewRequestWithContext(ctx, http.MethodGet, inventoryURL, nil)
        if err != nil {
        	return err
        }
        resp, err := client.Do(req)
        `,
      ),
    },
    references: [runtimes.timeouts, goEda.resiliency],
  },
  {
    id: 'slo.retries-and-circuit-breakers',
    scorecard: 'slo',
    title: 'Outbound calls retry and break circuits',
    description:
      'A service with outbound dependencies must declare a resilience library: Resilience4j; gobreaker, cenkalti/backoff, failsafe-go or go-retryablehttp; tenacity, stamina or pybreaker; opossum, cockatiel or p-retry; tower retry, backoff or tokio-retry. Retries with exponential backoff and jitter absorb transient faults, and a circuit breaker stops a failing dependency from being flooded while it recovers.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope({
      precondition:
        'the service makes outbound calls (spec.dependsOn is not empty or client code is present)',
    }),
    runtime: true,
    remediation: {
      summary:
        'Wrap calls to other services in a retry policy with exponential backoff and jitter, behind a circuit breaker; retry only idempotent operations.',
      steps: [
        "Cap attempts and total time so retries fit inside the caller's own timeout.",
        'Retry transport errors and 429/503 responses, not 4xx validation errors.',
        'Do not retry while the breaker is open; fail fast or serve a fallback.',
      ],
      example: snippet(
        'python',
        `
        import httpx
        import pybreaker
        from tenacity import (
            retry,
            retry_if_exception_type,
            stop_after_attempt,
            wait_random_exponential,
        )

        rates_breaker = pybreaker.CircuitBreaker(fail_max=5, reset_timeout=30)

        @retry(
            retry=retry_if_exception_type(httpx.TransportError),
            wait=wait_random_exponential(multiplier=0.2, max=5),  # backoff with jitter
            stop=stop_after_attempt(4),
            reraise=True,
        )
        @rates_breaker
        def fetch_rates(client: httpx.Client) -> dict:
            resp = client.get("https://rates.internal/v1/rates", timeout=2.0)
            resp.raise_for_status()
            return resp.json()
        `,
      ),
    },
    references: [goEda.resiliency],
  },
  {
    id: 'slo.graceful-shutdown',
    scorecard: 'slo',
    title: 'Shutdown is graceful',
    description:
      'Looks for SIGTERM handling that drains in-flight work before exit: `signal.NotifyContext` or `signal.Notify` with `Server.Shutdown` in Go, `with_graceful_shutdown` in Rust, a `SIGTERM` listener in Node, `server.shutdown=graceful` in Spring, or an exec-form uvicorn/gunicorn command in Python. Framework defaults count (Spring Boot 3.4+, actix-web, Next.js). Without it every deploy and scale-down cuts off the requests in flight.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: true,
    remediation: {
      summary:
        "On SIGTERM, stop accepting new work, let in-flight requests and messages finish within a deadline shorter than the orchestrator's grace period, then exit.",
      steps: [
        "Node: `process.on('SIGTERM', ...)` calling `server.close()` (or `fastify.close()`).",
        'Java: set `server.shutdown=graceful` (the default from Spring Boot 3.4).',
        'Python: start uvicorn or gunicorn in exec form (`CMD ["gunicorn", ...]`) so the signal reaches the server, not a shell.',
        'Rust: pass a shutdown future to `axum::serve(...).with_graceful_shutdown(...)`.',
      ],
      example: snippet(
        'go',
        `
        ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
        defer stop()

        go func() {
        	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
        		slog.Error("server failed", "err", err)
        		stop()
        	}
        }()

        <-ctx.Done() // SIGTERM received

        shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
        defer cancel()
        if err := srv.Shutdown(shutdownCtx); err != nil {
        	slog.Error("graceful shutdown failed", "err", err)
        }
        `,
      ),
    },
    references: [goEda.concurrency],
  },
  {
    id: 'slo.dead-letter-queues',
    scorecard: 'slo',
    title: 'Consumers have dead-letter queues',
    description:
      'A message consumer must send what it cannot process to a dead-letter topic or queue: Spring `@RetryableTopic`, `@DltHandler` or `DeadLetterPublishingRecoverer`, topic or queue names ending in `.DLT`, `-dlt` or `.dlq`, an SQS `redrive_policy`, or a Lambda `dead_letter_config`/`on_failure` destination. Without one, a poison message either blocks its partition or disappears.',
    level: 'silver',
    severity: 'medium',
    applicability: serviceScope({
      precondition: 'the service consumes from Kafka, SQS or RabbitMQ',
    }),
    runtime: true,
    remediation: {
      summary:
        'After a bounded number of retries, publish failed messages to a dead-letter topic or queue, and alert when it is not empty.',
      steps: [
        'SQS: set `redrive_policy` with `deadLetterTargetArn` and `maxReceiveCount` on the source queue.',
        'Lambda event sources: configure `dead_letter_config` or an `on_failure` destination.',
        'RabbitMQ: declare the queue with `x-dead-letter-exchange`, and name the target `*.dlq`.',
        'Keep a way to replay dead-lettered messages once the cause is fixed.',
      ],
      example: snippet(
        'java',
        `
        @Component
        class OrderEventsListener {

          // Retries with backoff on retry topics, then publishes to "orders-dlt".
          @RetryableTopic(attempts = "4", backoff = @Backoff(delay = 1000, multiplier = 2.0))
          @KafkaListener(topics = "orders", groupId = "fulfilment")
          public void onOrder(OrderPlaced event) {
            fulfilment.handle(event);
          }

          @DltHandler
          public void onDeadLetter(OrderPlaced event) {
            fulfilment.parkForReview(event);
          }
        }
        `,
      ),
    },
    references: [goEda.resiliency],
  },
  {
    id: 'slo.performance-regression-tests',
    scorecard: 'slo',
    title: 'Performance regressions are tested',
    description:
      'Looks for load tests run from CI (k6 scripts importing `k6/http`, `grafana/run-k6-action`, `k6 run`) or benchmark jobs (`go test -bench`, `cargo bench`). A latency regression caught before release costs a failed build; found in production it costs error budget.',
    level: 'gold',
    severity: 'low',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'Add a short k6 load test with thresholds that mirror the latency and error SLOs, and run it against staging after each deploy.',
      steps: [
        'Keep the script outside test-fixture folders (for example `perf/`), so it counts as evidence.',
        'Run it with `grafana/setup-k6-action` and `grafana/run-k6-action` or `k6 run perf/checkout.js`; a failed threshold fails the job.',
        'For libraries and hot paths, a `go test -bench` or `cargo bench` job compared against main works as well.',
      ],
      example: snippet(
        'javascript',
        `
        // perf/checkout.js
        import http from 'k6/http';
        import { check } from 'k6';

        export const options = {
          vus: 20,
          duration: '2m',
          thresholds: {
            http_req_duration: ['p(95)<200', 'p(99)<500'],
            http_req_failed: ['rate<0.001'],
          },
        };

        export default function () {
          const res = http.get(\`\${__ENV.BASE_URL}/v1/products\`);
          check(res, { 'status is 200': r => r.status === 200 });
        }
        `,
      ),
    },
    references: [esg.ciIntegration],
  },
  {
    id: 'slo.progressive-delivery',
    scorecard: 'slo',
    title: 'Releases roll out progressively',
    description:
      'Looks for canary or blue-green delivery: an Argo Rollouts `Rollout` with a canary or blueGreen strategy, a Flagger `Canary`, a CodeDeploy canary or linear config, or a CI canary/blue-green job followed by smoke tests. Sending a new version a slice of traffic first limits how much budget a bad release can burn.',
    level: 'gold',
    severity: 'medium',
    applicability: serviceScope(),
    runtime: false,
    remediation: {
      summary:
        'Deploy through a canary or blue-green strategy that shifts traffic in steps and stops when smoke tests or SLO metrics degrade.',
      steps: [
        'Add an analysis step (Argo `AnalysisTemplate`, Flagger metrics) that checks error rate and latency between steps.',
        'Run smoke tests against the new version before promoting it.',
      ],
      example: snippet(
        'yaml',
        `
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: checkout-api
        spec:
          replicas: 4
          selector:
            matchLabels:
              app: checkout-api
          template:
            metadata:
              labels:
                app: checkout-api
            spec:
              containers:
                - name: checkout-api
                  image: ghcr.io/acme/checkout-api:1.14.2
          strategy:
            canary:
              steps:
                - setWeight: 10
                - pause: { duration: 10m }
                - setWeight: 50
                - pause: { duration: 10m }
        `,
      ),
    },
    references: [esg.ciDeploy],
  },
  {
    id: 'slo.runtime-tuned',
    scorecard: 'slo',
    title: 'The runtime is tuned for its container',
    description:
      'Go needs a GC memory limit (`GOMEMLIMIT`, optionally `GOGC`, or `debug.SetMemoryLimit`); Python servers need more than one worker (`--workers`, `-w`, `WEB_CONCURRENCY`, gunicorn `workers =`); Java 21 on Spring Boot 3.2+ needs virtual threads enabled and HikariCP 5.1 or later. Default settings ignore container limits and core counts, which shows up as OOM kills, GC churn or a single busy worker. Java below 21 is not applicable.',
    level: 'silver',
    severity: 'low',
    applicability: serviceScope({ ecosystems: ['go', 'python', 'java'] }),
    runtime: true,
    remediation: {
      summary:
        "Set the runtime's memory and concurrency settings from the container's limits instead of relying on defaults.",
      steps: [
        'Go: set `GOMEMLIMIT` to roughly 90% of the container memory limit in the image or deployment env.',
        'Python: run gunicorn or uvicorn with `--workers` (or `WEB_CONCURRENCY`) matched to the CPU cores available.',
        'Java 21 with Spring Boot 3.2+: set `spring.threads.virtual.enabled=true`, make sure HikariCP is 5.1 or later, and drop thread-pool sizing.',
      ],
      example: snippet(
        'dockerfile',
        `
        # Final stage of a Go service image
        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /out/server /server
        # about 90% of the 512 MiB container limit; GOGC stays at its default
        ENV GOMEMLIMIT=460MiB
        ENTRYPOINT ["/server"]
        `,
      ),
    },
    references: [
      esg.goChecklist,
      esg.pythonPerformance,
      esg.javaVirtualThreads,
    ],
  },
];
