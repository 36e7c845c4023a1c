import { guidanceDocuments } from '../catalogue/documents';
import {
  goPrinciples,
  languageComparison,
  runtimesGuide,
  stackGuide,
} from '../radar/references';
import type { RadarReference } from '../radar/types';
import type { DecisionContent, DecisionOption } from './types';

/**
 * A recurring architecture question with the factors and options the guidance documents name for
 * it, offered as a starting point for a new decision record.
 *
 * @public
 */
export interface DecisionTemplate {
  /** Stable public id, kebab-case; stored on records made from the template. */
  id: string;
  title: string;
  /** The question the decision answers, in one or two sentences. */
  summary: string;
  /** The decision factors the documents weigh. */
  drivers: string[];
  /** The options the documents name, with their arguments. */
  options: DecisionOption[];
  references: RadarReference[];
  /** Radar entries the decision is likely to move or rely on. */
  radarEntryIds?: string[];
}

function option(
  title: string,
  pros: string[],
  cons: string[],
  description?: string,
): DecisionOption {
  return description === undefined
    ? { title, pros, cons }
    : { title, description, pros, cons };
}

// Section names cited by several templates, spelled once and as the radar seed spells them.
const monolithDecision = 'Monolith vs Microservices Decision';
const communication = 'Service communication patterns';
const edaKafka = 'Event-Driven Architecture (EDA) with Kafka';
const cloudProvider = 'Cloud Provider';
const restDesign = 'API Design (RESTful)';
const goTooling = 'Go-native microservice tooling';
const javaTooling = 'Java-native microservice tooling';
const selectionCriteria = 'Backend Framework Selection Criteria for 2025';
const bestPractices = 'Best Practices for Backend Technology Stack Decisions';
const compliance = 'Compliance & Auditing';

/**
 * The decision templates the product offers, one per architecture question the guidance documents
 * give decision factors for.
 *
 * @public
 */
export const decisionTemplates: DecisionTemplate[] = [
  {
    id: 'monolith-vs-microservices',
    title: 'Modular monolith or microservices',
    summary:
      'Decide whether a capability is built as a well-structured modular monolith or split into independently deployed services. The documents disagree on the default: the Enterprise Stack Guide starts from a modular monolith, the Go & Event-Driven playbook expects new significant capabilities to be services, so the factors below should carry the decision.',
    drivers: [
      'Team size and ownership: fewer than about fifteen engineers favours one deployable; several teams owning separate parts favours services.',
      'Maturity of the system: an MVP or early product rarely knows its boundaries; an established domain has clear bounded contexts.',
      'Deployment frequency: whether weekly releases of everything are acceptable or each part needs its own daily deployments.',
      'Scaling asymmetry: whether load is even across features or some components need about ten times the capacity of others.',
      'Operational maturity: a small operations team, or a platform team that already runs Kubernetes, a service mesh and observability.',
      "Conway's law: the architecture will end up mirroring how the teams are organised.",
    ],
    options: [
      option(
        'Modular monolith',
        [
          'one build, one deployment and one process to debug while the domain is still moving.',
          'cheapest to operate for a small or mid-size operations team.',
          'services can be extracted later, once bounded contexts and ownership are clear.',
        ],
        [
          'every module ships on the same release cadence.',
          'a hot component cannot be scaled on its own.',
          'module boundaries erode unless they are enforced in code review and tooling.',
        ],
      ),
      option(
        'Microservices',
        [
          'each capability deploys and scales independently.',
          'teams own services that map to business capabilities, which supports autonomy and speed.',
          'the Go & Event-Driven playbook treats services as the norm for significant new capabilities.',
        ],
        [
          'splitting too early is named as the most common cause of failed enterprise architectures.',
          'needs a platform team for orchestration, service mesh and observability.',
          'network calls and eventual consistency replace in-process calls and transactions.',
        ],
      ),
    ],
    references: [
      stackGuide('Microservices Design', 'L296-297'),
      stackGuide(monolithDecision, 'L312-320'),
      goPrinciples('Microservices Architecture', 'L7-10'),
    ],
    radarEntryIds: ['modular-monolith-first', 'microservices'],
  },
  {
    id: 'sync-vs-async-communication',
    title: 'Synchronous or asynchronous communication between services',
    summary:
      'Decide how services talk to each other for a given interaction: a request that waits for an answer, or an event that other services react to in their own time.',
    drivers: [
      'Whether the caller needs the result immediately to continue.',
      'Whether the interaction needs strong consistency or can live with eventual consistency.',
      'Whether services should keep working when the other side is unavailable.',
      'Efficiency and typing of internal calls between services.',
      'How easily the interaction can evolve without coordinated releases.',
    ],
    options: [
      option(
        'Synchronous REST or gRPC calls',
        [
          'plain request and response: the caller gets its answer, or an error, straight away.',
          'gRPC gives typed, binary and efficient calls between internal services.',
          'Go and Rust services handle this style particularly well.',
        ],
        [
          "the caller's availability and latency depend on every service it calls.",
          'needs timeouts, retries with backoff and circuit breakers on every call.',
        ],
      ),
      option(
        'Asynchronous events through a broker',
        [
          "services are decoupled from each other's availability.",
          'the Go & Event-Driven playbook makes events the default between services, for resilience and scale.',
          'new consumers can be added without changing the producer.',
        ],
        [
          'readers see changes eventually, not immediately.',
          'needs a broker, a schema registry, dead-letter handling and contract tests.',
        ],
      ),
    ],
    references: [
      stackGuide(communication, 'L298-300'),
      stackGuide('Event-Driven Architecture', 'L321-322'),
      goPrinciples(edaKafka, 'L12-18'),
    ],
    radarEntryIds: [
      'event-driven-architecture',
      'grpc-protobuf-json',
      'rest-conventions',
      'timeouts-everywhere',
      'circuit-breakers',
    ],
  },
  {
    id: 'message-broker',
    title: 'Message broker for events',
    summary:
      'Choose the broker that carries events between services, weighing durability and scale against the effort of running it.',
    drivers: [
      'Durability and volume of the event streams, and whether events must be replayable.',
      'Operational effort the team can afford, and whether a managed offering exists on the chosen cloud.',
      'Whether the events are core business events or auxiliary glue such as dead-letter queues and simple fan-out.',
      'Client library quality for the languages in use.',
      'Acceptable degree of vendor lock-in.',
    ],
    options: [
      option(
        'Apache Kafka (Amazon MSK)',
        [
          'durable event streaming at very large scale.',
          'the Go & Event-Driven playbook names it the backbone for business events, preferably managed through MSK.',
          'mature Go client in confluent-kafka-go.',
        ],
        [
          'the most operationally demanding of the options, especially when self-hosted.',
        ],
      ),
      option(
        'NATS JetStream',
        [
          'lower operational complexity than Kafka.',
          'strong Go ecosystem; enough for most microservice event buses.',
        ],
        [
          'the Go & Event-Driven playbook reserves core business events for Kafka.',
        ],
      ),
      option(
        'Managed queues and topics (SNS/SQS or GCP Pub/Sub)',
        [
          'fully managed, with little to operate.',
          'a good fit for Lambda glue, dead-letter queues and simple fan-out.',
        ],
        [
          'ties the event flow to one cloud vendor.',
          'seen as suitable for auxiliary eventing rather than the core business event stream.',
        ],
      ),
      option(
        'RabbitMQ',
        [
          'a reliable queue for distributing tasks to workers.',
          'works well with Celery in Python and with Go workers.',
        ],
        [
          'positioned for task distribution rather than durable event streaming.',
        ],
      ),
    ],
    references: [
      stackGuide('Event-Driven Architecture: Technology choices', 'L323-327'),
      goPrinciples(edaKafka, 'L16-17'),
      goPrinciples(cloudProvider, 'L41'),
    ],
    radarEntryIds: [
      'kafka-msk',
      'nats-jetstream',
      'sns-sqs',
      'gcp-pubsub',
      'rabbitmq',
      'confluent-kafka-go',
    ],
  },
  {
    id: 'event-schema-serialization',
    title: 'Event schema and serialization',
    summary:
      'Decide how events are encoded and how producers and consumers agree on their shape before anything reaches production.',
    drivers: [
      'Schema evolution: producers must be able to change events without breaking consumers.',
      'Performance and payload size on high-volume streams.',
      'Strong typing in producers and consumers.',
      'Catching producer and consumer disagreements in tests rather than at runtime.',
      'One schema registry for the organisation (Confluent or AWS Glue), chosen once and kept.',
    ],
    options: [
      option(
        'Protobuf with a schema registry and contract tests',
        [
          'compact and fast, with well-defined rules for evolving schemas.',
          'strongly typed code for producers and consumers.',
          'a mandatory registry means no event type reaches the main branch without a schema.',
          'contract tests prove producers and consumers agree before runtime.',
        ],
        [
          'binary payloads need tooling to read while debugging.',
          'adds a registry to run and code generation to the build.',
        ],
      ),
      option(
        'JSON events without a registry',
        [
          'universal and readable without tools.',
          'nothing extra to run or generate.',
        ],
        [
          'no enforced contract, so incompatible changes surface in consumers at runtime.',
          'goes against the Go & Event-Driven playbook, which makes a registry mandatory.',
          'larger and slower to parse than Protobuf.',
        ],
      ),
    ],
    references: [
      goPrinciples(edaKafka, 'L18'),
      goPrinciples(cloudProvider, 'L50'),
      goPrinciples('Data Serialization', 'L69-76'),
      goPrinciples('Testing', 'L109'),
    ],
    radarEntryIds: ['schema-registry', 'grpc-protobuf-json'],
  },
  {
    id: 'api-style-and-versioning',
    title: 'API style, contract and versioning',
    summary:
      'Decide the style of a synchronous API, how its contract is written before the code, and how breaking changes are versioned.',
    drivers: [
      'Who calls the API: browsers and partners, or only internal services.',
      'Contract first: the API is designed in OpenAPI v3+ before implementation, and its docs are generated from the spec.',
      'Efficiency and typing of internal service-to-service calls.',
      'How breaking changes reach consumers, and how visible the version is in routing, caching and logs.',
      'Consistent REST conventions: plural nouns, proper methods and status codes, standard errors, idempotent PUT and DELETE.',
    ],
    options: [
      option(
        'REST with OpenAPI, versioned in the URI (/v1/)',
        [
          'the primary synchronous style in the Go & Event-Driven playbook, with JSON payloads everyone can read.',
          'a version in the path is simple to route, cache and see in logs.',
        ],
        [
          'invites new versions for every change; the runtimes guide argues versioning should be earned by a real breaking change.',
        ],
      ),
      option(
        'REST with OpenAPI, versioned in a header',
        [
          'allowed by the Enterprise Stack Guide alongside path versions.',
          'resource URLs stay stable across versions.',
        ],
        [
          'the version is invisible in URLs and easy to forget in clients and logs.',
          'the Go & Event-Driven playbook prefers the simpler URI form.',
        ],
      ),
      option(
        'gRPC or Connect between services, REST at the edge',
        [
          'typed, binary and efficient calls between internal services.',
          'Connect-Go is recommended over raw gRPC and stays compatible with it.',
        ],
        [
          'two API styles to document, secure and observe.',
          'binary calls need tooling to inspect while debugging.',
        ],
      ),
    ],
    references: [
      goPrinciples('API First Design', 'L24-27'),
      goPrinciples(restDesign, 'L79-87'),
      stackGuide('API security', 'L199-200'),
      stackGuide(communication, 'L299'),
      stackGuide(goTooling, 'L303-304'),
      runtimesGuide(
        'RESTful Design That Survives: Resources, Boundaries, and Versioning',
        'L116-117',
      ),
    ],
    radarEntryIds: [
      'api-first-openapi',
      'rest-conventions',
      'uri-versioning',
      'grpc-protobuf-json',
      'connect-go',
      'grpc-go',
    ],
  },
  {
    id: 'service-structure',
    title: 'Internal structure of a service',
    summary:
      'Decide how the code inside a service is organised: how the domain logic is kept apart from HTTP, databases and messaging, and whether reads and writes get separate models.',
    drivers: [
      'Testability of the domain logic without HTTP, database or broker.',
      'How much transport and persistence details are expected to change.',
      'Whether the read and write models differ substantially, or reads dominate.',
      'The complexity the team is willing to carry for the benefit.',
    ],
    options: [
      option(
        'Hexagonal architecture (ports and adapters)',
        [
          'domain logic stays free of HTTP, database and messaging concerns.',
          'domain code becomes much easier to test.',
          'the preferred structure for Go services in the Go & Event-Driven playbook.',
        ],
        [
          'more interfaces and wiring than a handler that talks to the database directly.',
        ],
      ),
      option(
        'Hexagonal architecture with CQRS',
        [
          'pays off for read-heavy services and where read and write models diverge a lot.',
        ],
        [
          'adds real complexity; the playbook asks for clear, substantial benefits before applying it.',
        ],
      ),
      option(
        'Handlers calling storage directly',
        ['the least code for a small CRUD service.'],
        [
          'domain rules mix with transport and storage code and are hard to test in isolation.',
          'changing the database or the protocol touches the business logic.',
        ],
      ),
    ],
    references: [
      goPrinciples('Hexagonal Architecture (Ports and Adapters)', 'L20-22'),
      goPrinciples('CQRS (Command Query Responsibility Segregation)', 'L29-32'),
    ],
    radarEntryIds: ['hexagonal-architecture', 'cqrs'],
  },
  {
    id: 'backend-language-framework',
    title: 'Backend language and framework',
    summary:
      'Choose the language, runtime and framework for a new backend service from the constraints it cannot violate, rather than from preference.',
    drivers: [
      'Latency and throughput targets: p99 under 10 ms or more than 100,000 requests per second per instance point to Rust or Go; typical APIs under 10,000 requests per second are well served by Node.js or Python.',
      'Cold starts: serverless and scale-to-zero favour Go and Rust; the JVM and .NET need care.',
      'CPU-heavy work inside the service: the JVM, .NET and Go handle it; Node.js and Python need workers or offloading.',
      'Team skills and hiring: expect three to six months of slower delivery when a team adopts Rust or Go.',
      'Ecosystem needs: machine learning points to Python, real-time features to Go or Node.js, systems and embedded work to Rust.',
      'Total cost of ownership: compute cost against development time and operational complexity.',
      'Maintenance horizon of three to five years, and the cost of switching language mid-project (six to twelve months).',
      'Keeping the number of languages and frameworks in the organisation small.',
    ],
    options: [
      option(
        'Go (chi, Gin or net/http)',
        [
          'the default for cloud-native services and platform tooling, with simple concurrency.',
          'small static binaries and fast cold starts, well suited to containers and Lambda.',
          'the easiest on-ramp for teams new to systems programming.',
        ],
        [
          'a weak ecosystem for machine learning and data pipelines.',
          'error handling gets verbose in complex business logic.',
        ],
      ),
      option(
        'Java 21 (Spring Boot 3 or Quarkus)',
        [
          'the natural choice for existing JVM codebases and regulated, integration-heavy work.',
          'deep operability tooling and a large hiring pool.',
          'Quarkus native images start in milliseconds with a small memory footprint.',
        ],
        [
          'memory overhead makes it expensive at scale.',
          'cold starts need care unless compiled natively.',
        ],
      ),
      option(
        'Python (FastAPI)',
        [
          'unmatched for machine learning, data work and rapid prototyping.',
          'FastAPI brings async I/O and generated OpenAPI documentation.',
        ],
        [
          'not suited to high-throughput services without careful optimisation; the GIL limits CPU-bound threads.',
          'dependency management needs ongoing attention.',
        ],
      ),
      option(
        'Rust (Axum and Tokio)',
        [
          'highest throughput and lowest latency, with memory safety and no GC pauses.',
          'lower compute cost; large savings are reported for compute-heavy workloads.',
        ],
        [
          'a steep learning curve and slow compiles.',
          'over-engineered for CRUD APIs, and missing mature ORMs and admin tooling.',
        ],
      ),
      option(
        'Node.js with TypeScript (Fastify)',
        [
          'strong for I/O-bound APIs, real-time features and sharing code with the frontend.',
          'Fastify and Hono come close to Go on I/O-bound work.',
        ],
        [
          'single-threaded execution limits CPU-bound work.',
          'the npm supply chain needs careful vetting of every dependency.',
        ],
      ),
      option(
        '.NET (ASP.NET Core)',
        [
          'production-friendly defaults, strong tooling and disciplined async.',
          'handles sustained CPU work and long-lived, multi-team services well.',
        ],
        ['cold starts need care.'],
      ),
    ],
    references: [
      stackGuide('Backend Decision Framework', 'L119-132'),
      runtimesGuide("Pick the constraints you can't violate", 'L68-76'),
      languageComparison(selectionCriteria, 'L320-326'),
      languageComparison(
        'Common Pitfalls in Backend Framework Selection',
        'L327-332',
      ),
      languageComparison(bestPractices, 'L333-340'),
    ],
    radarEntryIds: [
      'go',
      'java',
      'python',
      'rust',
      'nodejs',
      'typescript',
      'dotnet-aspnet-core',
      'language-framework-sprawl',
    ],
  },
  {
    id: 'compute-platform',
    title: 'Compute platform',
    summary:
      'Decide where a service runs: functions, managed containers or a Kubernetes cluster.',
    drivers: [
      'Execution time: whether work fits within function limits or runs long.',
      'Sensitivity to cold starts, and the runtime in use.',
      'Operational maturity: whether a platform team runs clusters, mesh and observability.',
      'Packaging: zip artefacts for functions or container images.',
      'Portability across clouds.',
    ],
    options: [
      option(
        'AWS Lambda',
        [
          'the workhorse for most microservices in the Go & Event-Driven playbook.',
          'lean Go and Rust binaries keep cold starts and memory cost low.',
        ],
        [
          "Lambda's limits rule out long-running tasks.",
          'cold starts penalise heavier runtimes.',
        ],
      ),
      option(
        'AWS Fargate',
        [
          "runs containers where Lambda's constraints do not fit, such as long-running tasks.",
          'the same Docker images serve local development and production.',
        ],
        ['container images have to be built, scanned and kept patched.'],
      ),
      option(
        'Kubernetes',
        ['portable and backed by a large ecosystem, including service meshes.'],
        [
          'needs a platform team that manages the cluster, the mesh and observability.',
        ],
      ),
    ],
    references: [
      goPrinciples(cloudProvider, 'L40'),
      goPrinciples('Development Workflow', 'L124'),
      stackGuide(monolithDecision, 'L320'),
      languageComparison(bestPractices, 'L339'),
    ],
    radarEntryIds: ['aws-lambda', 'aws-fargate', 'kubernetes'],
  },
  {
    id: 'data-store-and-access',
    title: 'Data store and data access',
    summary:
      'Choose the primary data store of a service and how its code talks to it.',
    drivers: [
      'Access patterns and throughput.',
      'Whether the data model is truly relational or needs complex transactions.',
      'How much scaling and maintenance the team wants to hand to a managed service.',
      'Caching needs (ElastiCache for Redis is the standard cache).',
      'Type-safe, parameterised queries without a heavy ORM in Go.',
    ],
    options: [
      option(
        'DynamoDB through the AWS SDK',
        [
          'the first choice for high-throughput services, with managed scaling.',
        ],
        ['relational models and complex transactions are awkward.'],
      ),
      option(
        'PostgreSQL (RDS) with sqlx or sqlc',
        [
          'the right fit for relational data and complex transactions.',
          'sqlc generates type-safe Go from SQL, and sqlx is usually all a service needs.',
        ],
        ['scaling needs more planning than a fully managed key-value store.'],
      ),
      option(
        'A heavy ORM',
        ['less SQL to write by hand.'],
        [
          'the Go & Event-Driven playbook tells Go services to stay away from heavy ORMs.',
        ],
      ),
    ],
    references: [
      goPrinciples(cloudProvider, 'L42-45'),
      goPrinciples('Backend Language & Runtime', 'L65-66'),
      stackGuide('Database security', 'L189'),
    ],
    radarEntryIds: [
      'dynamodb',
      'postgresql',
      'redis-elasticache',
      'go-sqlx',
      'sqlc',
      'go-heavy-orms',
    ],
  },
  {
    id: 'observability-stack',
    title: 'Observability stack',
    summary:
      'Choose how services emit metrics, logs and traces and where that telemetry goes. The documents disagree: the Enterprise Stack Guide wants vendor-neutral OpenTelemetry with an open-source backend, the Go & Event-Driven playbook makes CloudWatch and X-Ray non-negotiable on AWS.',
    drivers: [
      'Vendor neutrality: changing telemetry backends without changing code.',
      'Alignment with the cloud platform already in use.',
      'Coverage of all three pillars (metrics, logs, traces) with correlation IDs across services.',
      'Alerting and on-call integration.',
      'Generating SLO recording rules and alerts from SLO definitions.',
    ],
    options: [
      option(
        'OpenTelemetry with Prometheus, Grafana, Loki and a tracing backend',
        [
          'instrumentation is vendor-neutral; telemetry can be routed anywhere without code changes.',
          'Sloth or Pyrra generate SLO rules and alerts for Prometheus.',
          'Alertmanager hands alerts to PagerDuty or OpsGenie.',
        ],
        ['more components to run and keep healthy.'],
      ),
      option(
        'CloudWatch and AWS X-Ray',
        [
          'the non-negotiable default on AWS in the Go & Event-Driven playbook.',
          'managed, with metrics such as consumer lag next to the rest of the AWS estate.',
        ],
        ['vendor-specific instrumentation locks the services to AWS.'],
      ),
      option(
        'OpenTelemetry instrumentation exporting to CloudWatch and X-Ray',
        [
          'keeps code vendor-neutral while using the AWS backends, which satisfies both documents.',
        ],
        ['two layers to configure and keep in step.'],
      ),
    ],
    references: [
      stackGuide('Observability Stack', 'L383-389'),
      stackGuide('SLO and SLA framework', 'L394'),
      goPrinciples(cloudProvider, 'L49'),
      goPrinciples('Observability', 'L112-114'),
    ],
    radarEntryIds: [
      'opentelemetry-first',
      'prometheus',
      'grafana',
      'loki',
      'alertmanager',
      'tracing-backends',
      'cloudwatch-xray',
      'correlation-ids',
    ],
  },
  {
    id: 'rendering-strategy',
    title: 'Rendering strategy for a web frontend',
    summary:
      'Decide where and when the HTML of a web application is produced, which sets its performance, search visibility and operating cost.',
    drivers: [
      'Search-engine visibility.',
      'How fresh the data on each page must be.',
      'Initial load time and time to first byte.',
      'Server load per request.',
      'How interactive the pages are.',
      'Latency for users around the world.',
    ],
    options: [
      option(
        'Client-side rendering (CSR)',
        ['fits interactive single-page apps and authenticated dashboards.'],
        [
          'slow first load, and poor search visibility without server rendering.',
        ],
      ),
      option(
        'Server-side rendering (SSR)',
        [
          'fresh data on every request, good for search-critical dynamic pages.',
        ],
        [
          'server work on every request and a possibly higher time to first byte.',
        ],
      ),
      option(
        'Static site generation (SSG)',
        ['ideal for docs, blogs, marketing pages and catalogues.'],
        ['data goes stale between builds.'],
      ),
      option(
        'Incremental static regeneration (ISR)',
        [
          'cached pages that revalidate, for high-traffic pages that must stay fresh.',
        ],
        ['cache invalidation gets complicated.'],
      ),
      option(
        'Edge SSR',
        ['low latency worldwide and personalisation close to the user.'],
        ['only a limited set of runtime APIs is available at the edge.'],
      ),
      option(
        'Islands architecture',
        [
          'static HTML with interactivity only where needed, ideal for content sites.',
        ],
        ['becomes complex for highly interactive applications.'],
      ),
      option(
        'React Server Components (RSC)',
        [
          'server components ship no client JavaScript and suit complex data access.',
        ],
        ['a new mental model that is still maturing.'],
      ),
    ],
    references: [stackGuide('Rendering Strategies', 'L135-145')],
    radarEntryIds: [
      'ssr-ssg-csr-rendering',
      'isr-islands',
      'edge-ssr',
      'react-server-components',
      'nextjs',
      'astro',
    ],
  },
  {
    id: 'state-management',
    title: 'Frontend state management',
    summary:
      'Decide how a frontend keeps server data, UI state, global application state and URL state, using the least machinery each kind needs.',
    drivers: [
      'Server state (data from APIs) needs caching and background sync, and does not belong in a global store.',
      'UI state such as dialogs, toggles and form state.',
      'Global application state such as the signed-in user, preferences and feature flags.',
      'URL state such as filters and pagination, which must survive a page refresh.',
      'Size of the application and the framework already in use.',
    ],
    options: [
      option(
        'TanStack Query or SWR for server state, local state for the rest',
        [
          'data fetching, caching and background refresh come ready-made.',
          'keeps most state local and the global store small or absent.',
        ],
        ['still needs a small store for truly global state.'],
      ),
      option(
        'Zustand or Jotai',
        ['simple global state with only a handful of atoms.'],
        ['little structure once state grows large and intertwined.'],
      ),
      option(
        'Redux Toolkit with RTK Query',
        ['suits large enterprise applications with complex state.'],
        ['more structure and code than smaller applications need.'],
      ),
      option(
        "The framework's own store (NgRx, Pinia or Svelte stores)",
        ['the established pattern in Angular, Vue and Svelte applications.'],
        ['only applies to its own framework.'],
      ),
      option(
        'One global store for everything',
        ['a single place to look for state.'],
        [
          'putting server data in a global store is warned against; caching and refresh must then be built by hand.',
        ],
      ),
    ],
    references: [
      stackGuide('State Management at Scale', 'L146-147'),
      stackGuide('State categories', 'L148-152'),
      stackGuide('State management decision guide', 'L153-162'),
    ],
    radarEntryIds: [
      'tanstack-query',
      'swr',
      'zustand',
      'jotai',
      'redux-toolkit',
      'nuqs',
      'vue-pinia',
      'react-hook-form',
      'server-state-in-global-store',
    ],
  },
  {
    id: 'ui-framework',
    title: 'UI framework',
    summary:
      'Choose the frontend framework for an application that will probably be maintained for five to ten years.',
    drivers: [
      'Availability of people who know the framework.',
      'Long-term support from its maintainers.',
      'Bundle size and runtime performance.',
      'Testability.',
      'Team size and how much structure the framework should enforce.',
      'Whether the product is content-heavy or a highly interactive application.',
    ],
    options: [
      option(
        'Angular',
        [
          'conventions over configuration and strong structure for large teams.',
          'ships dependency injection, routing, forms, HTTP and internationalisation; TypeScript is mandatory.',
        ],
        [
          'its conventions and full feature set are more than a small application needs.',
        ],
      ),
      option(
        'React with Next.js',
        [
          'the largest component ecosystem and the safest hiring market.',
          'Next.js adds SSR, ISR, edge rendering and server components.',
        ],
        [
          'many supporting choices (state, styling, data fetching) are left to the team.',
          'a typical app installs hundreds of transitive npm packages, each a supply-chain risk.',
        ],
      ),
      option(
        'Astro',
        [
          'ships no JavaScript by default, which improves Core Web Vitals.',
          'can mix React, Vue and Svelte components as islands.',
        ],
        ['less suited to highly interactive applications.'],
      ),
    ],
    references: [
      stackGuide('UI Architecture Guide', 'L133-134'),
      stackGuide('Enterprise UI Framework Selection Guide', 'L163-178'),
      stackGuide('Rendering Strategies', 'L144'),
      stackGuide('Dependency and bundle security', 'L257'),
    ],
    radarEntryIds: [
      'angular',
      'react',
      'nextjs',
      'astro',
      'vue-pinia',
      'svelte',
      'shadcn-tailwind',
    ],
  },
  {
    id: 'authentication-authorization',
    title: 'Authentication and authorisation',
    summary:
      'Decide how users and services prove who they are and how access is enforced, without writing security-critical code from scratch.',
    drivers: [
      'Never build authentication or token validation by hand.',
      'Authorisation enforced at the data layer, not only on routes (RBAC or ABAC).',
      'Session tokens kept in HttpOnly, Secure, SameSite=Strict cookies, never in localStorage.',
      'Refresh-token rotation with reuse detection.',
      'MFA for privileged accounts, preferably FIDO2 or passkeys.',
      'External callers use OAuth 2.0; internal calls use JWTs.',
    ],
    options: [
      option(
        'An established authentication library (Passport.js, Auth.js, Lucia or Supabase Auth)',
        [
          'battle-tested handling of identity and sessions inside the application.',
        ],
        [
          'the team still owns session storage, rotation and MFA configuration.',
        ],
      ),
      option(
        'A cloud identity service (Cognito with API Gateway authorizers)',
        [
          'managed identity for customer-facing sign-in, with authorizers guarding the API front door.',
        ],
        ['ties identity to one cloud provider.'],
      ),
      option(
        "The framework's security module (for example Spring Security)",
        [
          'authentication and authorisation that follow the framework, with safe defaults.',
        ],
        ['specific to one framework or language.'],
      ),
      option(
        'Hand-written token and session handling',
        ['no dependency to add.'],
        [
          'validating JWTs by hand is explicitly warned against; mistakes here are security incidents.',
        ],
      ),
    ],
    references: [
      stackGuide('Authentication and Authorization', 'L182-187'),
      stackGuide('Java security checklist', 'L103'),
      goPrinciples(restDesign, 'L86-87'),
      goPrinciples(cloudProvider, 'L48'),
    ],
    radarEntryIds: [
      'node-auth-libraries',
      'cognito',
      'spring-security',
      'rbac-abac-data-layer',
      'mfa-privileged-accounts',
      'tokens-in-localstorage',
      'manual-jwt-validation',
    ],
  },
  {
    id: 'service-mesh',
    title: 'Service mesh',
    summary:
      'Decide whether mutual TLS, traffic management and cross-service telemetry come from a service mesh or from libraries inside each service.',
    drivers: [
      'Need for mutual TLS between services.',
      'Traffic management such as retries, splitting and failover.',
      'Observability across many services.',
      'Whether a platform team can run and upgrade the mesh.',
      'How many services and languages are involved.',
    ],
    options: [
      option(
        'Istio or Linkerd',
        [
          'mTLS, traffic management and observability across services at scale.',
        ],
        [
          'another platform to run, which needs a platform team and pays off only at scale.',
        ],
      ),
      option(
        'No mesh; resilience and telemetry libraries in each service',
        [
          'fewer moving parts, which suits a small operations team.',
          'libraries such as Resilience4j and the OpenTelemetry SDK cover retries, circuit breaking and tracing.',
        ],
        [
          'every language and service must implement mTLS and traffic policy itself.',
        ],
      ),
    ],
    references: [
      stackGuide(communication, 'L301'),
      stackGuide(monolithDecision, 'L320'),
      stackGuide(javaTooling, 'L309-311'),
    ],
    radarEntryIds: [
      'service-mesh',
      'kubernetes',
      'resilience4j',
      'circuit-breakers',
      'opentelemetry-first',
    ],
  },
  {
    id: 'edge-runtime',
    title: 'Edge runtime',
    summary:
      'Decide whether, and on which platform, logic runs at CDN nodes close to users, accepting a constrained runtime in exchange for latency.',
    drivers: [
      'Latency for users around the world.',
      'Languages the runtime supports (JavaScript, or Rust and Go through WebAssembly).',
      'Cold-start time.',
      'Execution limits (CPU or wall-clock time).',
      'The job at the edge: authentication, A/B tests, personalisation, redirects, routing or request rewriting.',
    ],
    options: [
      option(
        'Cloudflare Workers',
        [
          'JavaScript and Rust through WebAssembly, with cold starts under a millisecond.',
          'suits authentication, A/B tests, edge APIs and WebAssembly compute.',
        ],
        ['capped at 30 seconds of CPU time.'],
      ),
      option(
        'Vercel Edge Functions',
        [
          'runs Next.js middleware with sub-millisecond cold starts.',
          'suits personalisation, redirects and internationalised routing.',
        ],
        ['JavaScript and TypeScript only, with a 25-second wall-clock limit.'],
      ),
      option(
        'Fastly Compute',
        [
          'Rust, JavaScript and Go through WebAssembly, with flexible limits.',
          'suits complex routing and request transformation.',
        ],
        ['non-JavaScript code must be built for WebAssembly.'],
      ),
      option(
        'AWS Lambda@Edge',
        ['Node.js and Python, inside the AWS estate.'],
        [
          'cold starts of 50 to 500 ms and a 30-second limit; best kept to header and URL rewriting.',
        ],
      ),
    ],
    references: [
      stackGuide('Edge & CDN Architecture', 'L328-329'),
      stackGuide('Edge runtimes and their constraints', 'L330-336'),
    ],
    radarEntryIds: [
      'cloudflare-workers',
      'vercel-edge-functions',
      'fastly-compute',
      'lambda-at-edge',
      'webassembly-rust',
      'edge-ssr',
    ],
  },
  {
    id: 'iac-and-delivery',
    title: 'Infrastructure as code and delivery pipeline',
    summary:
      'Decide how infrastructure is defined and how changes travel from a pull request to production.',
    drivers: [
      'Declarative, reviewable infrastructure built from reusable modules, with locked remote state.',
      'Fast feedback: lint, unit tests with coverage gates and type checks finish in under five minutes.',
      'Security scans (dependencies, SAST, secrets) in parallel with fast feedback.',
      'Integration, container scanning, end-to-end and performance tests after merge.',
      'Deployment to staging with canary or blue-green releases, smoke tests and promotion.',
      'The CI system that is the enterprise standard (GitHub Actions, GitLab CI or Jenkins).',
      'Trunk-based development and one deterministic artefact built in CI.',
    ],
    options: [
      option(
        'Terraform modules and a staged CI/CD pipeline',
        [
          'declarative and battle-tested, building on a shared module library.',
          'remote state in S3 with DynamoDB locking prevents concurrent changes.',
          'every change passes the same quality, security and deployment gates.',
        ],
        ['modules and pipeline stages need an owner and upkeep.'],
      ),
      option(
        'Scripts and console changes with manual deployments',
        ['no upfront investment in modules or pipelines.'],
        [
          'the Go & Event-Driven playbook allows no way other than Terraform.',
          'changes are not repeatable or reviewable, and nothing enforces security gates.',
        ],
      ),
    ],
    references: [
      goPrinciples('Infrastructure as Code (IaC)', 'L89-93'),
      goPrinciples('Development Workflow', 'L121-124'),
      stackGuide('CI/CD Pipelines', 'L338-357'),
    ],
    radarEntryIds: [
      'terraform',
      'github-actions',
      'gitlab-ci',
      'jenkins',
      'trunk-based-development',
      'canary-blue-green',
      'coverage-gates',
      'deterministic-ci-artifacts',
    ],
  },
  {
    id: 'java-concurrency-model',
    title: 'Java concurrency model',
    summary:
      'Decide how a Java service handles many concurrent requests: virtual threads, classic thread pools or a reactive toolkit.',
    drivers: [
      'Availability of Java 21 and Spring Boot 3.2 or later.',
      'How much of the work is blocking I/O.',
      'Risk of pinning carrier threads with synchronized blocks.',
      'Whether JDBC drivers and connection pools support virtual threads (HikariCP 5.1+ does).',
      'Effort spent sizing and tuning thread pools.',
    ],
    options: [
      option(
        'Virtual threads (Java 21)',
        [
          'plain blocking code scales without sizing thread pools.',
          'one property enables them in Spring Boot 3.2 and later.',
        ],
        [
          'synchronized blocks around blocking work pin carrier threads; ReentrantLock is needed instead.',
          'drivers and pools must support virtual threads, and pinning should be traced in tests.',
        ],
      ),
      option(
        'Platform thread pools',
        ['well understood, and available on older Java versions.'],
        ['pool sizes need configuring and tuning per workload.'],
      ),
      option(
        'Reactive toolkit (Vert.x)',
        [
          'event-driven and strong for I/O-bound and real-time services with reactive streams.',
        ],
        [
          'a different programming model that the whole codebase has to follow.',
        ],
      ),
    ],
    references: [
      stackGuide('Java in the Enterprise', 'L79'),
      stackGuide('Enterprise framework selection (Java)', 'L93-94'),
      stackGuide('Java 21 Virtual Threads production checklist', 'L95-100'),
    ],
    radarEntryIds: [
      'java-virtual-threads',
      'hikaricp',
      'synchronized-blocking-virtual-threads',
      'vertx',
      'spring-boot',
    ],
  },
  {
    id: 'python-packaging-runtime',
    title: 'Python packaging and runtime',
    summary:
      'Decide how a Python service locks and installs its dependencies and how it is run in production.',
    drivers: [
      'Reproducible installs from a committed lockfile; one artefact built in CI and deployed as is.',
      'Known vulnerabilities found in CI (pip-audit).',
      'Image size and build speed.',
      'Worker processes matched to CPU cores behind a load balancer.',
      'Async I/O for network calls, and CPU-bound work offloaded to task queues or PyPy after profiling.',
    ],
    options: [
      option(
        'uv with a lockfile',
        [
          'locked, fast installs; the guide builds a slim image of about 120 MB with it.',
        ],
        [
          "the guide's example installs uv itself unpinned; pin it to keep builds reproducible.",
        ],
      ),
      option(
        'Poetry with a lockfile',
        ['locked installs with a widely used, established tool.'],
        [
          "the guide's container recipe is built around uv, so a Poetry image needs its own.",
        ],
      ),
      option(
        'pip install without pinned versions',
        ['nothing to learn or maintain.'],
        [
          'builds are not reproducible and can pull in compromised releases; installing without a lockfile in production is a high-risk pattern.',
        ],
      ),
    ],
    references: [
      stackGuide('Python performance at scale', 'L44-51'),
      stackGuide('Minimal Docker images by language', 'L373-382'),
      stackGuide('JS-Specific Vulnerability Classes', 'L285'),
    ],
    radarEntryIds: [
      'uv',
      'poetry',
      'pip-audit',
      'bare-pip-install',
      'installing-without-lockfile-in-production',
      'python-async-io',
      'celery',
      'pypy',
      'py-spy',
    ],
  },
  {
    id: 'regulated-workload-placement',
    title: 'Placement of a regulated workload',
    summary:
      'Decide which stack and data layout a workload under SOC 2, HIPAA, PCI DSS, GDPR or FedRAMP uses, so its compliance obligations are met by design.',
    drivers: [
      'Audit logging, and encryption at rest and in transit.',
      'Minimum necessary access and least privilege.',
      'Personal data kept in separate, encrypted stores, with data residency and erasure in mind.',
      'FIPS 140-2 validated cryptography for FedRAMP.',
      'SAST, DAST and container scanning in CI.',
    ],
    options: [
      option(
        'Go or Rust service',
        [
          'preferred for services that handle protected health information.',
          "Go's TLS stack supports FIPS-compliant cipher suites, and Rust can approach FIPS.",
        ],
        ['the team may need time to build skills in the language.'],
      ),
      option(
        'Java service with established compliance tooling',
        [
          'compliance tooling and audit trails are well established in banking, healthcare and insurance.',
          'FIPS cryptography is available through the Bouncy Castle FIPS provider.',
        ],
        [
          'deep transitive dependency graphs carry Log4Shell-class risk; scanning on every build is essential.',
        ],
      ),
      option(
        'Python service with hardened patterns',
        ['fits data and ML workloads that must run under the regime.'],
        [
          'pickle and eval patterns must be ruled out; the guide flags them for services handling health data.',
        ],
      ),
    ],
    references: [
      stackGuide(compliance, 'L286-294'),
      stackGuide('When Java is the right choice', 'L82'),
      stackGuide('Database security', 'L191-193'),
      stackGuide('Java-Specific Supply Chain Risks', 'L268'),
    ],
    radarEntryIds: [
      'go',
      'rust',
      'java',
      'pickle-eval-untrusted-input',
      'codeql',
      'semgrep',
      'trivy',
      'sbom-cyclonedx-spdx',
    ],
  },
];

/**
 * The decision template with the given id, if there is one.
 *
 * @public
 */
export function getDecisionTemplate(
  templateId: string,
): DecisionTemplate | undefined {
  return decisionTemplates.find(template => template.id === templateId);
}

/**
 * Formats a citation as "document title — section (lines …)".
 *
 * @public
 */
export function formatDecisionReference(reference: RadarReference): string {
  const cited = `${guidanceDocuments[reference.document].title} — ${
    reference.section
  }`;
  if (!reference.lines) return cited;
  const lines = reference.lines.slice(1);
  return lines.includes('-')
    ? `${cited} (lines ${lines.replace('-', '–')})`
    : `${cited} (line ${lines})`;
}

/**
 * A proposed decision prefilled from a template: the question and the guidance to read in the
 * context, the template's drivers and options, and links to the related radar entries. The date
 * defaults to today (UTC).
 *
 * @public
 */
export function templateDecision(
  templateId: string,
  options: { date?: string } = {},
): DecisionContent {
  const template = getDecisionTemplate(templateId);
  if (!template) {
    throw new Error(`Unknown decision template "${templateId}"`);
  }
  const context = [
    template.summary,
    'Guidance to read before deciding:',
    template.references
      .map(reference => `* ${formatDecisionReference(reference)}`)
      .join('\n'),
  ].join('\n\n');
  return {
    title: template.title,
    status: 'proposed',
    context,
    drivers: [...template.drivers],
    options: template.options.map(o => ({
      ...o,
      pros: [...o.pros],
      cons: [...o.cons],
    })),
    outcome: '',
    consequences: '',
    date: options.date ?? new Date().toISOString().slice(0, 10),
    deciders: [],
    scope: { entities: [] },
    links: { radarEntries: [...(template.radarEntryIds ?? [])], checks: [] },
    tags: [],
    templateId: template.id,
  };
}
