import { z } from 'zod';
import type { Ecosystem } from '../catalogue/types';
import type { EntityFacts, Location } from '../facts/schema';

/*
 * Which radar entries a service uses, read from its collected facts. The matchers are data so that
 * organisations can attach them to entries they create; the detector turns them into lookup tables
 * once, because it runs over every service of the catalogue.
 */

/**
 * Dependency names that reveal an entry. Names are compared the way each ecosystem compares them:
 * Python names per PEP 503, Rust crate names with `-` and `_` alike, Go module paths with and
 * without their `/vN` major-version suffix.
 *
 * @public
 */
export interface UsageDependencyMatcher {
  /** Only dependencies of this ecosystem; every ecosystem when absent. */
  ecosystem?: Ecosystem;
  names: string[];
  /** Treat names as prefixes, e.g. `@opentelemetry/` or `io.quarkus:`. */
  prefix?: boolean;
}

/**
 * Facts that reveal that a service uses a radar entry. Any one matching fact is enough.
 *
 * @public
 */
export interface UsageMatcher {
  /** Direct (non-indirect) dependencies of any scope, so that test and build tools count. */
  dependencies?: UsageDependencyMatcher[];
  /** A module of this ecosystem exists. */
  ecosystems?: Ecosystem[];
  /** Server frameworks that no dependency reveals, e.g. Go's `net/http`. */
  serverFrameworks?: string[];
  /** GitHub `uses` prefixes ending at a path segment, case-insensitive: `github/codeql-action`, or an owner such as `actions`. */
  ciActions?: string[];
  /** Words in CI run steps, compared word by word on program names: `govulncheck`, `cargo audit`. */
  ciCommands?: string[];
  /** File names of GitLab `include:` templates, e.g. `SAST.gitlab-ci.yml`. */
  ciIncludes?: string[];
  ciProviders?: ('github' | 'gitlab')[];
  /** Dockerfile base images: a prefix ending at a path segment, e.g. `gcr.io/distroless` or `scratch`. */
  dockerBaseImages?: string[];
  /** Text contained in a base image tag, e.g. `slim`. */
  dockerBaseTags?: string[];
  /** Repository files: a path with a `/` matches exactly, `*.ext` by extension, anything else by file name. */
  files?: string[];
  updateBots?: ('dependabot' | 'renovate')[];
  sloFormats?: ('stackscore' | 'sloth' | 'pyrra' | 'annotations')[];
  /** Lockfile formats as in the facts (`package-lock`, `go-sum`, …); `*` for any. */
  lockfileFormats?: string[];
}

const matcherText = z.string().trim().min(1).max(200);
const matcherTexts = z.array(matcherText).min(1).max(200);

/**
 * Schema of a {@link UsageMatcher} written by users, bounded so one entry cannot slow every scan.
 *
 * @public
 */
export const usageMatcherSchema: z.ZodType<UsageMatcher> = z
  .object({
    dependencies: z
      .array(
        z
          .object({
            ecosystem: z
              .enum(['go', 'python', 'rust', 'java', 'node'])
              .optional(),
            names: matcherTexts,
            prefix: z.boolean().optional(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
    ecosystems: z
      .array(z.enum(['go', 'python', 'rust', 'java', 'node']))
      .optional(),
    serverFrameworks: matcherTexts.optional(),
    ciActions: matcherTexts.optional(),
    ciCommands: matcherTexts.optional(),
    ciIncludes: matcherTexts.optional(),
    ciProviders: z.array(z.enum(['github', 'gitlab'])).optional(),
    dockerBaseImages: matcherTexts.optional(),
    dockerBaseTags: matcherTexts.optional(),
    files: matcherTexts.optional(),
    updateBots: z.array(z.enum(['dependabot', 'renovate'])).optional(),
    sloFormats: z
      .array(z.enum(['stackscore', 'sloth', 'pyrra', 'annotations']))
      .optional(),
    lockfileFormats: matcherTexts.optional(),
  })
  .strict();

/**
 * A technology found in the facts that no radar entry claims, for radar owners to place.
 *
 * @public
 */
export interface DetectedTechnology {
  /** Stable key, e.g. `framework:express`, `language:go`, `docker-base:alpine`, `ci-action:docker/build-push-action`. */
  key: string;
  kind:
    | 'language'
    | 'framework'
    | 'dependency'
    | 'ci'
    | 'container-base'
    | 'tool';
  name: string;
  evidence: Location;
}

/**
 * Radar entries a service uses, and technologies it uses that the radar does not cover.
 *
 * @public
 */
export interface RadarUsage {
  /** Each entry once, ordered by id, with up to three places that show it. */
  entries: { entryId: string; evidence: Location[] }[];
  /** Ordered by key. */
  unknown: DetectedTechnology[];
}

const ecosystemsList: Ecosystem[] = ['go', 'python', 'rust', 'java', 'node'];

function dep(
  ecosystem: Ecosystem | undefined,
  names: string[],
  prefix?: boolean,
): UsageDependencyMatcher {
  return {
    ...(ecosystem ? { ecosystem } : {}),
    names,
    ...(prefix ? { prefix } : {}),
  };
}
const go = (...names: string[]) => dep('go', names);
const goPrefix = (...names: string[]) => dep('go', names, true);
const py = (...names: string[]) => dep('python', names);
const pyPrefix = (...names: string[]) => dep('python', names, true);
const rs = (...names: string[]) => dep('rust', names);
const rsPrefix = (...names: string[]) => dep('rust', names, true);
const jvm = (...names: string[]) => dep('java', names);
const jvmPrefix = (...names: string[]) => dep('java', names, true);
const npm = (...names: string[]) => dep('node', names);
const npmPrefix = (...names: string[]) => dep('node', names, true);
const anyEcosystem = (...names: string[]) => dep(undefined, names);

const awsGo = 'github.com/aws/aws-sdk-go-v2';

/**
 * How the facts reveal each seeded radar entry, keyed by entry id. Entries without a key (practices
 * no file shows, such as correlation ids) are never reported as used.
 *
 * @public
 */
export const radarUsageMatchers: Record<string, UsageMatcher> = {
  // Languages: a manifest of the ecosystem, or the ecosystem's official build image.
  go: { ecosystems: ['go'], dockerBaseImages: ['golang'] },
  java: {
    ecosystems: ['java'],
    dockerBaseImages: [
      'eclipse-temurin',
      'openjdk',
      'amazoncorretto',
      'maven',
      'gradle',
    ],
  },
  python: { ecosystems: ['python'], dockerBaseImages: ['python'] },
  rust: { ecosystems: ['rust'], dockerBaseImages: ['rust'] },
  typescript: { dependencies: [npm('typescript')] },
  nodejs: { ecosystems: ['node'], dockerBaseImages: ['node'] },
  'dotnet-aspnet-core': {
    dockerBaseImages: ['mcr.microsoft.com/dotnet'],
    files: ['*.csproj'],
  },

  // Go
  'go-chi': { dependencies: [go('github.com/go-chi/chi')] },
  gin: { dependencies: [go('github.com/gin-gonic/gin')] },
  'go-net-http': { serverFrameworks: ['net/http'] },
  echo: { dependencies: [go('github.com/labstack/echo')] },
  fiber: { dependencies: [go('github.com/gofiber/fiber')] },
  zap: { dependencies: [go('go.uber.org/zap')] },
  zerolog: { dependencies: [go('github.com/rs/zerolog')] },
  viper: { dependencies: [go('github.com/spf13/viper')] },
  'aws-sdk-go-v2': {
    dependencies: [go(awsGo), goPrefix(`${awsGo}/`)],
  },
  testify: { dependencies: [go('github.com/stretchr/testify')] },
  'golang-migrate': {
    dependencies: [go('github.com/golang-migrate/migrate')],
  },
  'go-sqlx': { dependencies: [go('github.com/jmoiron/sqlx')] },
  sqlc: {
    files: ['sqlc.yaml', 'sqlc.yml', 'sqlc.json'],
    ciActions: ['sqlc-dev/setup-sqlc'],
  },
  'go-heavy-orms': {
    dependencies: [
      go('gorm.io/gorm', 'github.com/jinzhu/gorm', 'xorm.io/xorm'),
    ],
  },
  'confluent-kafka-go': {
    dependencies: [go('github.com/confluentinc/confluent-kafka-go')],
  },
  'segmentio-kafka-go': { dependencies: [go('github.com/segmentio/kafka-go')] },
  'connect-go': {
    dependencies: [
      go('connectrpc.com/connect', 'github.com/bufbuild/connect-go'),
    ],
  },
  'grpc-go': { dependencies: [go('google.golang.org/grpc')] },

  // Python
  fastapi: { dependencies: [py('fastapi')] },
  litestar: { dependencies: [py('litestar')] },
  django: { dependencies: [py('django')] },
  flask: { dependencies: [py('flask')] },
  'python-async-io': { dependencies: [py('httpx', 'asyncpg')] },
  celery: { dependencies: [py('celery')] },
  structlog: { dependencies: [py('structlog')] },
  pypy: { dockerBaseImages: ['pypy'] },
  'python-ml-stack': { dependencies: [py('numpy', 'pandas', 'torch')] },

  // Rust
  axum: { dependencies: [rs('axum')] },
  tokio: { dependencies: [rs('tokio')] },
  serde: { dependencies: [rs('serde', 'serde_json')] },
  'rust-sqlx': { dependencies: [rs('sqlx')] },
  'tower-http': { dependencies: [rs('tower-http')] },
  'rust-tracing': { dependencies: [rs('tracing', 'tracing-subscriber')] },
  pyo3: { dependencies: [rs('pyo3')] },
  candle: { dependencies: [rsPrefix('candle-')] },
  burn: { dependencies: [rs('burn')] },
  bevy: { dependencies: [rs('bevy')] },

  // Java
  'spring-boot': {
    dependencies: [
      jvmPrefix('org.springframework.boot:'),
      jvm('org.springframework.boot'),
    ],
  },
  quarkus: {
    dependencies: [
      jvmPrefix('io.quarkus:', 'io.quarkus.platform:'),
      jvm('io.quarkus'),
    ],
  },
  micronaut: { dependencies: [jvmPrefix('io.micronaut')] },
  vertx: { dependencies: [jvmPrefix('io.vertx:')] },
  hikaricp: { dependencies: [jvm('com.zaxxer:HikariCP')] },
  'spring-security': {
    dependencies: [
      jvm('org.springframework.boot:spring-boot-starter-security'),
      jvmPrefix('org.springframework.security:'),
    ],
  },
  resilience4j: { dependencies: [jvmPrefix('io.github.resilience4j:')] },
  'spring-kafka': {
    dependencies: [jvm('org.springframework.kafka:spring-kafka')],
  },
  micrometer: { dependencies: [jvmPrefix('io.micrometer:')] },
  'spring-cloud-gateway': {
    dependencies: [
      jvmPrefix(
        'org.springframework.cloud:spring-cloud-starter-gateway',
        'org.springframework.cloud:spring-cloud-gateway',
      ),
    ],
  },

  // Node.js and frontend
  fastify: { dependencies: [npm('fastify')] },
  hono: { dependencies: [npm('hono')] },
  pino: { dependencies: [npm('pino')] },
  'node-auth-libraries': {
    dependencies: [
      npm('passport', 'next-auth', '@supabase/auth-js', '@supabase/ssr'),
      npmPrefix('passport-', '@auth/', '@supabase/auth-helpers-'),
    ],
  },
  zod: { dependencies: [npm('zod')] },
  'react-hook-form': { dependencies: [npm('react-hook-form')] },
  dompurify: { dependencies: [npm('dompurify', 'isomorphic-dompurify')] },
  dayjs: { dependencies: [npm('dayjs')] },
  trpc: { dependencies: [npmPrefix('@trpc/')] },
  moment: { dependencies: [npm('moment', 'moment-timezone')] },
  react: { dependencies: [npm('react')] },
  nextjs: { dependencies: [npm('next')] },
  angular: { dependencies: [npm('@angular/core'), npmPrefix('@ngrx/')] },
  astro: { dependencies: [npm('astro')] },
  'vue-pinia': { dependencies: [npm('vue', 'pinia')] },
  svelte: { dependencies: [npm('svelte', '@sveltejs/kit')] },
  jotai: { dependencies: [npm('jotai')] },
  swr: { dependencies: [npm('swr')] },
  nuqs: { dependencies: [npm('nuqs')] },
  'tanstack-query': {
    dependencies: [
      npm('react-query'),
      npmPrefix(
        '@tanstack/react-query',
        '@tanstack/vue-query',
        '@tanstack/svelte-query',
        '@tanstack/query-',
      ),
    ],
  },
  zustand: { dependencies: [npm('zustand')] },
  'redux-toolkit': { dependencies: [npm('@reduxjs/toolkit')] },
  'shadcn-tailwind': { dependencies: [npm('tailwindcss', 'shadcn')] },

  // Tools
  gofmt: { ciCommands: ['gofmt', 'go fmt'] },
  govulncheck: {
    ciActions: ['golang/govulncheck-action'],
    ciCommands: ['govulncheck'],
  },
  staticcheck: {
    ciActions: ['dominikh/staticcheck-action'],
    ciCommands: ['staticcheck'],
  },
  'golangci-lint': {
    ciActions: ['golangci/golangci-lint-action'],
    ciCommands: ['golangci-lint'],
    files: ['.golangci.yml', '.golangci.yaml', '.golangci.toml'],
  },
  gosec: { ciActions: ['securego/gosec'], ciCommands: ['gosec'] },
  clippy: {
    ciActions: ['actions-rs/clippy-check', 'giraffate/clippy-action'],
    ciCommands: ['cargo clippy'],
  },
  'cargo-deny': {
    ciActions: ['embarkstudios/cargo-deny-action'],
    ciCommands: ['cargo deny', 'cargo-deny'],
    files: ['deny.toml'],
  },
  'cargo-audit': {
    ciActions: ['rustsec/audit-check', 'actions-rs/audit-check'],
    ciCommands: ['cargo audit', 'cargo-audit'],
  },
  uv: {
    files: ['uv.lock'],
    ciActions: ['astral-sh/setup-uv'],
    ciCommands: ['uv'],
  },
  poetry: {
    files: ['poetry.lock'],
    ciActions: ['snok/install-poetry'],
    ciCommands: ['poetry'],
  },
  'pip-audit': {
    dependencies: [py('pip-audit')],
    ciActions: ['pypa/gh-action-pip-audit'],
    ciCommands: ['pip-audit'],
  },
  ruff: {
    dependencies: [py('ruff')],
    ciActions: ['astral-sh/ruff-action', 'chartboost/ruff-action'],
    ciCommands: ['ruff'],
    files: ['ruff.toml', '.ruff.toml'],
  },
  mypy: {
    dependencies: [py('mypy')],
    ciCommands: ['mypy'],
    files: ['mypy.ini', '.mypy.ini'],
  },
  'py-spy': { dependencies: [py('py-spy')], ciCommands: ['py-spy'] },
  'owasp-dependency-check': {
    dependencies: [
      jvm('org.owasp:dependency-check-maven', 'org.owasp.dependencycheck'),
    ],
    ciActions: ['dependency-check/dependency-check_action'],
    ciCommands: [
      'dependency-check',
      'dependency-check.sh',
      'dependency-check:check',
      'org.owasp:dependency-check-maven:check',
      'dependencyCheckAnalyze',
    ],
  },
  'spotbugs-findsecbugs': {
    dependencies: [
      jvm(
        'com.github.spotbugs:spotbugs-maven-plugin',
        'com.h3xstream.findsecbugs:findsecbugs-plugin',
        'com.github.spotbugs',
      ),
    ],
    ciCommands: ['spotbugs:check'],
  },
  snyk: {
    dependencies: [npm('snyk')],
    ciActions: ['snyk/actions'],
    ciCommands: ['snyk'],
    files: ['.snyk'],
  },
  'socket-dev': { files: ['socket.yml', 'socket.yaml'] },
  'npm-audit': { ciCommands: ['npm audit', 'pnpm audit', 'yarn audit'] },
  dependabot: {
    updateBots: ['dependabot'],
    files: ['.github/dependabot.yml', '.github/dependabot.yaml'],
  },
  renovate: {
    updateBots: ['renovate'],
    files: [
      'renovate.json',
      'renovate.json5',
      '.renovaterc',
      '.renovaterc.json',
      '.renovaterc.json5',
    ],
  },
  codeql: { ciActions: ['github/codeql-action'] },
  semgrep: {
    ciActions: ['returntocorp/semgrep-action', 'semgrep/semgrep-action'],
    ciCommands: ['semgrep'],
    ciIncludes: ['SAST.gitlab-ci.yml'],
  },
  gitleaks: {
    ciActions: ['gitleaks/gitleaks-action'],
    ciCommands: ['gitleaks'],
    ciIncludes: ['Secret-Detection.gitlab-ci.yml'],
    files: ['.gitleaks.toml'],
  },
  trufflehog: {
    ciActions: ['trufflesecurity/trufflehog'],
    ciCommands: ['trufflehog'],
  },
  trivy: {
    ciActions: ['aquasecurity/trivy-action', 'aquasecurity/setup-trivy'],
    ciCommands: ['trivy'],
    ciIncludes: ['Container-Scanning.gitlab-ci.yml'],
  },
  'owasp-zap': {
    ciActions: ['zaproxy'],
    ciCommands: ['zap-baseline.py', 'zap-full-scan.py', 'zap-api-scan.py'],
  },
  'sbom-cyclonedx-spdx': {
    dependencies: [
      jvm(
        'org.cyclonedx:cyclonedx-maven-plugin',
        'org.cyclonedx.bom',
        'org.spdx:spdx-maven-plugin',
      ),
      npmPrefix('@cyclonedx/'),
      py('cyclonedx-bom'),
    ],
    ciActions: ['cyclonedx', 'anchore/sbom-action'],
    ciCommands: ['syft', 'cyclonedx-npm', 'cyclonedx-py', 'cyclonedx-gomod'],
  },
  eslint: {
    dependencies: [npm('eslint')],
    ciCommands: ['eslint'],
    files: [
      'eslint.config.js',
      'eslint.config.mjs',
      'eslint.config.cjs',
      'eslint.config.ts',
      '.eslintrc',
      '.eslintrc.js',
      '.eslintrc.cjs',
      '.eslintrc.json',
      '.eslintrc.yml',
      '.eslintrc.yaml',
    ],
  },
  tsc: { ciCommands: ['tsc'] },
  playwright: {
    dependencies: [npm('@playwright/test', 'playwright'), py('playwright')],
    files: ['playwright.config.ts', 'playwright.config.js'],
  },
  cypress: {
    dependencies: [npm('cypress')],
    ciActions: ['cypress-io/github-action'],
    files: ['cypress.config.ts', 'cypress.config.js', 'cypress.json'],
  },
  k6: {
    ciActions: [
      'grafana/k6-action',
      'grafana/setup-k6-action',
      'grafana/run-k6-action',
    ],
    ciCommands: ['k6'],
  },
  sloth: { sloFormats: ['sloth'] },
  pyrra: { sloFormats: ['pyrra'] },
  terraform: {
    files: ['*.tf'],
    ciActions: ['hashicorp/setup-terraform'],
    ciCommands: ['terraform'],
  },
  testcontainers: {
    dependencies: [
      anyEcosystem('testcontainers'),
      go('github.com/testcontainers/testcontainers-go'),
      goPrefix('github.com/testcontainers/testcontainers-go/'),
      jvmPrefix('org.testcontainers:'),
      npmPrefix('@testcontainers/'),
    ],
  },
  localstack: {
    dependencies: [
      py('localstack', 'localstack-client'),
      jvm('org.testcontainers:localstack'),
      npm('@testcontainers/localstack'),
      go('github.com/testcontainers/testcontainers-go/modules/localstack'),
    ],
    ciActions: ['localstack/setup-localstack'],
    ciCommands: ['localstack'],
  },
  'github-actions': { ciProviders: ['github'], ciActions: ['actions'] },
  'gitlab-ci': { ciProviders: ['gitlab'] },
  jenkins: { files: ['Jenkinsfile'] },
  nx: {
    dependencies: [npm('nx'), npmPrefix('@nx/', '@nrwl/')],
    files: ['nx.json'],
  },

  // Platforms
  'docker-multi-stage-minimal-images': {
    dockerBaseImages: ['gcr.io/distroless', 'scratch'],
    dockerBaseTags: ['slim', 'distroless'],
  },
  kubernetes: {
    files: ['Chart.yaml', 'kustomization.yaml', 'skaffold.yaml'],
    ciActions: ['azure/k8s-deploy', 'azure/setup-kubectl', 'azure/setup-helm'],
    ciCommands: ['kubectl', 'helm'],
  },
  'aws-lambda': {
    dependencies: [
      go('github.com/aws/aws-lambda-go'),
      py('aws-lambda-powertools', 'awslambdaric'),
      rs('lambda_runtime', 'lambda_http'),
      jvm(
        'com.amazonaws:aws-lambda-java-core',
        'com.amazonaws:aws-lambda-java-events',
      ),
      npm('@types/aws-lambda', '@middy/core'),
      npmPrefix('@aws-lambda-powertools/'),
    ],
    files: ['serverless.yml', 'serverless.yaml', 'samconfig.toml'],
  },
  'aws-s3': {
    dependencies: [
      go(`${awsGo}/service/s3`),
      npm('@aws-sdk/client-s3'),
      jvm('software.amazon.awssdk:s3'),
      rs('aws-sdk-s3'),
    ],
  },
  'aws-iam': { ciActions: ['aws-actions/configure-aws-credentials'] },
  'amazon-ecr': { ciActions: ['aws-actions/amazon-ecr-login'] },
  'aws-secrets-manager': {
    dependencies: [
      go(`${awsGo}/service/secretsmanager`),
      npm('@aws-sdk/client-secrets-manager'),
      jvm('software.amazon.awssdk:secretsmanager'),
      rs('aws-sdk-secretsmanager'),
    ],
  },
  dynamodb: {
    dependencies: [
      go(`${awsGo}/service/dynamodb`),
      goPrefix(`${awsGo}/feature/dynamodb/`),
      npm('@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'),
      jvm(
        'software.amazon.awssdk:dynamodb',
        'software.amazon.awssdk:dynamodb-enhanced',
      ),
      rs('aws-sdk-dynamodb'),
      py('pynamodb'),
    ],
  },
  postgresql: {
    dependencies: [
      go('github.com/jackc/pgx', 'github.com/lib/pq'),
      npm('pg', 'postgres', 'pg-promise'),
      py('psycopg', 'psycopg2', 'psycopg2-binary', 'psycopg-binary', 'asyncpg'),
      jvmPrefix('org.postgresql:'),
      rs('tokio-postgres', 'postgres'),
    ],
  },
  'redis-elasticache': {
    dependencies: [
      go(
        'github.com/redis/go-redis',
        'github.com/go-redis/redis',
        'github.com/gomodule/redigo',
      ),
      npm('redis', 'ioredis'),
      py('redis'),
      jvm(
        'redis.clients:jedis',
        'io.lettuce:lettuce-core',
        'org.springframework.boot:spring-boot-starter-data-redis',
        'org.redisson:redisson',
      ),
      rs('redis'),
    ],
  },
  cognito: {
    dependencies: [
      go(`${awsGo}/service/cognitoidentityprovider`),
      npm(
        '@aws-sdk/client-cognito-identity-provider',
        'amazon-cognito-identity-js',
      ),
      jvm('software.amazon.awssdk:cognitoidentityprovider'),
    ],
  },
  'kafka-msk': {
    dependencies: [
      go(
        'github.com/confluentinc/confluent-kafka-go',
        'github.com/segmentio/kafka-go',
        'github.com/IBM/sarama',
        'github.com/Shopify/sarama',
        'github.com/twmb/franz-go',
      ),
      npm('kafkajs', '@confluentinc/kafka-javascript', 'node-rdkafka'),
      py('confluent-kafka', 'kafka-python', 'aiokafka'),
      jvm(
        'org.apache.kafka:kafka-clients',
        'org.springframework.kafka:spring-kafka',
        'io.quarkus:quarkus-messaging-kafka',
        'io.smallrye.reactive:smallrye-reactive-messaging-kafka',
      ),
      rs('rdkafka'),
    ],
  },
  'nats-jetstream': {
    dependencies: [
      go('github.com/nats-io/nats.go'),
      npm('nats'),
      npmPrefix('@nats-io/'),
      py('nats-py'),
      jvm('io.nats:jnats'),
      rs('async-nats'),
    ],
  },
  rabbitmq: {
    dependencies: [
      go('github.com/rabbitmq/amqp091-go', 'github.com/streadway/amqp'),
      npm('amqplib', 'amqp-connection-manager'),
      py('pika', 'aio-pika'),
      jvm(
        'com.rabbitmq:amqp-client',
        'org.springframework.boot:spring-boot-starter-amqp',
      ),
      rs('lapin'),
    ],
  },
  'sns-sqs': {
    dependencies: [
      go(`${awsGo}/service/sns`, `${awsGo}/service/sqs`),
      npm('@aws-sdk/client-sns', '@aws-sdk/client-sqs'),
      jvm('software.amazon.awssdk:sns', 'software.amazon.awssdk:sqs'),
      rs('aws-sdk-sns', 'aws-sdk-sqs'),
    ],
  },
  'gcp-pubsub': {
    dependencies: [
      go('cloud.google.com/go/pubsub'),
      npm('@google-cloud/pubsub'),
      py('google-cloud-pubsub'),
      jvm('com.google.cloud:google-cloud-pubsub'),
    ],
  },
  'schema-registry': {
    dependencies: [
      jvm(
        'io.confluent:kafka-avro-serializer',
        'io.confluent:kafka-protobuf-serializer',
        'io.confluent:kafka-schema-registry-client',
        'software.amazon.glue:schema-registry-serde',
      ),
      npm('@kafkajs/confluent-schema-registry'),
      rs('schema_registry_converter'),
    ],
  },
  cockroachdb: {
    dependencies: [go('github.com/cockroachdb/cockroach-go')],
    dockerBaseImages: ['cockroachdb/cockroach'],
  },
  prometheus: {
    dependencies: [
      go('github.com/prometheus/client_golang'),
      npm('prom-client'),
      py('prometheus-client'),
      jvm('io.micrometer:micrometer-registry-prometheus'),
      jvmPrefix('io.prometheus:'),
      rs('prometheus', 'metrics-exporter-prometheus'),
    ],
  },
  elasticsearch: {
    dependencies: [
      go('github.com/elastic/go-elasticsearch'),
      npm('@elastic/elasticsearch'),
      py('elasticsearch'),
      jvm(
        'co.elastic.clients:elasticsearch-java',
        'org.springframework.boot:spring-boot-starter-data-elasticsearch',
      ),
      jvmPrefix('org.elasticsearch.client:'),
      rs('elasticsearch'),
    ],
  },
  'tracing-backends': {
    dependencies: [
      go('go.opentelemetry.io/otel/exporters/jaeger'),
      goPrefix('github.com/honeycombio/'),
      npm('jaeger-client'),
      npmPrefix('@honeycombio/'),
    ],
  },
  'cloudwatch-xray': {
    dependencies: [
      go(
        'github.com/aws/aws-xray-sdk-go',
        `${awsGo}/service/cloudwatch`,
        `${awsGo}/service/xray`,
      ),
      npm('aws-xray-sdk', 'aws-xray-sdk-core', '@aws-sdk/client-cloudwatch'),
      py('aws-xray-sdk'),
      jvmPrefix('com.amazonaws:aws-xray-recorder-sdk'),
      jvm('software.amazon.awssdk:cloudwatch', 'software.amazon.awssdk:xray'),
    ],
  },
  'cloudflare-workers': {
    dependencies: [npm('wrangler', '@cloudflare/workers-types'), rs('worker')],
    files: ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc'],
  },
  'fastly-compute': {
    dependencies: [npm('@fastly/js-compute'), rs('fastly')],
    files: ['fastly.toml'],
  },
  'graalvm-native-image': {
    dependencies: [
      jvm(
        'org.graalvm.buildtools:native-maven-plugin',
        'org.graalvm.buildtools.native',
      ),
    ],
    dockerBaseImages: [
      'ghcr.io/graalvm',
      'container-registry.oracle.com/graalvm',
    ],
    ciActions: ['graalvm/setup-graalvm'],
  },
  'webassembly-rust': { dependencies: [rs('wasm-bindgen')] },

  // Techniques, only where a file shows the practice plainly.
  'api-first-openapi': {
    files: ['openapi.yaml', 'openapi.yml', 'openapi.json'],
  },
  'grpc-protobuf-json': {
    dependencies: [
      go('google.golang.org/grpc', 'connectrpc.com/connect'),
      npm('@grpc/grpc-js', '@connectrpc/connect'),
      py('grpcio'),
      jvmPrefix('io.grpc:'),
      rs('tonic', 'prost'),
    ],
    files: ['*.proto', 'buf.yaml', 'buf.gen.yaml'],
  },
  'argon2id-password-hashing': {
    dependencies: [
      npm('argon2', '@node-rs/argon2'),
      py('argon2-cffi'),
      rs('argon2'),
      jvm('de.mkammerer:argon2-jvm'),
    ],
  },
  'rate-limiting': {
    dependencies: [
      go(
        'golang.org/x/time',
        'github.com/ulule/limiter',
        'github.com/didip/tollbooth',
      ),
      npm('express-rate-limit', '@fastify/rate-limit', 'rate-limiter-flexible'),
      py('slowapi', 'flask-limiter'),
      jvmPrefix(
        'com.bucket4j:',
        'io.github.resilience4j:resilience4j-ratelimiter',
      ),
      rs('governor', 'tower_governor'),
    ],
  },
  'circuit-breakers': {
    dependencies: [
      go('github.com/sony/gobreaker', 'github.com/afex/hystrix-go'),
      npm('opossum', 'cockatiel'),
      py('pybreaker', 'circuitbreaker'),
      jvmPrefix(
        'io.github.resilience4j:resilience4j-circuitbreaker',
        'org.springframework.cloud:spring-cloud-starter-circuitbreaker',
      ),
    ],
  },
  'retries-backoff-jitter': {
    dependencies: [
      go('github.com/cenkalti/backoff', 'github.com/avast/retry-go'),
      npm('p-retry', 'async-retry'),
      py('tenacity', 'backoff'),
      jvm('org.springframework.retry:spring-retry'),
      jvmPrefix('io.github.resilience4j:resilience4j-retry'),
      rs('backoff', 'backon'),
    ],
  },
  'opentelemetry-first': {
    dependencies: [
      go('go.opentelemetry.io/otel'),
      goPrefix('go.opentelemetry.io/'),
      npmPrefix('@opentelemetry/'),
      pyPrefix('opentelemetry-'),
      jvmPrefix('io.opentelemetry'),
      rs('opentelemetry'),
      rsPrefix('opentelemetry-'),
    ],
  },
  'structured-json-logs': {
    dependencies: [
      go('go.uber.org/zap', 'github.com/rs/zerolog'),
      npm('pino'),
      py('structlog', 'python-json-logger'),
      jvm('net.logstash.logback:logstash-logback-encoder'),
    ],
  },
  'slos-error-budgets': {
    sloFormats: ['stackscore', 'sloth', 'pyrra', 'annotations'],
  },
  lockfiles: { lockfileFormats: ['*'] },
};

/* ------------------------------------------------------------------------------------------------
 * Lookup tables
 * --------------------------------------------------------------------------------------------- */

type Ids = string[];

interface DependencyTable {
  names: Map<string, Ids>;
  prefixes: Map<string, Ids>;
  /** Distinct prefix lengths, so a name is tested against each length once, not against each prefix. */
  prefixLengths: number[];
}

const none: Ids = [];

interface UsageIndex {
  ecosystems: Map<string, Ids>;
  dependencies: Map<Ecosystem, DependencyTable>;
  serverFrameworks: Map<string, Ids>;
  ciActions: Map<string, Ids>;
  ciCommands: Map<string, { words: string[]; ids: Ids }[]>;
  ciIncludes: Map<string, Ids>;
  ciProviders: Map<string, Ids>;
  dockerImages: Map<string, Ids>;
  dockerTags: { text: string; ids: Ids }[];
  filePaths: Map<string, Ids>;
  fileNames: Map<string, Ids>;
  fileExtensions: Map<string, Ids>;
  updateBots: Map<string, Ids>;
  sloFormats: Map<string, Ids>;
  lockfileFormats: Map<string, Ids>;
}

function add(map: Map<string, Ids>, key: string, id: string) {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

/** How an ecosystem spells the same package: PEP 503 for Python, `-`/`_` alike for crates. */
function normaliseName(ecosystem: Ecosystem, name: string): string {
  if (ecosystem === 'python') return name.toLowerCase().replace(/[-_.]+/g, '-');
  if (ecosystem === 'rust') return name.toLowerCase().replace(/_/g, '-');
  return name;
}

/** Go major versions live in the module path (`/v5`); they are the same library. */
function withoutGoMajor(name: string): string {
  return name.replace(/\/v\d+$/, '');
}

function imageName(image: string): string {
  let name = image.toLowerCase();
  for (const registry of ['docker.io/', 'index.docker.io/']) {
    if (name.startsWith(registry)) name = name.slice(registry.length);
  }
  if (name.startsWith('library/')) name = name.slice('library/'.length);
  return name;
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`: the prefixes that end at a path segment. */
function segmentPrefixes(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

function trimSlashes(value: string): string {
  return value.toLowerCase().replace(/^\/+|\/+$/g, '');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : undefined;
}

/**
 * Program-name words of each command of a shell script, so a multi-word command never spans two
 * commands: `./bin/tsc --noEmit && x/govulncheck@latest` → `[tsc, --noemit]`, `[govulncheck]`.
 */
function commandWords(run: string): string[][] {
  return run.split(/[;&|\n]+/).map(command =>
    command
      .split(/[\s()`'"<>]+/)
      .filter(Boolean)
      .map(token => {
        const base = baseName(token);
        const at = base.indexOf('@');
        return (at > 0 ? base.slice(0, at) : base).toLowerCase();
      }),
  );
}

function buildIndex(matchers: Record<string, UsageMatcher>): UsageIndex {
  const index: UsageIndex = {
    ecosystems: new Map(),
    dependencies: new Map(
      ecosystemsList.map(ecosystem => [
        ecosystem,
        { names: new Map(), prefixes: new Map(), prefixLengths: [] },
      ]),
    ),
    serverFrameworks: new Map(),
    ciActions: new Map(),
    ciCommands: new Map(),
    ciIncludes: new Map(),
    ciProviders: new Map(),
    dockerImages: new Map(),
    dockerTags: [],
    filePaths: new Map(),
    fileNames: new Map(),
    fileExtensions: new Map(),
    updateBots: new Map(),
    sloFormats: new Map(),
    lockfileFormats: new Map(),
  };
  for (const id of Object.keys(matchers).sort()) {
    const matcher = matchers[id];
    for (const ecosystem of matcher.ecosystems ?? []) {
      add(index.ecosystems, ecosystem, id);
    }
    for (const group of matcher.dependencies ?? []) {
      const ecosystems = group.ecosystem ? [group.ecosystem] : ecosystemsList;
      for (const ecosystem of ecosystems) {
        const table = index.dependencies.get(ecosystem)!;
        for (const raw of group.names) {
          const name = normaliseName(ecosystem, raw);
          if (group.prefix) {
            add(table.prefixes, name, id);
          } else {
            add(
              table.names,
              ecosystem === 'go' ? withoutGoMajor(name) : name,
              id,
            );
          }
        }
      }
    }
    for (const name of matcher.serverFrameworks ?? []) {
      add(index.serverFrameworks, withoutGoMajor(name), id);
    }
    for (const action of matcher.ciActions ?? []) {
      add(index.ciActions, trimSlashes(action), id);
    }
    for (const command of matcher.ciCommands ?? []) {
      const words = command.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = index.ciCommands.get(words[0]) ?? [];
      const same = list.find(c => c.words.join(' ') === words.join(' '));
      if (same) {
        if (!same.ids.includes(id)) same.ids.push(id);
      } else list.push({ words, ids: [id] });
      index.ciCommands.set(words[0], list);
    }
    for (const include of matcher.ciIncludes ?? []) {
      add(index.ciIncludes, baseName(include).toLowerCase(), id);
    }
    for (const provider of matcher.ciProviders ?? []) {
      add(index.ciProviders, provider, id);
    }
    for (const image of matcher.dockerBaseImages ?? []) {
      add(index.dockerImages, trimSlashes(imageName(image)), id);
    }
    for (const text of matcher.dockerBaseTags ?? []) {
      const lower = text.toLowerCase();
      const existing = index.dockerTags.find(t => t.text === lower);
      if (existing) existing.ids.push(id);
      else index.dockerTags.push({ text: lower, ids: [id] });
    }
    for (const pattern of matcher.files ?? []) {
      if (pattern.startsWith('*.')) {
        add(index.fileExtensions, pattern.slice(1), id);
      } else if (pattern.includes('/')) {
        add(index.filePaths, pattern.replace(/^\/+/, ''), id);
      } else add(index.fileNames, pattern, id);
    }
    for (const bot of matcher.updateBots ?? []) add(index.updateBots, bot, id);
    for (const format of matcher.sloFormats ?? []) {
      add(index.sloFormats, format, id);
    }
    for (const format of matcher.lockfileFormats ?? []) {
      add(index.lockfileFormats, format, id);
    }
  }
  for (const table of index.dependencies.values()) {
    table.prefixLengths = [
      ...new Set([...table.prefixes.keys()].map(p => p.length)),
    ].sort((a, b) => a - b);
  }
  return index;
}

/** Both lists, without duplicates; either list itself when the other is missing (never mutated). */
function union(a: Ids | undefined, b: Ids | undefined): Ids | undefined {
  if (!b) return a;
  if (!a) return b;
  const merged = [...a];
  for (const id of b) if (!merged.includes(id)) merged.push(id);
  return merged;
}

function dependencyIds(
  index: UsageIndex,
  ecosystem: Ecosystem,
  rawName: string,
): Ids {
  const table = index.dependencies.get(ecosystem);
  if (!table) return none;
  const name = normaliseName(ecosystem, rawName);
  let found = table.names.get(name);
  if (ecosystem === 'go') {
    const base = withoutGoMajor(name);
    if (base !== name) found = union(found, table.names.get(base));
  }
  for (const length of table.prefixLengths) {
    if (length > name.length) break;
    found = union(found, table.prefixes.get(name.slice(0, length)));
  }
  return found ?? none;
}

function actionIds(index: UsageIndex, path: string): Ids {
  const found: Ids = [];
  for (const prefix of segmentPrefixes(path)) {
    for (const id of index.ciActions.get(prefix) ?? []) {
      if (!found.includes(id)) found.push(id);
    }
  }
  return found;
}

function commandIds(index: UsageIndex, run: string): Ids {
  const found: Ids = [];
  for (const words of commandWords(run)) {
    words.forEach((first, at) => {
      for (const command of index.ciCommands.get(first) ?? []) {
        if (!command.words.every((w, i) => words[at + i] === w)) continue;
        for (const id of command.ids) if (!found.includes(id)) found.push(id);
      }
    });
  }
  return found;
}

function imageIds(index: UsageIndex, name: string, tag?: string): Ids {
  const found: Ids = [];
  for (const prefix of segmentPrefixes(name)) {
    for (const id of index.dockerImages.get(prefix) ?? []) {
      if (!found.includes(id)) found.push(id);
    }
  }
  const lowerTag = tag?.toLowerCase();
  if (lowerTag) {
    for (const { text, ids } of index.dockerTags) {
      if (!lowerTag.includes(text)) continue;
      for (const id of ids) if (!found.includes(id)) found.push(id);
    }
  }
  return found;
}

/** `owner/repo` of a GitHub `uses`, or undefined for local and Docker actions. */
function actionRepository(uses: string): string | undefined {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const path = trimSlashes(uses.split('@')[0]);
  const parts = path.split('/');
  return parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined;
}

const maxEvidence = 3;

function detect(index: UsageIndex, facts: EntityFacts): RadarUsage {
  const hits = new Map<string, Location[]>();
  const unknown = new Map<string, DetectedTechnology>();

  const hit = (ids: Ids, location?: Location) => {
    for (const id of ids) {
      let evidence = hits.get(id);
      if (!evidence) {
        evidence = [];
        hits.set(id, evidence);
      }
      if (!location || evidence.length >= maxEvidence) continue;
      const duplicate = evidence.some(
        e => e.file === location.file && e.line === location.line,
      );
      if (!duplicate) evidence.push(location);
    }
  };
  const notice = (technology: DetectedTechnology) => {
    if (!unknown.has(technology.key)) unknown.set(technology.key, technology);
  };
  const at = (file: string, line?: number): Location =>
    line === undefined ? { file } : { file, line };

  for (const module of facts.modules) {
    const manifest = at(module.manifests[0] ?? module.dir);
    const ecosystemIds = index.ecosystems.get(module.ecosystem) ?? [];
    hit(ecosystemIds, manifest);
    if (ecosystemIds.length === 0) {
      notice({
        key: `language:${module.ecosystem}`,
        kind: 'language',
        name: module.ecosystem,
        evidence: manifest,
      });
    }
    for (const dependency of module.dependencies) {
      if (dependency.indirect) continue;
      const ids = dependencyIds(index, module.ecosystem, dependency.name);
      if (ids.length > 0) hit(ids, at(dependency.file, dependency.line));
    }
    for (const framework of module.serverFrameworks) {
      const name =
        module.ecosystem === 'go' ? withoutGoMajor(framework) : framework;
      const declaration = module.dependencies.find(
        d => d.name === framework && !d.indirect,
      );
      const location =
        (declaration && at(declaration.file, declaration.line)) ??
        frameworkSignal(facts, module.dir, framework) ??
        manifest;
      const ids = index.serverFrameworks.get(name) ?? [];
      hit(ids, location);
      const claimed =
        ids.length > 0 ||
        dependencyIds(index, module.ecosystem, framework).length > 0;
      if (!claimed) {
        notice({
          key: `framework:${name}`,
          kind: 'framework',
          name,
          evidence: location,
        });
      }
    }
  }

  for (const lockfile of facts.lockfiles) {
    if (lockfile.error) continue;
    hit(
      [
        ...(index.lockfileFormats.get('*') ?? []),
        ...(index.lockfileFormats.get(lockfile.format) ?? []),
      ],
      at(lockfile.file),
    );
  }

  for (const dockerfile of facts.dockerfiles) {
    for (const stage of dockerfile.stages) {
      const { from } = stage;
      if (from.isStage || from.unresolved || from.image === '') continue;
      const name = imageName(from.image);
      const location = at(dockerfile.file, from.line);
      const ids = imageIds(index, name, from.tag);
      hit(ids, location);
      if (ids.length === 0) {
        notice({
          key: `docker-base:${name}`,
          kind: 'container-base',
          name,
          evidence: location,
        });
      }
    }
  }

  for (const workflow of facts.ci) {
    hit(index.ciProviders.get(workflow.provider) ?? [], at(workflow.file));
    for (const include of workflow.includes) {
      const name = baseName(include).toLowerCase();
      hit(index.ciIncludes.get(name) ?? [], at(workflow.file));
    }
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        const location = at(workflow.file, step.line);
        if (step.uses) {
          const path = trimSlashes(step.uses.split('@')[0]);
          const ids = actionIds(index, path);
          hit(ids, location);
          const repository = actionRepository(step.uses);
          if (ids.length === 0 && repository) {
            notice({
              key: `ci-action:${repository}`,
              kind: 'ci',
              name: repository,
              evidence: location,
            });
          }
        }
        if (step.run) hit(commandIds(index, step.run), location);
      }
    }
  }

  // Repositories can list tens of thousands of files: three map lookups each, no allocation on a miss.
  for (const file of facts.files) {
    const name = baseName(file);
    const extension = extensionOf(name);
    const byPath = index.filePaths.get(file);
    const byName = index.fileNames.get(name);
    const byExtension = extension
      ? index.fileExtensions.get(extension)
      : undefined;
    if (byPath) hit(byPath, at(file));
    if (byName) hit(byName, at(file));
    if (byExtension) hit(byExtension, at(file));
  }

  const { dependabot, renovate } = facts.updateBots;
  if (dependabot) {
    hit(index.updateBots.get('dependabot') ?? [], at(dependabot.file));
  }
  if (renovate) hit(index.updateBots.get('renovate') ?? [], at(renovate.file));

  for (const spec of facts.slo) {
    hit(
      index.sloFormats.get(spec.format) ?? [],
      spec.file ? at(spec.file) : undefined,
    );
  }

  return {
    entries: [...hits.keys()]
      .sort()
      .map(entryId => ({ entryId, evidence: hits.get(entryId)! })),
    unknown: [...unknown.keys()].sort().map(key => unknown.get(key)!),
  };
}

/** Go servers on the standard library are found by a source signal, not a dependency. */
function frameworkSignal(
  facts: EntityFacts,
  dir: string,
  framework: string,
): Location | undefined {
  if (framework !== 'net/http') return undefined;
  const match = facts.signals.find(
    s =>
      s.signal === 'runtime.go-http-server' &&
      (dir === '' || s.file.startsWith(`${dir}/`)),
  );
  return match ? { file: match.file, line: match.line } : undefined;
}

/**
 * Builds a detector for a set of matchers once, for callers that scan many services with matchers
 * they assembled themselves (e.g. the seed's merged with the organisation's own entries).
 *
 * @public
 */
export function createRadarUsageDetector(
  matchers: Record<string, UsageMatcher>,
): (facts: EntityFacts) => RadarUsage {
  const index = buildIndex(matchers);
  return facts => detect(index, facts);
}

const indexes = new WeakMap<Record<string, UsageMatcher>, UsageIndex>();

/**
 * Radar entries a service uses according to its facts, and the server frameworks, languages, base
 * images and CI actions it uses that no matcher claims. The lookup tables for a matcher object are
 * built on first use and reused for the same object.
 *
 * @public
 */
export function detectRadarUsage(
  facts: EntityFacts,
  matchers: Record<string, UsageMatcher> = radarUsageMatchers,
): RadarUsage {
  let index = indexes.get(matchers);
  if (!index) {
    index = buildIndex(matchers);
    indexes.set(matchers, index);
  }
  return detect(index, facts);
}
