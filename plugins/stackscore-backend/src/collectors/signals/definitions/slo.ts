import type { SignalDefinition } from '../types';

/** Lines that are comments in the C-family, Python and shell-like languages; never evidence. */
const commentLine = /^\s*(\/\/|#|\*|\/\*)/;

/**
 * Source-code heuristics of the `slo` scorecard's runtime checks (timeouts, retries, shutdown, dead-letter
 * queues, runtime tuning, delivery) and `runtime.go-http-server`, which marks Go modules as servers.
 *
 * @internal
 */
export const sloSignals: SignalDefinition[] = [
  {
    // The lead marks a Go module as a server when its source starts an HTTP or gRPC server.
    id: 'runtime.go-http-server',
    languages: ['go'],
    pattern:
      /\bhttp\.ListenAndServe(TLS)?\(|\bhttp\.Server\s*\{|\.ListenAndServe(TLS)?\(|\bgrpc\.NewServer\(/,
    unless: commentLine,
  },
  // --- timeouts -------------------------------------------------------------------------------------
  {
    id: 'slo.go-server-timeout',
    languages: ['go'],
    pattern:
      /\b(ReadHeaderTimeout|ReadTimeout|WriteTimeout)\s*[:=]|\bhttp\.TimeoutHandler\(|\bmiddleware\.Timeout\(|\btimeout\.New\(/,
    unless: commentLine,
  },
  {
    id: 'slo.go-client-timeout',
    languages: ['go'],
    pattern:
      /\bhttp\.Client\s*\{[^}]*\bTimeout\s*:|\bcontext\.WithTimeout\(|\bcontext\.WithDeadline\(|\bNewRequestWithContext\(|^\s*Timeout\s*:\s*\S|\.Timeout\s*=\s*\S/,
    unless: commentLine,
  },
  {
    // Calls that wait forever: the package-level helpers use http.DefaultClient, which has no timeout.
    id: 'slo.go-unbounded-call',
    languages: ['go'],
    pattern:
      /\bhttp\.(ListenAndServe|ListenAndServeTLS|Get|Post|PostForm|Head)\(|\bhttp\.DefaultClient\b/,
    unless: commentLine,
  },
  {
    id: 'slo.node-timeout',
    languages: ['node'],
    pattern:
      /\bAbortSignal\.timeout\(|\b(connectionTimeout|requestTimeout|headersTimeout|bodyTimeout|socketTimeout|connectTimeout)\s*[:=]|\btimeout\s*:\s*[\w$]|\.setTimeout\(\s*\d/,
    unless: commentLine,
  },
  {
    id: 'slo.python-timeout',
    languages: ['python'],
    pattern:
      /\b\w*timeout\s*=(?!=)|\basyncio\.(wait_for|timeout)\(|\bClientTimeout\(|--timeout\b/,
    unless: commentLine,
  },
  {
    // Multi-line calls are resolved by the check, which looks for `timeout=` on the following lines.
    id: 'slo.python-requests-call',
    languages: ['python'],
    pattern: /\brequests\.(get|post|put|patch|delete|head|options|request)\(/,
    unless: commentLine,
  },
  {
    id: 'slo.rust-timeout',
    languages: ['rust'],
    pattern: /\bTimeoutLayer\b|\btimeout\(|_timeout\(/,
    unless: commentLine,
  },
  {
    id: 'slo.java-timeout',
    languages: ['java'],
    // Also builder methods such as `withConnectTimeout(` and `setReadTimeout(`.
    pattern:
      /(connect|read|response|request|socket|call|write|connection)Timeout\s*\(|\bset(Connect|Read|ConnectionRequest|Socket|Response)Timeout\(|\bTimeLimiter\b|\.timeout\(\s*Duration/i,
    unless: commentLine,
  },
  {
    // Spring/Quarkus/Micronaut settings, Helm values: `hikari.connection-timeout`, `read-timeout`, ….
    id: 'slo.timeout-setting',
    languages: ['config'],
    pattern:
      /(^|[\s."'])(connect|connection|read|response|request|socket|write|call|statement|query)[-_]?timeout[\w-]*["']?\s*[:=]|\btimeout-duration\s*[:=]/i,
    unless: /^\s*#/,
  },
  // --- outbound clients (HTTP, gRPC and database calls that can hang or fail transiently) --------------------------------------------------------------------------------
  {
    id: 'slo.go-outbound-client',
    languages: ['go'],
    pattern:
      /\bhttp\.(Get|Post|PostForm|Head|NewRequest|NewRequestWithContext)\(|\bhttp\.Client\s*\{|\bhttp\.DefaultClient\b|\bgrpc\.(Dial|DialContext|NewClient)\(|\bresty\.New\(|\bsql\.Open\(|\bpgxpool\.New|\bpgx\.Connect\(|\bredis\.NewClient\(|\bmongo\.Connect\(/,
    unless: commentLine,
  },
  {
    id: 'slo.node-outbound-client',
    languages: ['node'],
    pattern:
      /(from\s+|require\(\s*)['"](axios|got|node-fetch|undici|ky|superagent|@grpc\/grpc-js|mysql2?|pg|mongodb|mongoose|ioredis|redis)['"]|(^|[^\w.])fetch\(/,
    unless: commentLine,
  },
  {
    id: 'slo.python-outbound-client',
    languages: ['python'],
    pattern:
      /^\s*(import|from)\s+(requests|httpx|aiohttp|urllib3|grpc|boto3|aiobotocore|psycopg2?|asyncpg|pymysql|redis|pymongo)\b/,
  },
  {
    id: 'slo.rust-outbound-client',
    languages: ['rust'],
    pattern:
      /\breqwest::|\bhyper_util::client|\bhyper::Client\b|\btonic::transport::(Channel|Endpoint)\b|\bChannel::from_|\bsqlx::|\bredis::Client\b/,
    unless: commentLine,
  },
  {
    id: 'slo.java-outbound-client',
    languages: ['java'],
    pattern:
      /\b(RestClient|RestTemplate|WebClient|OkHttpClient|CloseableHttpClient|ManagedChannelBuilder)\b|\bHttpClient\.new|@FeignClient\b|@RegisterRestClient\b|\bJdbc(Template|Client)\b/,
    unless: commentLine,
  },
  // --- graceful shutdown -----------------------------------------------------------------------------
  {
    id: 'slo.go-signal-notify',
    languages: ['go'],
    pattern: /\bsignal\.(Notify|NotifyContext)\(/,
    unless: commentLine,
  },
  {
    id: 'slo.go-sigterm',
    languages: ['go'],
    pattern: /\bSIGTERM\b/,
    unless: commentLine,
  },
  {
    id: 'slo.go-server-shutdown',
    languages: ['go'],
    pattern: /\.Shutdown\(|\.GracefulStop\(/,
    unless: commentLine,
  },
  {
    id: 'slo.rust-graceful-shutdown',
    languages: ['rust'],
    pattern:
      /\bwith_graceful_shutdown\(|\bserve_with_shutdown\(|\bgraceful_shutdown\(/,
    unless: commentLine,
  },
  {
    id: 'slo.rust-actix-disable-signals',
    languages: ['rust'],
    pattern: /\.disable_signals\(/,
    unless: commentLine,
  },
  {
    // `process.on('SIGTERM', …)` or a loop over `['SIGINT', 'SIGTERM']`.
    id: 'slo.node-sigterm',
    languages: ['node'],
    pattern: /['"`]SIGTERM['"`]/,
    unless: commentLine,
  },
  {
    id: 'slo.python-sigterm',
    languages: ['python'],
    pattern: /\b(signal\.signal|add_signal_handler)\(\s*(signal\.)?SIGTERM\b/,
  },
  // --- dead-letter queues ----------------------------------------------------------------------------
  {
    id: 'slo.queue-consumer',
    languages: ['go', 'python', 'node', 'rust', 'java'],
    // Receiving, not producing: SQS receive calls, listener annotations, and the way each ecosystem's Kafka
    // and AMQP clients build or start a consumer.
    pattern:
      /\breceive_message\(|\bReceiveMessage(Command|Request|WithContext)?\b|\breceiveMessage\(|@SqsListener\b|@KafkaListener\b|@RabbitListener\b|@JmsListener\b|\bbasic_consume\(|\bbasicConsume\(|\bkafka\.NewReader\(|\bsarama\.NewConsumer(Group)?(FromClient)?\(|\bkafka\.NewConsumer\(|\bkgo\.ConsumeTopics\(|\b(ch|channel|amqpChannel)\.Consume\(|\.consumer\(\s*\{|\bKafkaConsumer\b|\bAIOKafkaConsumer\(|\bConsumer\(\s*\{|\b(ch|channel)\.consume\(|@app\.agent\(|\bStreamConsumer\b|\bBaseConsumer\b|\bnew KafkaConsumer\b/,
    unless: commentLine,
  },
  {
    id: 'slo.dead-letter',
    languages: ['go', 'python', 'node', 'rust', 'java', 'config', 'terraform'],
    pattern:
      /DeadLetterPublishingRecoverer|@RetryableTopic|@DltHandler|redrive_?policy|deadLetterTargetArn|dead_letter_config|DeadLetterConfig|x-dead-letter|[\w-](\.dlt|-dlt|\.dlq|-dlq|_dlq)\b/i,
    unless: commentLine,
  },
  {
    // Lambda event-source failure destinations.
    id: 'slo.dead-letter-destination',
    languages: ['terraform'],
    pattern: /\bon_failure\b/,
  },
  // --- runtime tuning --------------------------------------------------------------------------------
  {
    id: 'slo.go-memory-limit',
    languages: ['go'],
    pattern: /\bdebug\.SetMemoryLimit\(|automemlimit/,
    unless: commentLine,
  },
  {
    id: 'slo.gomemlimit-setting',
    languages: ['config', 'terraform'],
    pattern: /\bGOMEMLIMIT\b/,
  },
  {
    id: 'slo.python-workers-setting',
    languages: ['config', 'terraform', 'python'],
    pattern: /\bWEB_CONCURRENCY\b|--workers\b|^\s*workers\s*=/,
  },
  // --- delivery --------------------------------------------------------------------------------------
  {
    id: 'slo.k6-script',
    languages: ['node'],
    pattern: /(from\s+|require\(\s*)['"]k6(\/http)?['"]/,
  },
  {
    id: 'slo.argo-rollout',
    languages: ['config'],
    pattern: /^\s*kind:\s*["']?Rollout["']?\s*$/,
  },
  {
    id: 'slo.rollout-strategy',
    languages: ['config'],
    pattern: /^\s*(canary|blueGreen):/,
  },
  {
    id: 'slo.flagger-canary',
    languages: ['config'],
    pattern: /^\s*kind:\s*["']?Canary["']?\s*$/,
  },
  {
    id: 'slo.codedeploy-canary',
    languages: ['config', 'terraform'],
    pattern:
      /CodeDeployDefault\.\w*(Canary|Linear)|TimeBased(Canary|Linear)|(Canary|Linear)\d+Percent/,
  },
];
