import {
  goPrinciples,
  languageComparison,
  runtimesGuide,
  stackGuide,
} from './references';
import type { RadarEntrySeed } from './types';

/*
 * The radar the product ships with, drawn from the four guidance documents. Organisations move
 * entries between rings later (with a reason on the timeline); ids are public and must never change.
 *
 * Where a document gives a ring with a scope ("adopt for X, hold for Y") the entry carries the
 * primary ring and the scope is spelled out in the description. Where the documents disagree the
 * entry keeps the organisation's ring and records the disagreement in `conflict`.
 */

/**
 * Version of the shipped radar seed; bump it whenever an entry is added, removed or moved.
 *
 * @public
 */
export const RADAR_SEED_VERSION = '2026-11-22.1';

const LF = 'languages-frameworks' as const;
const TOOLS = 'tools' as const;
const PLATFORMS = 'platforms' as const;
const TECHNIQUES = 'techniques' as const;

// Section names cited more than once, spelled once.
const goFrameworks = 'Enterprise framework selection (Go)';
const javaFrameworks = 'Enterprise framework selection (Java)';
const goDefaults = 'Backend Language & Runtime';
const pythonFrameworks = 'Enterprise Python frameworks';
const pythonPerformance = 'Python performance at scale';
const rustUseCases = 'Enterprise Rust use cases';
const rustStack = 'Rust web backend stack (Axum + Tokio)';
const rustOnboarding = "Managing Rust's learning curve in enterprise teams";
const decisionFramework = 'Backend Decision Framework';
const reactNext = 'React + Next.js — the dominant production stack';
const angularCard = 'Angular — the enterprise-grade full framework';
const stateCategories = 'State categories';
const stateGuide = 'State management decision guide';
const javaSecurity = 'Java security checklist';
const javaSupplyChain = 'Java-Specific Supply Chain Risks';
const jsVulnerabilities = 'JS-Specific Vulnerability Classes';
const dependencySecurity = 'Dependency and bundle security';
const supplyChain = 'Supply Chain Security';
const compliance = 'Compliance & Auditing';
const ciFast = 'CI/CD Pipelines: Stage 1 — Fast feedback';
const ciSecurity = 'CI/CD Pipelines: Stage 2 — Security';
const ciIntegration = 'CI/CD Pipelines: Stage 3 — Integration';
const observabilityStack = 'Observability Stack';
const cloudProvider = 'Cloud Provider';
const edaKafka = 'Event-Driven Architecture (EDA) with Kafka';
const edaChoices = 'Event-Driven Architecture: Technology choices';
const javaTooling = 'Java-native microservice tooling';
const goTooling = 'Go-native microservice tooling';
const communication = 'Service communication patterns';
const monolithDecision = 'Monolith vs Microservices Decision';
const edgeRuntimes = 'Edge runtimes and their constraints';
const rendering = 'Rendering Strategies';
const apiSecurity = 'API security';
const databaseSecurity = 'Database security';
const authentication = 'Authentication and Authorization';
const resiliency = 'Resiliency & Fault Tolerance';
const restDesign = 'API Design (RESTful)';
const nodeSection = 'Node.js: JavaScript Ecosystem and Developer Velocity';
const pythonSection = 'Python: Data Science Integration and Rapid Prototyping';
const rustSection = 'Rust: Maximum Performance and Memory Safety';
const bestPractices = 'Best Practices for Backend Technology Stack Decisions';

const languages: RadarEntrySeed[] = [
  {
    id: 'go',
    title: 'Go',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The default language for new backend services and platform tooling. Simple concurrency, fast builds and small static binaries keep services cheap to run in containers and on Lambda.',
    references: [
      stackGuide('Go at Enterprise Scale', 'L11'),
      goPrinciples(goDefaults, 'L55-57'),
      languageComparison('Go: Concurrency and Operational Simplicity', 'L23'),
    ],
  },
  {
    id: 'java',
    title: 'Java 21 (LTS)',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Adopt where a large JVM codebase already exists or the work is regulated enterprise integration; Java 21 adds virtual threads, records and native images. For new services without JVM skills prefer Go: the JVM costs more memory, and so more money, at scale.',
    references: [
      stackGuide('Java in the Enterprise', 'L79'),
      stackGuide('When Java is the right choice', 'L81-84'),
      stackGuide('Java production deployment patterns', 'L118'),
      languageComparison(
        'Why Traditional Backend Selection Criteria Fail Modern Teams',
        'L20',
      ),
    ],
  },
  {
    id: 'python',
    title: 'Python',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Adopt for AI/ML serving, data pipelines, internal tools and prototypes, where its ecosystem has no equal. Not for high-throughput or latency-critical APIs: the GIL and interpreter speed cap it without serious optimisation work.',
    references: [
      stackGuide('Python in Production', 'L36'),
      languageComparison(pythonSection, 'L318-319'),
    ],
  },
  {
    id: 'rust',
    title: 'Rust',
    quadrant: LF,
    ring: 'trial',
    description:
      'Trial for general services; adopt for security- or performance-critical components, WebAssembly and embedded work, where memory safety without a garbage collector pays off. The steep learning curve makes it a poor pick for plain CRUD APIs.',
    references: [
      stackGuide('Rust for Critical Systems', 'L53'),
      stackGuide(decisionFramework, 'L127'),
      languageComparison(rustSection, 'L189'),
    ],
  },
  {
    id: 'typescript',
    title: 'TypeScript',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The typed default for code on Node.js and in the browser: it turns a class of runtime errors into compile errors and keeps access to the whole npm ecosystem.',
    references: [
      stackGuide(angularCard, 'L166'),
      languageComparison(nodeSection, 'L191'),
    ],
  },
  {
    id: 'nodejs',
    title: 'Node.js',
    quadrant: LF,
    ring: 'trial',
    description:
      'Trial as a backend runtime: adopt for I/O-bound APIs, server-side rendering and real-time features, hold for CPU-bound work that would block its single event loop. npm pulls in large transitive trees, so every new dependency is a security decision.',
    references: [
      languageComparison(nodeSection, 'L256-258'),
      stackGuide(dependencySecurity, 'L257'),
    ],
  },
  {
    id: 'dotnet-aspnet-core',
    title: '.NET / ASP.NET Core',
    quadrant: LF,
    ring: 'assess',
    description:
      'A fast general-purpose runtime whose ASP.NET Core defaults are among the most production-ready; assess it for teams that value strong tooling and disciplined async code.',
    references: [runtimesGuide('Runtime trade-offs: .NET', 'L56-59')],
  },
  {
    id: 'c-cpp-for-new-systems-code',
    title: 'C/C++ for new systems code',
    quadrant: LF,
    ring: 'hold',
    description:
      'Hold for new systems software. Memory bugs in C and C++ libraries keep turning into CVEs; a memory-safe language such as Rust rules that class out at compile time.',
    references: [
      stackGuide('Rust for Critical Systems', 'L53'),
      stackGuide(rustUseCases, 'L55'),
    ],
  },
  {
    id: 'rails-php-for-high-concurrency',
    title: 'Rails / PHP for high-concurrency services',
    quadrant: LF,
    ring: 'hold',
    description:
      'Hold for real-time and high-concurrency services: Rails hits a ceiling with thousands of concurrent WebSocket connections and PHP lacks the concurrency primitives. Both remain fine for quick prototypes.',
    references: [
      languageComparison(
        'Why Traditional Backend Selection Criteria Fail Modern Teams',
        'L20',
      ),
    ],
  },
];

const goEcosystem: RadarEntrySeed[] = [
  {
    id: 'go-chi',
    title: 'chi',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The preferred Go HTTP router: composable, idiomatic and built only on the standard net/http, so there is little framework to learn.',
    references: [
      goPrinciples(goDefaults, 'L59-60'),
      stackGuide(`${goFrameworks}: Chi`, 'L24'),
    ],
  },
  {
    id: 'gin',
    title: 'Gin',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The most widely used Go web framework: a fast router with little overhead that suits JSON APIs.',
    references: [
      goPrinciples(goDefaults, 'L59-60'),
      stackGuide(`${goFrameworks}: Gin`, 'L20'),
    ],
  },
  {
    id: 'go-net-http',
    title: 'net/http (Go standard library)',
    quadrant: LF,
    ring: 'adopt',
    description:
      'For simple services the standard library server is enough; no framework needed.',
    references: [goPrinciples(goDefaults, 'L59-60')],
  },
  {
    id: 'echo',
    title: 'Echo',
    quadrant: LF,
    ring: 'trial',
    description:
      'Adds a middleware model, request binding and validation; worth a trial in larger Go codebases that want more structure than chi gives.',
    references: [stackGuide(`${goFrameworks}: Echo`, 'L22')],
  },
  {
    id: 'fiber',
    title: 'Fiber',
    quadrant: LF,
    ring: 'assess',
    description:
      'Built on fasthttp rather than net/http, with an Express-like API and very high throughput. Assess it only for the most latency-sensitive services.',
    references: [stackGuide(`${goFrameworks}: Fiber`, 'L26')],
  },
  {
    id: 'zap',
    title: 'zap',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Structured logger for Go; one of the standard picks for the JSON logs every service must write.',
    references: [
      goPrinciples(goDefaults, 'L61-62'),
      stackGuide(observabilityStack, 'L386-387'),
      stackGuide(compliance, 'L290'),
    ],
  },
  {
    id: 'zerolog',
    title: 'zerolog',
    quadrant: LF,
    ring: 'adopt',
    description:
      'JSON logger for Go and the usual alternative to zap when a service needs structured logs.',
    references: [goPrinciples(goDefaults, 'L61-62')],
  },
  {
    id: 'slog',
    title: 'log/slog',
    quadrant: LF,
    ring: 'adopt',
    description:
      "The standard library's structured logger: JSON logs in Go without a third-party dependency.",
    references: [stackGuide(observabilityStack, 'L386-387')],
  },
  {
    id: 'viper',
    title: 'Viper',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Configuration library for Go services, so settings come from the environment and files rather than from the code.',
    references: [
      goPrinciples(goDefaults, 'L60-61'),
      goPrinciples('Configuration Management', 'L127-129'),
    ],
  },
  {
    id: 'aws-sdk-go-v2',
    title: 'AWS SDK for Go v2',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The AWS SDK for Go services, and the way to reach DynamoDB (no ORM on top).',
    references: [
      goPrinciples(goDefaults, 'L63-64'),
      goPrinciples(goDefaults, 'L66'),
    ],
  },
  {
    id: 'testify',
    title: 'testify',
    quadrant: LF,
    ring: 'adopt',
    description:
      "Its assert and mock packages are the standard additions to Go's built-in testing package.",
    references: [goPrinciples(goDefaults, 'L64')],
  },
  {
    id: 'golang-migrate',
    title: 'golang-migrate',
    quadrant: LF,
    ring: 'adopt',
    description: 'Versioned database schema migrations for Go services.',
    references: [goPrinciples(goDefaults, 'L64-65')],
  },
  {
    id: 'go-sqlx',
    title: 'sqlx (Go)',
    quadrant: LF,
    ring: 'adopt',
    description:
      'A thin layer over database/sql that scans rows into structs; usually all the data access a Go service needs.',
    references: [goPrinciples(goDefaults, 'L65-66')],
  },
  {
    id: 'sqlc',
    title: 'sqlc',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Generates type-safe Go from hand-written SQL, keeping queries explicit and checked.',
    references: [goPrinciples(goDefaults, 'L66')],
  },
  {
    id: 'go-heavy-orms',
    title: 'Heavy ORMs in Go',
    quadrant: LF,
    ring: 'hold',
    description:
      "Hold full ORMs such as GORM in Go services: they hide the SQL and work against Go's explicit style, while sqlx or sqlc cover the need.",
    references: [goPrinciples(goDefaults, 'L65')],
  },
  {
    id: 'confluent-kafka-go',
    title: 'confluent-kafka-go',
    quadrant: LF,
    ring: 'adopt',
    description: 'The robust default Kafka client for Go services.',
    references: [
      goPrinciples(goDefaults, 'L62-63'),
      stackGuide(edaChoices, 'L324-325'),
    ],
  },
  {
    id: 'segmentio-kafka-go',
    title: 'segmentio/kafka-go',
    quadrant: LF,
    ring: 'trial',
    description:
      'An alternative Go Kafka client, to trial where the Confluent client does not fit.',
    references: [goPrinciples(goDefaults, 'L63')],
  },
  {
    id: 'connect-go',
    title: 'Connect-Go',
    quadrant: LF,
    ring: 'adopt',
    description:
      'gRPC-compatible RPC framework for Go, preferred over raw gRPC for typed service-to-service calls.',
    references: [stackGuide(goTooling, 'L303-304')],
  },
  {
    id: 'grpc-go',
    title: 'grpc-go',
    quadrant: LF,
    ring: 'trial',
    description:
      'The plain gRPC library for Go. It works, but Connect-Go is the recommended way to get gRPC-compatible typed RPC.',
    references: [
      stackGuide(goTooling, 'L303-304'),
      stackGuide(communication, 'L299'),
    ],
  },
];

const pythonEcosystem: RadarEntrySeed[] = [
  {
    id: 'fastapi',
    title: 'FastAPI',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The default Python framework for REST and GraphQL APIs: native async, Pydantic v2 validation and generated OpenAPI docs, at an estimated 8–15K RPS on uvicorn.',
    references: [
      stackGuide(pythonFrameworks, 'L40'),
      languageComparison(pythonSection, 'L260'),
    ],
  },
  {
    id: 'litestar',
    title: 'Litestar',
    quadrant: LF,
    ring: 'trial',
    description:
      'Typed async framework with the highest throughput estimate of the Python options (about 12–18K RPS); trial it for performance-sensitive Python APIs.',
    references: [stackGuide(pythonFrameworks, 'L43')],
  },
  {
    id: 'django',
    title: 'Django',
    quadrant: LF,
    ring: 'trial',
    description:
      'Batteries-included framework for full-stack monoliths and admin-heavy systems. Lower throughput (about 3–5K RPS), async only in ASGI mode, and it struggles with many concurrent WebSocket connections.',
    references: [
      stackGuide(pythonFrameworks, 'L41'),
      languageComparison(
        'Why Traditional Backend Selection Criteria Fail Modern Teams',
        'L20',
      ),
    ],
  },
  {
    id: 'flask',
    title: 'Flask',
    quadrant: LF,
    ring: 'assess',
    description:
      'Minimal framework for simple APIs and prototypes; async needs extensions, validation is manual and throughput is the lowest of the four (about 2–4K RPS).',
    references: [stackGuide(pythonFrameworks, 'L42')],
  },
  {
    id: 'python-async-io',
    title: 'asyncio, httpx and asyncpg',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Async I/O so Python workers never block on the network: httpx for outgoing HTTP, asyncpg for PostgreSQL.',
    references: [stackGuide(pythonPerformance, 'L46')],
  },
  {
    id: 'celery',
    title: 'Celery',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Runs CPU-bound Python work in task workers on Redis or RabbitMQ instead of inside request handlers.',
    references: [
      stackGuide(pythonPerformance, 'L47'),
      stackGuide(edaChoices, 'L327'),
    ],
  },
  {
    id: 'structlog',
    title: 'structlog',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Structured logging for Python services, the counterpart of zap in Go.',
    references: [
      stackGuide(compliance, 'L290'),
      stackGuide(observabilityStack, 'L386-387'),
    ],
  },
  {
    id: 'pypy',
    title: 'PyPy',
    quadrant: LF,
    ring: 'assess',
    description:
      'An alternative interpreter that can make long-running, CPU-bound pure-Python code several times faster; assess it per workload.',
    references: [stackGuide(pythonPerformance, 'L49')],
  },
  {
    id: 'python-ml-stack',
    title: 'NumPy, Pandas and PyTorch',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Adopt for ML serving and data processing; these libraries are the reason Python stays the first choice for ML workloads.',
    references: [
      languageComparison(pythonSection, 'L260'),
      stackGuide(decisionFramework, 'L125'),
    ],
  },
];

const rustEcosystem: RadarEntrySeed[] = [
  {
    id: 'axum',
    title: 'Axum',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The default Rust web framework; with Tokio it can pass 200K RPS on ordinary hardware.',
    references: [
      stackGuide(rustUseCases, 'L59'),
      stackGuide(rustStack, 'L62-64'),
    ],
  },
  {
    id: 'tokio',
    title: 'Tokio',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The async runtime under Axum, giving Go-like performance with a smaller memory footprint.',
    references: [
      stackGuide(rustStack, 'L65'),
      languageComparison(rustSection, 'L187'),
    ],
  },
  {
    id: 'serde',
    title: 'serde',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Serialisation for Rust services (with serde_json) and the schema layer for validating input.',
    references: [
      stackGuide(rustStack, 'L66-67'),
      stackGuide(apiSecurity, 'L196'),
    ],
  },
  {
    id: 'rust-sqlx',
    title: 'sqlx (Rust)',
    quadrant: LF,
    ring: 'adopt',
    description: 'Async SQL toolkit for Rust, used with PostgreSQL on Tokio.',
    references: [stackGuide(rustStack, 'L68')],
  },
  {
    id: 'tower-http',
    title: 'tower-http',
    quadrant: LF,
    ring: 'adopt',
    description:
      'HTTP middleware for Axum services, such as CORS and request tracing.',
    references: [stackGuide(rustStack, 'L69')],
  },
  {
    id: 'rust-tracing',
    title: 'tracing',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Span-aware structured logging and diagnostics for Rust, written out through tracing-subscriber.',
    references: [
      stackGuide(rustStack, 'L70-71'),
      stackGuide(observabilityStack, 'L386-387'),
    ],
  },
  {
    id: 'pyo3',
    title: 'PyO3',
    quadrant: LF,
    ring: 'trial',
    description:
      'Rust–Python bindings for moving hot paths of a Python service into Rust one piece at a time.',
    references: [stackGuide(rustOnboarding, 'L77')],
  },
  {
    id: 'candle',
    title: 'Candle',
    quadrant: LF,
    ring: 'assess',
    description:
      'An emerging Rust ML framework; assess it while Python stays the primary choice for ML serving.',
    references: [stackGuide(decisionFramework, 'L125')],
  },
  {
    id: 'burn',
    title: 'Burn',
    quadrant: LF,
    ring: 'assess',
    description:
      'An emerging Rust deep-learning framework; assess it next to Candle, with Python still primary for ML.',
    references: [stackGuide(decisionFramework, 'L125')],
  },
  {
    id: 'bevy',
    title: 'Bevy',
    quadrant: LF,
    ring: 'assess',
    description: 'Rust game engine; relevant only to games and simulations.',
    references: [stackGuide(rustUseCases, 'L60')],
  },
];

const javaEcosystem: RadarEntrySeed[] = [
  {
    id: 'spring-boot',
    title: 'Spring Boot 3',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The standard enterprise Java framework with the full ecosystem (Security, Data JPA, Cloud, Actuator, Batch); needs Java 17 or later. The best JVM fit for CRUD APIs.',
    references: [
      stackGuide(`${javaFrameworks}: Spring Boot 3`, 'L88'),
      stackGuide(decisionFramework, 'L127'),
    ],
  },
  {
    id: 'quarkus',
    title: 'Quarkus',
    quadrant: LF,
    ring: 'trial',
    description:
      "Cloud-native Java whose GraalVM native images start in about 10 ms with about 15 MB of memory, close to Go; Java's route to low-latency and serverless services.",
    references: [
      stackGuide(`${javaFrameworks}: Quarkus`, 'L90'),
      stackGuide(decisionFramework, 'L123'),
    ],
  },
  {
    id: 'micronaut',
    title: 'Micronaut',
    quadrant: LF,
    ring: 'trial',
    description:
      'Dependency injection resolved at compile time, so it starts fast and stays small even without GraalVM; suited to serverless and FaaS.',
    references: [stackGuide(`${javaFrameworks}: Micronaut`, 'L92')],
  },
  {
    id: 'vertx',
    title: 'Vert.x',
    quadrant: LF,
    ring: 'assess',
    description:
      'Reactive, event-driven toolkit for I/O-bound and real-time services that need reactive streams.',
    references: [stackGuide(`${javaFrameworks}: Vert.x`, 'L94')],
  },
  {
    id: 'java-virtual-threads',
    title: 'Java 21 virtual threads',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Turn virtual threads on (Spring Boot 3.2+), drop thread-pool sizing, and trace pinned carrier threads during testing.',
    references: [
      stackGuide('Java 21 Virtual Threads production checklist', 'L96-100'),
    ],
  },
  {
    id: 'hikaricp',
    title: 'HikariCP 5.1+',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Connection pool that supports virtual threads from 5.1 on; every JDBC driver and pool must be checked for that support.',
    references: [
      stackGuide('Java 21 Virtual Threads production checklist', 'L100'),
    ],
  },
  {
    id: 'spring-security',
    title: 'Spring Security',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Authentication and authorisation for Spring services instead of hand-written token checks; keep its secure defaults on.',
    references: [
      stackGuide(javaSecurity, 'L103'),
      stackGuide(javaSupplyChain, 'L273'),
    ],
  },
  {
    id: 'resilience4j',
    title: 'Resilience4j',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Circuit breakers, rate limiters, retry policies and bulkheads for JVM services.',
    references: [stackGuide(javaTooling, 'L309')],
  },
  {
    id: 'spring-kafka',
    title: 'Spring Kafka',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Kafka integration for Spring services; Quarkus Messaging plays the same role on Quarkus.',
    references: [stackGuide(javaTooling, 'L308')],
  },
  {
    id: 'micrometer',
    title: 'Micrometer',
    quadrant: LF,
    ring: 'adopt',
    description:
      'JVM metrics facade that, together with OpenTelemetry, feeds Prometheus and Grafana.',
    references: [stackGuide(javaTooling, 'L311')],
  },
  {
    id: 'spring-cloud-gateway',
    title: 'Spring Cloud Gateway',
    quadrant: LF,
    ring: 'trial',
    description:
      'JVM API gateway with rate limiting, circuit breaking and path rewriting; trial it where a gateway inside the JVM estate is wanted.',
    references: [stackGuide(javaTooling, 'L307')],
  },
  {
    id: 'unpatched-log4j',
    title: 'Unpatched Log4j 2.x',
    quadrant: LF,
    ring: 'hold',
    description:
      'Hold any Log4j 2.x that is not kept current: in old releases, user input that reached a log line could trigger remote code execution through JNDI lookups (Log4Shell).',
    references: [
      stackGuide(javaSupplyChain, 'L268'),
      stackGuide(javaSupplyChain, 'L274'),
    ],
  },
];

const nodeAndFrontend: RadarEntrySeed[] = [
  {
    id: 'fastify',
    title: 'Fastify',
    quadrant: LF,
    ring: 'trial',
    description:
      'Fast Node.js web framework with pino logging built in; for I/O-bound work it gets close to Go.',
    references: [languageComparison(nodeSection, 'L191-194')],
  },
  {
    id: 'hono',
    title: 'Hono',
    quadrant: LF,
    ring: 'assess',
    description:
      'Lightweight Node.js framework named with Fastify as nearing Go on I/O-bound work; assess it.',
    references: [languageComparison(nodeSection, 'L191')],
  },
  {
    id: 'pino',
    title: 'pino',
    quadrant: LF,
    ring: 'adopt',
    description: 'Fast JSON logger for Node.js services.',
    references: [languageComparison(nodeSection, 'L194')],
  },
  {
    id: 'node-auth-libraries',
    title: 'Passport.js, Auth.js and Supabase Auth',
    quadrant: LF,
    ring: 'adopt',
    description:
      "Use a proven authentication library, or the cloud provider's identity service, rather than writing your own.",
    references: [stackGuide(authentication, 'L183')],
  },
  {
    id: 'zod',
    title: 'Zod',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Runtime schema validation shared by client and server; all input goes through a schema.',
    references: [
      stackGuide(reactNext, 'L175'),
      stackGuide(apiSecurity, 'L196'),
    ],
  },
  {
    id: 'react-hook-form',
    title: 'React Hook Form + Zod',
    quadrant: LF,
    ring: 'adopt',
    description: 'Form state in React, validated with Zod schemas.',
    references: [stackGuide(stateGuide, 'L162')],
  },
  {
    id: 'dompurify',
    title: 'DOMPurify',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Sanitise user-supplied HTML before it reaches raw-HTML APIs such as dangerouslySetInnerHTML or v-html.',
    references: [
      stackGuide('XSS Prevention', 'L240-241'),
      stackGuide(jsVulnerabilities, 'L282'),
    ],
  },
  {
    id: 'dayjs',
    title: 'Day.js',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Small, maintained date library and the replacement for moment.',
    references: [stackGuide(jsVulnerabilities, 'L281')],
  },
  {
    id: 'trpc',
    title: 'tRPC',
    quadrant: LF,
    ring: 'trial',
    description:
      'End-to-end type-safe calls between a Next.js frontend and its backend.',
    references: [stackGuide(reactNext, 'L176')],
  },
  {
    id: 'moment',
    title: 'Moment.js',
    quadrant: LF,
    ring: 'hold',
    description:
      'Hold: its regex-heavy parsing has been a ReDoS risk that can stall the event loop. Move to a maintained replacement such as Day.js.',
    references: [stackGuide(jsVulnerabilities, 'L281')],
  },
  {
    id: 'compromised-npm-releases',
    title:
      'Compromised npm releases (event-stream, ua-parser-js, node-ipc, colors)',
    quadrant: LF,
    ring: 'hold',
    description:
      'Hold the releases hijacked in known supply-chain attacks on event-stream (2018), ua-parser-js (2021), node-ipc and colors (2022); no lockfile may resolve them.',
    references: [stackGuide(dependencySecurity, 'L257')],
  },
  {
    id: 'react',
    title: 'React',
    quadrant: LF,
    ring: 'adopt',
    description:
      'The UI library with the widest component ecosystem and the safest hiring pool.',
    references: [stackGuide(reactNext, 'L171-172')],
  },
  {
    id: 'nextjs',
    title: 'Next.js',
    quadrant: LF,
    ring: 'adopt',
    description:
      'React framework adding SSR, ISR, edge support and the App Router; the default for new React projects.',
    references: [stackGuide(reactNext, 'L172-173')],
  },
  {
    id: 'react-server-components',
    title: 'React Server Components',
    quadrant: LF,
    ring: 'trial',
    description:
      'Server components send no client JavaScript and suit complex data access, but the mental model is new and still settling.',
    references: [stackGuide(rendering, 'L145'), stackGuide(reactNext, 'L173')],
  },
  {
    id: 'angular',
    title: 'Angular (with NgRx)',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Adopt for large teams that want convention and structure: a full framework with DI, routing, forms and i18n, TypeScript throughout, and NgRx for complex state.',
    references: [
      stackGuide(angularCard, 'L165-167'),
      stackGuide(stateGuide, 'L159'),
    ],
  },
  {
    id: 'astro',
    title: 'Astro',
    quadrant: LF,
    ring: 'trial',
    description:
      'For content-heavy sites: ships no JavaScript by default and mixes React, Vue and Svelte islands.',
    references: [
      stackGuide('Astro — for content-heavy enterprise sites', 'L177-178'),
    ],
  },
  {
    id: 'vue-pinia',
    title: 'Vue + Pinia',
    quadrant: LF,
    ring: 'adopt',
    description: 'Vue with Pinia, its official state manager.',
    references: [stackGuide(stateGuide, 'L160')],
  },
  {
    id: 'svelte',
    title: 'Svelte',
    quadrant: LF,
    ring: 'trial',
    description: 'Svelte with its built-in stores for state.',
    references: [stackGuide(stateGuide, 'L161')],
  },
  {
    id: 'jotai',
    title: 'Jotai',
    quadrant: LF,
    ring: 'trial',
    description: 'Atom-based store for small amounts of UI or global state.',
    references: [
      stackGuide(stateCategories, 'L150'),
      stackGuide(stateGuide, 'L157'),
    ],
  },
  {
    id: 'swr',
    title: 'SWR',
    quadrant: LF,
    ring: 'trial',
    description:
      'Data-fetching hooks for server state; an alternative to TanStack Query.',
    references: [stackGuide(stateCategories, 'L149')],
  },
  {
    id: 'nuqs',
    title: 'nuqs',
    quadrant: LF,
    ring: 'trial',
    description:
      'Keeps filters, pagination and search in the URL so they survive a refresh.',
    references: [stackGuide(stateCategories, 'L152')],
  },
  {
    id: 'tanstack-query',
    title: 'TanStack Query',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Fetching, caching and background sync of server state, which stays out of global stores.',
    references: [
      stackGuide(stateCategories, 'L149'),
      stackGuide(stateGuide, 'L156'),
    ],
  },
  {
    id: 'zustand',
    title: 'Zustand',
    quadrant: LF,
    ring: 'adopt',
    description: 'Minimal store for simple global app state.',
    references: [
      stackGuide(stateCategories, 'L150-151'),
      stackGuide(stateGuide, 'L157'),
    ],
  },
  {
    id: 'redux-toolkit',
    title: 'Redux Toolkit',
    quadrant: LF,
    ring: 'adopt',
    description:
      'Redux Toolkit with RTK Query for large apps whose global state is complex.',
    references: [
      stackGuide(stateCategories, 'L151'),
      stackGuide(stateGuide, 'L158'),
    ],
  },
  {
    id: 'shadcn-tailwind',
    title: 'shadcn/ui + Tailwind CSS',
    quadrant: LF,
    ring: 'adopt',
    description:
      'A consistent design system from copied-in components styled with Tailwind.',
    references: [stackGuide(reactNext, 'L174')],
  },
];

const tools: RadarEntrySeed[] = [
  {
    id: 'gofmt',
    title: 'gofmt',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'One enforced format for Go code, which takes style out of code review.',
    references: [stackGuide('When Go is the right choice', 'L15-16')],
  },
  {
    id: 'govulncheck',
    title: 'govulncheck',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      "Go's vulnerability scanner; run it in CI on every pull request.",
    references: [
      stackGuide('Go production checklist', 'L31'),
      stackGuide(supplyChain, 'L263'),
      stackGuide(ciSecurity, 'L345'),
    ],
  },
  {
    id: 'staticcheck',
    title: 'staticcheck',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Static analysis for Go that goes beyond go vet.',
    references: [
      stackGuide('Go production checklist', 'L32'),
      goPrinciples('Security', 'L118-119'),
    ],
  },
  {
    id: 'golangci-lint',
    title: 'golangci-lint',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Aggregating Go linter; the lint step of the fast-feedback CI stage.',
    references: [
      stackGuide('Go production checklist', 'L32'),
      stackGuide(ciFast, 'L341'),
    ],
  },
  {
    id: 'gosec',
    title: 'gosec',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Security-focused static analysis for Go.',
    references: [goPrinciples('Security', 'L118-119')],
  },
  {
    id: 'clippy',
    title: 'Clippy',
    quadrant: TOOLS,
    ring: 'adopt',
    description: "Rust's linter; run it in CI with warnings treated as errors.",
    references: [stackGuide(rustOnboarding, 'L75-76')],
  },
  {
    id: 'cargo-deny',
    title: 'cargo-deny',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Enforces license and vulnerability policy on Rust dependencies.',
    references: [stackGuide(rustOnboarding, 'L77')],
  },
  {
    id: 'cargo-audit',
    title: 'cargo audit',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Scans Rust dependencies for known vulnerabilities on every pull request.',
    references: [
      stackGuide(supplyChain, 'L263'),
      stackGuide(ciSecurity, 'L345'),
    ],
  },
  {
    id: 'uv',
    title: 'uv',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Fast Python package manager with a committed lock; the base of slim Python images.',
    references: [
      stackGuide(pythonPerformance, 'L51'),
      stackGuide('Minimal Docker images by language', 'L373-378'),
    ],
  },
  {
    id: 'poetry',
    title: 'Poetry',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Python dependency management with a lockfile; the alternative to uv.',
    references: [stackGuide(pythonPerformance, 'L51')],
  },
  {
    id: 'pip-audit',
    title: 'pip-audit',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Flags Python dependencies with known CVEs; run it in CI.',
    references: [
      stackGuide(pythonPerformance, 'L51'),
      stackGuide(ciSecurity, 'L345'),
    ],
  },
  {
    id: 'ruff',
    title: 'Ruff',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Fast Python linter for the fast-feedback CI stage.',
    references: [stackGuide(ciFast, 'L341')],
  },
  {
    id: 'mypy',
    title: 'mypy',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Static type checking for Python in CI.',
    references: [stackGuide(ciFast, 'L343')],
  },
  {
    id: 'py-spy',
    title: 'py-spy',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Sampling profiler for Python: find the real hot spot before optimising.',
    references: [stackGuide(pythonPerformance, 'L50')],
  },
  {
    id: 'bare-pip-install',
    title: 'pip install without pinned versions',
    quadrant: TOOLS,
    ring: 'hold',
    description:
      'Hold: unpinned installs make builds unrepeatable and let any new upstream release in. Use uv or Poetry with a lock.',
    references: [stackGuide(pythonPerformance, 'L51')],
  },
  {
    id: 'owasp-dependency-check',
    title: 'OWASP Dependency-Check',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Scans JVM dependencies, transitive ones included, for known CVEs on every build.',
    references: [
      stackGuide(javaSecurity, 'L102'),
      stackGuide(supplyChain, 'L263'),
      stackGuide(javaSupplyChain, 'L271'),
    ],
  },
  {
    id: 'spotbugs-findsecbugs',
    title: 'SpotBugs + FindSecBugs',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Static security analysis for Java that catches SQL injection, XSS and path traversal.',
    references: [stackGuide(javaSecurity, 'L104')],
  },
  {
    id: 'snyk',
    title: 'Snyk',
    quadrant: TOOLS,
    ring: 'trial',
    description:
      'Commercial dependency scanning and package vetting, an alternative to OWASP Dependency-Check.',
    references: [
      stackGuide(javaSecurity, 'L102'),
      stackGuide(dependencySecurity, 'L255'),
    ],
  },
  {
    id: 'socket-dev',
    title: 'Socket.dev',
    quadrant: TOOLS,
    ring: 'trial',
    description:
      'Vets npm packages, including their install scripts, before they are added.',
    references: [
      stackGuide(dependencySecurity, 'L255'),
      stackGuide(jsVulnerabilities, 'L280'),
    ],
  },
  {
    id: 'npm-audit',
    title: 'npm audit',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Fail the build on high or critical npm advisories (--audit-level=high).',
    references: [stackGuide(dependencySecurity, 'L253-254')],
  },
  {
    id: 'dependabot',
    title: 'Dependabot',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Automated dependency-update pull requests, Maven and Gradle files included.',
    references: [
      stackGuide(javaSecurity, 'L107'),
      stackGuide(dependencySecurity, 'L254'),
    ],
  },
  {
    id: 'renovate',
    title: 'Renovate',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Automated dependency updates with auto-merge for patch bumps; the alternative to Dependabot.',
    references: [stackGuide(dependencySecurity, 'L254')],
  },
  {
    id: 'codeql',
    title: 'CodeQL',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Static application security testing in the CI security stage.',
    references: [
      stackGuide(compliance, 'L292'),
      stackGuide(ciSecurity, 'L346'),
    ],
  },
  {
    id: 'semgrep',
    title: 'Semgrep',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Rule-based static security analysis in the CI security stage.',
    references: [
      stackGuide(compliance, 'L292'),
      stackGuide(ciSecurity, 'L346'),
    ],
  },
  {
    id: 'gitleaks',
    title: 'Gitleaks',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Secret scanning of the repository in CI.',
    references: [stackGuide(ciSecurity, 'L347')],
  },
  {
    id: 'trufflehog',
    title: 'TruffleHog',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Secret scanning; the alternative to Gitleaks.',
    references: [stackGuide(ciSecurity, 'L347')],
  },
  {
    id: 'trivy',
    title: 'Trivy',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Scans built container images for vulnerabilities.',
    references: [
      stackGuide(compliance, 'L292'),
      stackGuide(ciIntegration, 'L350'),
    ],
  },
  {
    id: 'owasp-zap',
    title: 'OWASP ZAP',
    quadrant: TOOLS,
    ring: 'trial',
    description:
      'Dynamic scanning of running services, e.g. to test a Spring Security setup.',
    references: [stackGuide(javaSupplyChain, 'L273')],
  },
  {
    id: 'sbom-cyclonedx-spdx',
    title: 'SBOMs (CycloneDX, SPDX)',
    quadrant: TOOLS,
    ring: 'trial',
    description:
      'Generate a software bill of materials, above all for regulated industries.',
    references: [stackGuide(supplyChain, 'L265')],
  },
  {
    id: 'eslint',
    title: 'ESLint',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Linting for JavaScript and TypeScript, including rules that ban unsafe raw-HTML APIs.',
    references: [
      stackGuide(jsVulnerabilities, 'L282'),
      stackGuide(ciFast, 'L341'),
    ],
  },
  {
    id: 'tsc',
    title: 'tsc type checking',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'TypeScript type checking in the fast-feedback CI stage.',
    references: [stackGuide(ciFast, 'L343')],
  },
  {
    id: 'playwright',
    title: 'Playwright',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'End-to-end browser tests in the integration stage.',
    references: [stackGuide(ciIntegration, 'L351')],
  },
  {
    id: 'cypress',
    title: 'Cypress',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'End-to-end browser tests in the integration stage; the alternative to Playwright.',
    references: [stackGuide(ciIntegration, 'L351')],
  },
  {
    id: 'k6',
    title: 'k6',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Load tests that catch performance regressions.',
    references: [stackGuide(ciIntegration, 'L352')],
  },
  {
    id: 'sloth',
    title: 'Sloth',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Generates Prometheus SLO recording rules and alerts from an SLO spec.',
    references: [stackGuide('SLO and SLA framework', 'L394')],
  },
  {
    id: 'pyrra',
    title: 'Pyrra',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Generates Prometheus SLO recording rules and alerts; the alternative to Sloth.',
    references: [stackGuide('SLO and SLA framework', 'L394')],
  },
  {
    id: 'terraform',
    title: 'Terraform',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'The only way infrastructure is managed: declarative, with reusable modules and remote state.',
    references: [goPrinciples('Infrastructure as Code (IaC)', 'L89-93')],
  },
  {
    id: 'testcontainers',
    title: 'Testcontainers',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'Real databases and brokers in throwaway containers for integration tests.',
    references: [goPrinciples('Testing', 'L108')],
  },
  {
    id: 'localstack',
    title: 'LocalStack',
    quadrant: TOOLS,
    ring: 'adopt',
    description: 'Local AWS services for integration tests.',
    references: [goPrinciples('Testing', 'L108')],
  },
  {
    id: 'github-actions',
    title: 'GitHub Actions',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'CI/CD that lints, analyses, runs every test type, builds and deploys.',
    references: [goPrinciples('Development Workflow', 'L123')],
  },
  {
    id: 'gitlab-ci',
    title: 'GitLab CI',
    quadrant: TOOLS,
    ring: 'adopt',
    description:
      'CI/CD that lints, analyses, runs every test type, builds and deploys.',
    references: [goPrinciples('Development Workflow', 'L123')],
  },
  {
    id: 'jenkins',
    title: 'Jenkins',
    quadrant: TOOLS,
    ring: 'trial',
    description:
      'Acceptable where it is already the enterprise standard; new pipelines go to GitHub Actions or GitLab CI.',
    references: [goPrinciples('Development Workflow', 'L123')],
  },
  {
    id: 'nx',
    title: 'Nx',
    quadrant: TOOLS,
    ring: 'trial',
    description:
      'Monorepo tooling for multi-team, multi-app frontend codebases.',
    references: [stackGuide(angularCard, 'L170')],
  },
];

const platforms: RadarEntrySeed[] = [
  {
    id: 'docker-multi-stage-minimal-images',
    title: 'Multi-stage Docker builds on distroless, scratch or slim bases',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'Build in a full image, ship on a minimal one: a Go binary on scratch comes to about 8 MB and a Python service on slim with uv about 120 MB, with far less attack surface.',
    references: [
      stackGuide('Go production checklist', 'L34'),
      stackGuide('Minimal Docker images by language', 'L360-382'),
    ],
  },
  {
    id: 'kubernetes',
    title: 'Kubernetes',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'Adopt where a platform team runs it together with the mesh and observability; without one, managed compute is the better default.',
    references: [stackGuide(monolithDecision, 'L320')],
  },
  {
    id: 'aws-lambda',
    title: 'AWS Lambda',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'The default compute for most microservices; lean Go binaries suit it well.',
    references: [
      goPrinciples(cloudProvider, 'L40'),
      goPrinciples(goDefaults, 'L57'),
    ],
  },
  {
    id: 'aws-fargate',
    title: 'AWS Fargate',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      "Containers for work that does not fit Lambda's limits, such as long-running tasks.",
    references: [goPrinciples(cloudProvider, 'L40')],
  },
  {
    id: 'aws-api-gateway',
    title: 'Amazon API Gateway',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'The front door for REST and HTTP APIs, with authorizers handling auth.',
    references: [
      goPrinciples(cloudProvider, 'L46'),
      goPrinciples(restDesign, 'L87'),
    ],
  },
  {
    id: 'aws-s3',
    title: 'Amazon S3',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'Object storage for static assets, logs and the data-lake foundation.',
    references: [goPrinciples(cloudProvider, 'L47')],
  },
  {
    id: 'aws-iam',
    title: 'AWS IAM',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description: 'Service roles with least privilege for every service.',
    references: [
      goPrinciples(cloudProvider, 'L48'),
      goPrinciples('Security', 'L118'),
    ],
  },
  {
    id: 'amazon-ecr',
    title: 'Amazon ECR',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description: 'The container registry images are pushed to.',
    references: [
      goPrinciples(cloudProvider, 'L51'),
      stackGuide('CI/CD Pipelines: Stage 4 — Deploy', 'L354'),
    ],
  },
  {
    id: 'aws-secrets-manager',
    title: 'AWS Secrets Manager',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description: 'Where secrets live, never in code or images.',
    references: [goPrinciples('Security', 'L118')],
  },
  {
    id: 'dynamodb',
    title: 'Amazon DynamoDB',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'First-choice database for high-throughput services, used through the SDK rather than an ORM.',
    references: [
      goPrinciples(cloudProvider, 'L43'),
      goPrinciples(goDefaults, 'L66'),
    ],
  },
  {
    id: 'postgresql',
    title: 'PostgreSQL (RDS)',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'The relational store when the data model is truly relational or needs transactions DynamoDB makes awkward.',
    references: [goPrinciples(cloudProvider, 'L44')],
  },
  {
    id: 'redis-elasticache',
    title: 'Redis (ElastiCache)',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description: 'The standard cache, and a task broker for Celery.',
    references: [
      goPrinciples(cloudProvider, 'L45'),
      stackGuide(pythonPerformance, 'L47-48'),
    ],
  },
  {
    id: 'cognito',
    title: 'Amazon Cognito',
    quadrant: PLATFORMS,
    ring: 'trial',
    description: 'Customer-facing authentication on AWS.',
    references: [goPrinciples(cloudProvider, 'L48')],
  },
  {
    id: 'kafka-msk',
    title: 'Apache Kafka (MSK)',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'The backbone for business events. Managed MSK first; self-host only when a needed setting is not exposed.',
    references: [
      goPrinciples(edaKafka, 'L16'),
      goPrinciples(cloudProvider, 'L41'),
      stackGuide(edaChoices, 'L324'),
    ],
  },
  {
    id: 'nats-jetstream',
    title: 'NATS JetStream',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'Less to operate than Kafka, with a strong Go ecosystem; enough for most microservice event buses.',
    references: [stackGuide(edaChoices, 'L325'), stackGuide(goTooling, 'L305')],
  },
  {
    id: 'rabbitmq',
    title: 'RabbitMQ',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'Reliable queue for distributing tasks, e.g. to Celery or Go workers.',
    references: [stackGuide(edaChoices, 'L327')],
  },
  {
    id: 'sns-sqs',
    title: 'Amazon SNS/SQS',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'Adopt for Lambda dead-letter queues, simple fan-out and auxiliary events; business events belong on Kafka.',
    references: [
      goPrinciples(edaKafka, 'L17'),
      goPrinciples(cloudProvider, 'L41'),
    ],
  },
  {
    id: 'gcp-pubsub',
    title: 'Google Cloud Pub/Sub',
    quadrant: PLATFORMS,
    ring: 'assess',
    description:
      'Managed messaging with little to operate, at the price of vendor lock-in; assess outside AWS.',
    references: [stackGuide(edaChoices, 'L326')],
  },
  {
    id: 'schema-registry',
    title: 'Schema Registry (Confluent or AWS Glue)',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'Mandatory for Kafka topics: no schema, no merge. Pick one registry and stay with it.',
    references: [
      goPrinciples(edaKafka, 'L18'),
      goPrinciples(cloudProvider, 'L50'),
    ],
  },
  {
    id: 'cockroachdb',
    title: 'CockroachDB',
    quadrant: PLATFORMS,
    ring: 'assess',
    description:
      'Distributed SQL database, named only as part of the Go-built cloud-native landscape; assess before use.',
    references: [stackGuide('Go at Enterprise Scale', 'L11')],
  },
  {
    id: 'prometheus',
    title: 'Prometheus',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'Metrics scraping; every service exposes /metrics in its format.',
    references: [
      stackGuide(observabilityStack, 'L385-386'),
      stackGuide('Go production checklist', 'L33'),
    ],
  },
  {
    id: 'grafana',
    title: 'Grafana',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description: 'Dashboards over Prometheus metrics and Loki logs.',
    references: [stackGuide(observabilityStack, 'L385')],
  },
  {
    id: 'alertmanager',
    title: 'Alertmanager',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description: 'Routes Prometheus alerts to the on-call tool.',
    references: [stackGuide(observabilityStack, 'L388')],
  },
  {
    id: 'loki',
    title: 'Loki',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description: 'Log store for structured JSON logs in the Grafana stack.',
    references: [stackGuide(observabilityStack, 'L386-387')],
  },
  {
    id: 'elasticsearch',
    title: 'Elasticsearch',
    quadrant: PLATFORMS,
    ring: 'trial',
    description: 'Alternative log store to Loki.',
    references: [stackGuide(observabilityStack, 'L387')],
  },
  {
    id: 'tracing-backends',
    title: 'Jaeger, Tempo or Honeycomb',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'Backends for OpenTelemetry traces, needed to find latency in distributed calls; choose one per estate.',
    references: [stackGuide(observabilityStack, 'L387')],
  },
  {
    id: 'cloudwatch-xray',
    title: 'CloudWatch + X-Ray',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description:
      'On AWS: CloudWatch logs, metrics and alarms with X-Ray tracing, which the Go/AWS playbook calls non-negotiable. It sits uneasily with the vendor-neutral OpenTelemetry-first stance.',
    references: [
      goPrinciples(cloudProvider, 'L49'),
      goPrinciples('Observability', 'L114'),
    ],
    conflict: {
      summary:
        'The Go/AWS playbook mandates CloudWatch and X-Ray; the Enterprise Stack Guide wants OpenTelemetry instrumentation with a Prometheus/Grafana stack and warns against vendor-specific SDKs. Instrumenting with OpenTelemetry and exporting to CloudWatch/X-Ray satisfies both.',
      references: [
        goPrinciples(cloudProvider, 'L49'),
        stackGuide(observabilityStack, 'L389'),
      ],
      relatedEntryIds: [
        'opentelemetry-first',
        'prometheus',
        'grafana',
        'tracing-backends',
      ],
    },
  },
  {
    id: 'pagerduty-opsgenie',
    title: 'PagerDuty / OpsGenie',
    quadrant: PLATFORMS,
    ring: 'adopt',
    description: 'On-call paging fed by Alertmanager.',
    references: [stackGuide(observabilityStack, 'L388')],
  },
  {
    id: 'service-mesh',
    title: 'Istio / Linkerd',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'mTLS, traffic management and observability across many services; worth it only at scale with a platform team.',
    references: [
      stackGuide(communication, 'L301'),
      stackGuide(monolithDecision, 'L320'),
    ],
  },
  {
    id: 'cloudflare-workers',
    title: 'Cloudflare Workers',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'Edge runtime for JS and Rust/WASM with sub-millisecond cold starts and a 30 s CPU limit; auth, A/B tests, edge APIs.',
    references: [stackGuide(edgeRuntimes, 'L333')],
  },
  {
    id: 'vercel-edge-functions',
    title: 'Vercel Edge Functions',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'Edge runtime for Next.js middleware: personalisation, redirects and i18n routing.',
    references: [stackGuide(edgeRuntimes, 'L334')],
  },
  {
    id: 'fastly-compute',
    title: 'Fastly Compute',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'WASM edge runtime (Rust, JS, Go) for complex routing and request transformation.',
    references: [stackGuide(edgeRuntimes, 'L335')],
  },
  {
    id: 'lambda-at-edge',
    title: 'AWS Lambda@Edge',
    quadrant: PLATFORMS,
    ring: 'assess',
    description:
      'Node.js and Python at the edge, but with 50–500 ms cold starts; assess it against the faster edge runtimes.',
    references: [stackGuide(edgeRuntimes, 'L336')],
  },
  {
    id: 'graalvm-native-image',
    title: 'GraalVM native image',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'Ahead-of-time compiled Java with fast start and a small footprint, e.g. Quarkus native; built in a multi-stage image onto distroless.',
    references: [
      stackGuide(`${javaFrameworks}: Quarkus`, 'L90'),
      stackGuide('Java production deployment patterns', 'L109-117'),
    ],
  },
  {
    id: 'webassembly-rust',
    title: 'WebAssembly (Rust)',
    quadrant: PLATFORMS,
    ring: 'trial',
    description:
      'Rust has the best WebAssembly support, for edge runtimes and browser plugins.',
    references: [
      stackGuide(rustUseCases, 'L56'),
      stackGuide(decisionFramework, 'L130'),
    ],
  },
];

const techniques: RadarEntrySeed[] = [
  {
    id: 'modular-monolith-first',
    title: 'Modular monolith first',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Start with a well-structured modular monolith and extract services only once bounded contexts, team ownership and independent deployment needs are clear.',
    references: [stackGuide(monolithDecision, 'L313-320')],
    conflict: {
      summary:
        'The Enterprise Stack Guide defaults to a modular monolith and calls premature microservices the most common architecture failure; the Go/AWS playbook makes microservices non-negotiable for new significant capabilities. Team size, domain maturity and operational maturity decide which applies.',
      references: [
        stackGuide(monolithDecision, 'L313'),
        goPrinciples('Microservices Architecture', 'L8'),
      ],
      relatedEntryIds: ['microservices'],
    },
  },
  {
    id: 'microservices',
    title: 'Microservices',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Services mapped to business capabilities, loosely coupled, scaled and deployed independently; the Go/AWS playbook makes them the default for new significant capabilities.',
    references: [goPrinciples('Microservices Architecture', 'L7-10')],
    conflict: {
      summary:
        'The Go/AWS playbook requires microservices for new significant capabilities; the Enterprise Stack Guide starts with a modular monolith and extracts services only with clear bounded contexts and a platform team.',
      references: [
        goPrinciples('Microservices Architecture', 'L8'),
        stackGuide(monolithDecision, 'L313'),
      ],
      relatedEntryIds: ['modular-monolith-first'],
    },
  },
  {
    id: 'event-driven-architecture',
    title: 'Event-driven architecture',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Events on Kafka as the default for communication between services and for asynchronous work. Check first whether the use case needs strong consistency: events bring eventual consistency.',
    references: [
      goPrinciples(edaKafka, 'L12-14'),
      stackGuide('Event-Driven Architecture', 'L321-322'),
    ],
    conflict: {
      summary:
        'The Go/AWS playbook makes events the default (adopt); the Enterprise Stack Guide asks to weigh eventual consistency before using the pattern, which reads as trial.',
      references: [
        goPrinciples(edaKafka, 'L13'),
        stackGuide('Event-Driven Architecture', 'L322'),
      ],
      relatedEntryIds: [],
    },
  },
  {
    id: 'hexagonal-architecture',
    title: 'Hexagonal architecture (ports and adapters)',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Keep domain logic free of HTTP, database and messaging details, which makes it easy to test.',
    references: [
      goPrinciples('Hexagonal Architecture (Ports and Adapters)', 'L20-22'),
    ],
  },
  {
    id: 'api-first-openapi',
    title: 'API-first with OpenAPI 3',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Design the API contract in OpenAPI v3+ before any implementation and generate the docs from it.',
    references: [goPrinciples('API First Design', 'L24-27')],
  },
  {
    id: 'cqrs',
    title: 'CQRS',
    quadrant: TECHNIQUES,
    ring: 'trial',
    description:
      'Separate read and write models only where they really diverge or reads dominate; the added complexity must pay for itself.',
    references: [
      goPrinciples('CQRS (Command Query Responsibility Segregation)', 'L29-32'),
    ],
  },
  {
    id: 'grpc-protobuf-json',
    title: 'gRPC inside, Protobuf for events, JSON for REST',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Typed binary RPC between internal services, Protobuf for Kafka messages, and JSON for public REST payloads.',
    references: [
      stackGuide(communication, 'L299'),
      goPrinciples('Data Serialization', 'L69-76'),
    ],
  },
  {
    id: 'rest-conventions',
    title: 'REST conventions',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Proper HTTP methods and status codes, plural resource nouns, one error format, stateless services and idempotent PUT and DELETE.',
    references: [goPrinciples(restDesign, 'L79-86')],
  },
  {
    id: 'uri-versioning',
    title: 'URI versioning (/v1/)',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Put the API version in the path because it is the simplest to operate. Contested: other guidance accepts header versioning and versions only when a change forces it.',
    references: [
      goPrinciples(restDesign, 'L86'),
      stackGuide(apiSecurity, 'L199-200'),
    ],
    conflict: {
      summary:
        'The Go/AWS playbook prescribes /v1/ in the URI; the Enterprise Stack Guide allows path or header versioning; the runtimes guide argues for versioning only once a breaking change has earned it.',
      references: [
        goPrinciples(restDesign, 'L86'),
        stackGuide(apiSecurity, 'L199-200'),
        runtimesGuide(
          'RESTful Design That Survives: Resources, Boundaries, and Versioning',
          'L117',
        ),
      ],
      relatedEntryIds: ['rest-conventions'],
    },
  },
  {
    id: 'rbac-abac-data-layer',
    title: 'RBAC/ABAC at the data layer',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Enforce role- or attribute-based access where the data is read, not only on routes.',
    references: [stackGuide(authentication, 'L184')],
  },
  {
    id: 'mfa-privileged-accounts',
    title: 'MFA for privileged accounts',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Require a second factor for every privileged account, preferably FIDO2 or passkeys over TOTP.',
    references: [stackGuide(authentication, 'L187')],
  },
  {
    id: 'argon2id-password-hashing',
    title: 'Argon2id password hashing',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Hash passwords with Argon2id, or bcrypt at cost 12 or more where Argon2id is unavailable.',
    references: [stackGuide(databaseSecurity, 'L192')],
  },
  {
    id: 'rate-limiting',
    title: 'Rate limiting on public endpoints',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Token-bucket limits per IP and per user on every public endpoint.',
    references: [stackGuide(apiSecurity, 'L195')],
  },
  {
    id: 'strict-csp',
    title: 'Strict Content Security Policy',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'A CSP that blocks inline scripts (nonces instead) as the second line of defence against XSS.',
    references: [
      stackGuide('XSS Prevention', 'L241'),
      stackGuide('Content Security Policy example', 'L243-251'),
    ],
  },
  {
    id: 'tokens-in-localstorage',
    title: 'Session tokens in localStorage',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      'Hold: any injected script can read localStorage. Keep session tokens in HttpOnly, Secure, SameSite=Strict cookies.',
    references: [stackGuide(authentication, 'L185')],
  },
  {
    id: 'wildcard-cors',
    title: 'Wildcard CORS in production',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description: 'Hold: allow-list the origins that may call the API instead.',
    references: [stackGuide(apiSecurity, 'L197-198')],
  },
  {
    id: 'string-built-sql',
    title: 'SQL built by string concatenation',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      "Hold: it invites SQL injection. Use parameterised queries or an ORM's named parameters.",
    references: [
      stackGuide(databaseSecurity, 'L189'),
      stackGuide(javaSecurity, 'L106'),
    ],
  },
  {
    id: 'manual-jwt-validation',
    title: 'Hand-written JWT validation',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      "Hold: validate tokens with the framework's security library (e.g. Spring Security), not custom code.",
    references: [stackGuide(javaSecurity, 'L103')],
  },
  {
    id: 'pickle-eval-untrusted-input',
    title: 'pickle or eval on untrusted input (Python)',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      'Hold: both can execute attacker-controlled code, which rules them out especially for regulated data such as PHI.',
    references: [stackGuide(compliance, 'L291')],
  },
  {
    id: 'java-native-serialization-untrusted',
    title: 'Java native serialisation of untrusted data',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      'Hold: deserialising untrusted bytes with ObjectInputStream can run gadget chains to remote code execution. Use JSON or Protobuf with schema validation.',
    references: [stackGuide(javaSupplyChain, 'L272')],
  },
  {
    id: 'synchronized-blocking-virtual-threads',
    title: '`synchronized` around blocking work on virtual threads',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      'Hold: it pins the carrier thread and undoes the benefit of virtual threads. Use ReentrantLock instead.',
    references: [
      stackGuide('Java 21 Virtual Threads production checklist', 'L97-98'),
    ],
  },
  {
    id: 'server-state-in-global-store',
    title: 'Server state in a global store',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      'Hold: data fetched from APIs belongs in a query cache (TanStack Query, SWR), not in Redux or Zustand.',
    references: [stackGuide(stateCategories, 'L149')],
  },
  {
    id: 'opentelemetry-first',
    title: 'OpenTelemetry first',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Instrument every service with the vendor-neutral OpenTelemetry SDK so telemetry can go to any backend without code changes, and measure before optimising.',
    references: [
      stackGuide(observabilityStack, 'L387-389'),
      runtimesGuide('OpenTelemetry', 'L101-102'),
      languageComparison(bestPractices, 'L336'),
    ],
    conflict: {
      summary:
        'The Enterprise Stack Guide prefers OpenTelemetry over vendor SDKs; the Go/AWS playbook names CloudWatch and X-Ray as non-negotiable on AWS.',
      references: [
        stackGuide(observabilityStack, 'L389'),
        goPrinciples(cloudProvider, 'L49'),
      ],
      relatedEntryIds: ['cloudwatch-xray'],
    },
  },
  {
    id: 'structured-json-logs',
    title: 'Structured JSON logs',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Every service logs JSON with stable fields, never free-form strings.',
    references: [
      goPrinciples('Observability', 'L114'),
      goPrinciples(goDefaults, 'L61-62'),
      stackGuide(observabilityStack, 'L386'),
    ],
  },
  {
    id: 'correlation-ids',
    title: 'Correlation IDs',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Thread one correlation id through every call, event and log line, errors included.',
    references: [
      goPrinciples('Error Handling (Golang)', 'L102'),
      goPrinciples('Observability', 'L114'),
    ],
  },
  {
    id: 'slos-error-budgets',
    title: 'SLOs and error budgets',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'SLIs per critical journey, SLOs over a rolling window, and an error budget that decides when reliability work beats features.',
    references: [stackGuide('SLO and SLA framework', 'L390-394')],
  },
  {
    id: 'timeouts-everywhere',
    title: 'Timeouts everywhere',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Every outbound call gets a sensible timeout; the common default of none means waiting forever.',
    references: [
      goPrinciples(resiliency, 'L133'),
      runtimesGuide('What starts to matter in production: timeouts', 'L37'),
    ],
  },
  {
    id: 'retries-backoff-jitter',
    title: 'Retries with exponential backoff and jitter',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Retry transient failures only, spacing attempts out with exponential backoff and jitter.',
    references: [goPrinciples(resiliency, 'L133')],
  },
  {
    id: 'circuit-breakers',
    title: 'Circuit breakers',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description: 'Stop calling a flaky dependency until it recovers.',
    references: [
      goPrinciples(resiliency, 'L133'),
      stackGuide(javaTooling, 'L309'),
    ],
  },
  {
    id: 'dead-letter-queues',
    title: 'Dead-letter queues',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Park messages that keep failing instead of blocking the stream or dropping them.',
    references: [
      goPrinciples(resiliency, 'L133'),
      goPrinciples(cloudProvider, 'L41'),
    ],
  },
  {
    id: 'graceful-shutdown',
    title: 'Graceful shutdown',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description: 'Every service drains in-flight work before it exits.',
    references: [goPrinciples('Concurrency (Golang)', 'L97')],
  },
  {
    id: 'trunk-based-development',
    title: 'Trunk-based development',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Short-lived branches merged to main, the preferred flow for microservices.',
    references: [goPrinciples('Development Workflow', 'L123')],
  },
  {
    id: 'canary-blue-green',
    title: 'Canary and blue-green deployments',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Roll out to staging with canary or blue-green, smoke-test, then promote.',
    references: [stackGuide('CI/CD Pipelines: Stage 4 — Deploy', 'L355-357')],
  },
  {
    id: 'coverage-gates',
    title: 'Coverage gates',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Unit tests in CI fail the build below a coverage bar (over 80%).',
    references: [stackGuide(ciFast, 'L342')],
  },
  {
    id: 'twelve-factor-app',
    title: 'Twelve-Factor App',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Baseline discipline for configuration, logs and deploys; config comes from the environment.',
    references: [
      runtimesGuide('The Twelve-Factor App', 'L99-100'),
      goPrinciples('Configuration Management', 'L129'),
    ],
  },
  {
    id: 'lockfiles',
    title: 'Committed lockfiles',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Commit a lockfile for every ecosystem and verify checksums, so every build resolves the same versions.',
    references: [
      stackGuide(supplyChain, 'L260-262'),
      stackGuide(pythonPerformance, 'L51'),
    ],
  },
  {
    id: 'deterministic-ci-artifacts',
    title: 'Deterministic CI artifacts',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'Build one artifact in CI and deploy exactly that artifact everywhere.',
    references: [stackGuide(jsVulnerabilities, 'L285')],
  },
  {
    id: 'installing-without-lockfile-in-production',
    title: 'Installing packages in production without a lockfile',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      'Hold: running pip or npm install on production hosts without a lock makes every deploy a different system.',
    references: [stackGuide(jsVulnerabilities, 'L285')],
  },
  {
    id: 'language-framework-sprawl',
    title: '"Five languages, twelve frameworks" sprawl',
    quadrant: TECHNIQUES,
    ring: 'hold',
    description:
      'Hold: choose runtimes for constraints and frameworks for the organisation, and keep one language for business logic.',
    references: [
      runtimesGuide(
        'A policy that works: runtime for constraints, framework for organisation',
        'L94-98',
      ),
      languageComparison(bestPractices, 'L335'),
    ],
  },
  {
    id: 'ssr-ssg-csr-rendering',
    title: 'SSR, SSG, and CSR for dashboards',
    quadrant: TECHNIQUES,
    ring: 'adopt',
    description:
      'SSR for fresh, SEO-critical pages, SSG for content that changes rarely, CSR for authenticated dashboards.',
    references: [stackGuide(rendering, 'L139-141')],
  },
  {
    id: 'isr-islands',
    title: 'ISR and Islands architecture',
    quadrant: TECHNIQUES,
    ring: 'trial',
    description:
      'Cached pages revalidated in the background, or static HTML with small interactive islands; both add complexity.',
    references: [stackGuide(rendering, 'L142'), stackGuide(rendering, 'L144')],
  },
  {
    id: 'edge-ssr',
    title: 'Edge SSR',
    quadrant: TECHNIQUES,
    ring: 'assess',
    description:
      'Rendering on CDN nodes for global low latency, within the limited APIs edge runtimes offer.',
    references: [stackGuide(rendering, 'L143')],
  },
];

/**
 * The radar entries the product ships with, drawn from the guidance documents.
 *
 * @public
 */
export const radarSeed: RadarEntrySeed[] = [
  ...languages,
  ...goEcosystem,
  ...pythonEcosystem,
  ...rustEcosystem,
  ...javaEcosystem,
  ...nodeAndFrontend,
  ...tools,
  ...platforms,
  ...techniques,
];
