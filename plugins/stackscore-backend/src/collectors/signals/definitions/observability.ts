import type { SignalDefinition } from '../types';

/** Lines that are comments in the C-family, Python and shell-like languages; never evidence. */
const commentLine = /^\s*(\/\/|#|\*|\/\*)/;

const codeLanguages: SignalDefinition['languages'] = [
  'go',
  'python',
  'node',
  'rust',
  'java',
];

/**
 * Source-code heuristics of the `observability` scorecard: loggers, print calls, health routes, metrics,
 * propagation, alert rules and dashboards kept as code.
 *
 * @internal
 */
export const observabilitySignals: SignalDefinition[] = [
  // --- logging ---------------------------------------------------------------------------------------
  {
    id: 'observability.go-slog',
    languages: ['go'],
    pattern: /"log\/slog"/,
  },
  {
    id: 'observability.json-logger',
    languages: codeLanguages,
    pattern:
      /\bslog\.NewJSONHandler\(|\bzap\.NewProduction|\bzapcore\.NewJSONEncoder\(|\bzerolog\.New\(|\blog\.NewJSONLogger\(|\bJSONFormatter\b|\bJSONRenderer\(|\bJsonFormatter\b|\bformat\.json\(\)|\bLogstashEncoder\b|\bEcsEncoder\b|\bJsonTemplateLayout\b|fmt(::layer)?\(\)[^;]*\.json\(\)|^\s*\.json\(\)\s*$/,
    unless: commentLine,
  },
  {
    id: 'observability.go-print',
    languages: ['go'],
    pattern:
      /\bfmt\.Print(ln|f)?\(|\blog\.Print(ln|f)?\(|(^|[^\w.])print(ln)?\(/,
    unless: commentLine,
  },
  {
    id: 'observability.python-print',
    languages: ['python'],
    pattern: /(^|[^\w.])print\(/,
    unless: /^\s*#|\bdef\s+print\(/,
  },
  {
    id: 'observability.node-print',
    languages: ['node'],
    pattern: /\bconsole\.(log|info|warn|error|debug|trace)\(/,
    unless: commentLine,
  },
  {
    id: 'observability.rust-print',
    languages: ['rust'],
    pattern: /\be?print(ln)?!\(/,
    unless: commentLine,
  },
  {
    id: 'observability.java-print',
    languages: ['java'],
    pattern: /\bSystem\.(out|err)\.print|\.printStackTrace\(\)/,
    unless: commentLine,
  },
  {
    // fmt.Errorf("…%v", err) flattens the error: errors.Is/As can no longer see it.
    id: 'observability.go-errorf-v-err',
    languages: ['go'],
    pattern: /\bfmt\.Errorf\("[^"]*%[+#]?v[^"]*",[^)]*\b\w*[eE]rr\w*\b/,
    unless: commentLine,
  },
  // --- health ----------------------------------------------------------------------------------------
  {
    // A served path such as "/healthz", "GET /readyz", "/api/v1/utils/health-check/", or Django's path("healthz").
    id: 'observability.health-route',
    languages: codeLanguages,
    pattern:
      /["'`](GET |HEAD )?\/([\w.{}:-]+\/)*(health[\w-]*|livez|readyz|heartbeat|ping|status|-\/healthy|-\/ready)\/?["'`]|\b(re_)?path\(\s*r?["']\^?(health[\w-]*|livez|readyz|heartbeat|ping|status)\/?\$?["']/,
    unless: commentLine,
  },
  {
    id: 'observability.grpc-health',
    languages: codeLanguages,
    pattern:
      /grpc\.health\.v1|grpc_health_v1|\bhealth\.NewServer\(|\btonic_health\b|\bHealthStatusManager\b|grpc-health-check/,
  },
  {
    id: 'observability.probe',
    languages: ['config'],
    pattern: /^\s*(livenessProbe|readinessProbe|startupProbe):/,
  },
  // --- metrics ---------------------------------------------------------------------------------------
  {
    id: 'observability.promhttp-handler',
    languages: ['go'],
    pattern: /\bpromhttp\.(Handler|HandlerFor)\(/,
    unless: commentLine,
  },
  {
    // Only code: SLO files and alert rules query ingress metrics with similar names.
    id: 'observability.request-duration-metric',
    languages: codeLanguages,
    pattern:
      /request_duration_seconds|requests_latency_seconds|http_server_requests_seconds|http\.server\.request\.duration|http\.server\.requests|http\.server\.duration|\bInstrumentHandlerDuration\b/,
    unless: commentLine,
  },
  {
    id: 'observability.request-counter-metric',
    languages: codeLanguages,
    pattern: /\bhttp_(server_)?requests_total\b|\bInstrumentHandlerCounter\b/,
    unless: commentLine,
  },
  {
    id: 'observability.cloudwatch-metrics',
    languages: ['terraform', 'config'],
    pattern: /aws_cloudwatch_log_metric_filter|AWS::Logs::MetricFilter/,
  },
  {
    id: 'observability.kafka-lag-metric',
    languages: ['config', 'terraform', 'go', 'python', 'node', 'rust', 'java'],
    pattern:
      /kafka_consumergroup_lag|kafka_consumer_group_lag|kafka_consumer_fetch_manager_records_lag|\b(Sum|Max)OffsetLag\b|EstimatedMaxTimeLag|consumergroup_lag/,
  },
  // --- tracing and correlation -----------------------------------------------------------------------
  {
    id: 'observability.otel-propagator',
    languages: codeLanguages,
    pattern:
      /\bSetTextMapPropagator\(|\bpropagation\.TraceContext\b|TraceContextTextMapPropagator|W3CTraceContextPropagator|\bset_global_textmap\(|set_text_map_propagator\(/,
    unless: commentLine,
  },
  {
    id: 'observability.request-id',
    languages: codeLanguages,
    pattern:
      /x-request-id|x-correlation-id|\bmiddleware\.RequestID\b|\bgenReqId\b|\bbind_contextvars\(|\b(Set|Propagate)RequestIdLayer\b|\brequestid\.New\(|\bCorrelationIdMiddleware\b/i,
    unless: commentLine,
  },
  {
    id: 'observability.log-correlation',
    languages: [...codeLanguages, 'config'],
    pattern:
      /\b(trace_id|traceId|correlation_id|correlationId|request_id)\b|\botelslog\b|\botelzap\b|\botellogrus\b|instrumentation-pino|instrumentation-winston|\bOpenTelemetryLayer\b|%X\{traceId/,
    unless: commentLine,
  },
  {
    id: 'observability.rust-trace-layer',
    languages: ['rust'],
    pattern: /\bTraceLayer\b/,
    unless: commentLine,
  },
  {
    id: 'observability.otlp-endpoint',
    languages: ['config', 'terraform'],
    pattern:
      /OTEL_EXPORTER_OTLP_(TRACES_|METRICS_|LOGS_)?ENDPOINT|management\.otlp\.|^\s*otlp:\s*$/,
  },
  {
    id: 'observability.java-agent',
    languages: ['config', 'terraform', 'java'],
    pattern:
      /opentelemetry-javaagent|instrumentation\.opentelemetry\.io\/inject-java/,
  },
  // --- profiling -------------------------------------------------------------------------------------
  {
    id: 'observability.go-pprof',
    languages: ['go'],
    pattern: /"net\/http\/pprof"|\bpprof\.(Index|Profile|Handler)\(/,
  },
  {
    id: 'observability.trace-pinned-threads',
    languages: ['java', 'config'],
    pattern: /-Djdk\.tracePinnedThreads=(full|short)/,
  },
  // --- alerting and dashboards -----------------------------------------------------------------------
  {
    id: 'observability.alert-rule',
    languages: ['config'],
    pattern: /^\s*(-\s*)?alert:\s*["']?\w|^\s*kind:\s*["']?PrometheusRule\b/,
  },
  {
    id: 'observability.cloudwatch-alarm',
    languages: ['terraform', 'config'],
    pattern:
      /aws_cloudwatch_metric_alarm|aws_cloudwatch_composite_alarm|AWS::CloudWatch::Alarm/,
  },
  {
    id: 'observability.dashboard-code',
    languages: ['terraform', 'config'],
    pattern:
      /aws_cloudwatch_dashboard|\bgrafana_dashboard\b|^\s*kind:\s*["']?GrafanaDashboard\b|AWS::CloudWatch::Dashboard/,
  },
];
