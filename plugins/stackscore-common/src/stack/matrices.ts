import type { Ecosystem } from '../catalogue/types';
import {
  goPrinciples,
  languageComparison,
  runtimesGuide,
  stackGuide,
} from '../radar/references';
import type { RadarReference } from '../radar/types';

/*
 * The stack-decision framework as data: the requirement × language matrix of the Enterprise Stack
 * Guide (A), the constraint × runtime matrix of the runtimes guide (B), the thresholds and rules of
 * thumb of the language comparison (C), and the frameworks each language offers. The recommender
 * only combines these; changing a judgement means changing a cell here.
 */

/**
 * Languages the stack recommender ranks.
 *
 * @public
 */
export type StackLanguage =
  | 'go'
  | 'python'
  | 'rust'
  | 'java'
  | 'node'
  | 'dotnet';

/**
 * Languages in display form, in the recommender's tie-break order.
 *
 * @public
 */
export const stackLanguages: ReadonlyArray<{
  id: StackLanguage;
  title: string;
}> = [
  { id: 'dotnet', title: '.NET' },
  { id: 'go', title: 'Go' },
  { id: 'java', title: 'Java' },
  { id: 'node', title: 'Node.js' },
  { id: 'python', title: 'Python' },
  { id: 'rust', title: 'Rust' },
];

/**
 * The languages the requirement matrix rates.
 *
 * @public
 */
export type MatrixLanguage = 'go' | 'python' | 'rust' | 'java';

/**
 * Ids of the requirement matrix rows.
 *
 * @public
 */
export const stackRequirementIds = [
  'highest-rps-lowest-latency',
  'cloud-infrastructure-devops-tooling',
  'ai-ml-serving-or-data-pipelines',
  'memory-safe-systems',
  'crud-rest-apis-moderate-traffic',
  'rapid-prototyping',
  'team-unfamiliar-with-systems-programming',
  'webassembly-targets',
  'regulated-enterprise-integration',
  'existing-large-jvm-codebase',
] as const;

/**
 * A requirement the decision matrix has a row for.
 *
 * @public
 */
export type StackRequirementId = (typeof stackRequirementIds)[number];

/**
 * How the decision matrix rates a language for a requirement: P primary, E excellent, G good,
 * S secondary, A acceptable or limited, X not recommended.
 *
 * @public
 */
export type Stance = 'P' | 'E' | 'G' | 'S' | 'A' | 'X';

/**
 * Each stance in words and the points the recommender gives it. X is negative because the matrix
 * uses it for real obstacles (migration cost, steep curve, over-engineering), not mere weakness.
 *
 * @public
 */
export const stances: Record<Stance, { label: string; points: number }> = {
  P: { label: 'primary choice', points: 3 },
  E: { label: 'excellent', points: 2.5 },
  G: { label: 'good', points: 2 },
  S: { label: 'secondary choice', points: 1 },
  A: { label: 'acceptable but limited', points: 0.5 },
  X: { label: 'not recommended', points: -2 },
};

/**
 * One cell of the requirement matrix.
 *
 * @public
 */
export interface RequirementCell {
  stance: Stance;
  /** The matrix's qualifier in a few words, e.g. "good with Quarkus native". */
  note: string;
  reference: RadarReference;
}

/**
 * One row of the requirement matrix.
 *
 * @public
 */
export interface RequirementRow {
  id: StackRequirementId;
  title: string;
  cells: Record<MatrixLanguage, RequirementCell>;
}

const matrixSection = 'Backend Decision Framework';

function row(
  id: StackRequirementId,
  title: string,
  line: number,
  cells: Record<MatrixLanguage, [Stance, string]>,
): RequirementRow {
  const reference = stackGuide(matrixSection, `L${line}`);
  const cell = ([stance, note]: [Stance, string]): RequirementCell => ({
    stance,
    note,
    reference,
  });
  return {
    id,
    title,
    cells: {
      go: cell(cells.go),
      python: cell(cells.python),
      rust: cell(cells.rust),
      java: cell(cells.java),
    },
  };
}

/**
 * Matrix A: requirement × language, from the Enterprise Stack Guide's decision framework.
 *
 * @public
 */
export const requirementMatrix: RequirementRow[] = [
  row('highest-rps-lowest-latency', 'Highest RPS / lowest latency', 123, {
    go: ['S', 'second choice'],
    python: ['X', 'not recommended'],
    rust: ['P', 'first choice'],
    java: ['G', 'good with Quarkus native'],
  }),
  row(
    'cloud-infrastructure-devops-tooling',
    'Cloud infrastructure / DevOps tooling',
    124,
    {
      go: ['P', 'first choice'],
      python: ['S', 'second choice, for scripts'],
      rust: ['A', 'third choice'],
      java: ['A', 'unusual here'],
    },
  ),
  row(
    'ai-ml-serving-or-data-pipelines',
    'AI/ML serving or data pipelines',
    125,
    {
      go: ['X', 'weak ML ecosystem'],
      python: ['P', 'first choice'],
      rust: ['A', 'emerging (Candle, Burn)'],
      java: ['A', 'limited (DJL)'],
    },
  ),
  row('memory-safe-systems', 'Memory-safe systems, crypto or firmware', 126, {
    go: ['S', 'second choice'],
    python: ['X', 'not suitable'],
    rust: ['P', 'first choice'],
    java: ['S', 'second choice'],
  }),
  row(
    'crud-rest-apis-moderate-traffic',
    'CRUD REST APIs with moderate traffic',
    127,
    {
      go: ['P', 'first choice'],
      python: ['G', 'good'],
      rust: ['X', 'over-engineered for the job'],
      java: ['E', 'excellent with Spring Boot'],
    },
  ),
  row('rapid-prototyping', 'Rapid prototyping / MVP', 128, {
    go: ['A', 'acceptable'],
    python: ['P', 'first choice'],
    rust: ['X', 'too slow to build with'],
    java: ['A', 'acceptable'],
  }),
  row(
    'team-unfamiliar-with-systems-programming',
    'Team unfamiliar with systems programming',
    129,
    {
      go: ['G', 'easiest on-ramp'],
      python: ['G', 'easy'],
      rust: ['X', 'steep learning curve'],
      java: ['S', 'moderate learning curve'],
    },
  ),
  row('webassembly-targets', 'WebAssembly targets', 130, {
    go: ['A', 'limited'],
    python: ['A', 'limited (Pyodide)'],
    rust: ['P', 'best support'],
    java: ['A', 'limited (TeaVM)'],
  }),
  row(
    'regulated-enterprise-integration',
    'Regulated / enterprise integration workloads',
    131,
    {
      go: ['G', 'good'],
      python: ['A', 'acceptable'],
      rust: ['A', 'niche'],
      java: ['P', 'first choice'],
    },
  ),
  row('existing-large-jvm-codebase', 'Existing large JVM codebase', 132, {
    go: ['X', 'migration cost'],
    python: ['X', 'migration cost'],
    rust: ['X', 'migration cost'],
    java: ['P', 'the natural choice'],
  }),
];

/**
 * Runtimes the constraint matrix compares.
 *
 * @public
 */
export type StackRuntime = 'go' | 'node' | 'jvm' | 'dotnet' | 'python';

/**
 * The language the recommender ranks for each runtime of the constraint matrix.
 *
 * @public
 */
export const runtimeLanguages: Record<StackRuntime, StackLanguage> = {
  go: 'go',
  node: 'node',
  jvm: 'java',
  dotnet: 'dotnet',
  python: 'python',
};

/**
 * Boolean constraints of a stack request that switch on a constraint-matrix row.
 *
 * @public
 */
export type StackConstraintFlag =
  | 'coldStartSensitive'
  | 'deepOperability'
  | 'cpuHeavy'
  | 'manyTeamsLongLife';

/**
 * One row of the constraint matrix: what the runtimes guide says each runtime does under a
 * constraint, and the points the recommender derives from it.
 *
 * @public
 */
export interface ConstraintRow {
  id:
    | 'fast-cold-starts'
    | 'deep-operability'
    | 'cpu-heavy'
    | 'many-teams-long-life';
  title: string;
  /** The request constraint that switches the row on. */
  flag: StackConstraintFlag;
  /** Runtimes the guide does not mention for the row are absent. */
  cells: Partial<Record<StackRuntime, { text: string; points: number }>>;
  reference: RadarReference;
}

const constraintSection = "Pick the constraints you can't violate";

/**
 * Matrix B: constraint × runtime, from "Choosing Backend Runtimes by Constraints".
 *
 * @public
 */
export const constraintMatrix: ConstraintRow[] = [
  {
    id: 'fast-cold-starts',
    title: 'Fast cold starts',
    flag: 'coldStartSensitive',
    cells: {
      go: { text: 'often the winner', points: 1.5 },
      node: { text: 'can be good', points: 0.5 },
      jvm: { text: 'needs care', points: -1 },
      dotnet: { text: 'needs care', points: -1 },
      python: { text: 'varies', points: 0 },
    },
    reference: runtimesGuide(constraintSection, 'L69-70'),
  },
  {
    id: 'deep-operability',
    title: 'Deep operability tooling',
    flag: 'deepOperability',
    cells: {
      jvm: { text: 'excellent tooling', points: 1 },
      dotnet: { text: 'excellent tooling', points: 1 },
      node: { text: 'good, given discipline', points: 0.5 },
      go: { text: 'simple to instrument', points: 0.5 },
    },
    reference: runtimesGuide(constraintSection, 'L71-72'),
  },
  {
    id: 'cpu-heavy',
    title: 'CPU-heavy work inside the service',
    flag: 'cpuHeavy',
    cells: {
      jvm: { text: 'copes well with sustained CPU load', points: 1 },
      dotnet: { text: 'copes well with sustained CPU load', points: 1 },
      go: { text: 'strong', points: 1 },
      node: { text: 'needs offloading or worker threads', points: -1 },
      python: { text: 'needs offloading or worker processes', points: -1 },
    },
    reference: runtimesGuide(constraintSection, 'L73-74'),
  },
  {
    id: 'many-teams-long-life',
    title: 'Many teams and a long service life',
    flag: 'manyTeamsLongLife',
    cells: {
      jvm: { text: 'shines with conventions', points: 1 },
      dotnet: { text: 'shines with conventions', points: 1 },
      go: { text: 'works once you build standards', points: 0.5 },
      node: { text: 'works with strong TypeScript governance', points: 0.5 },
    },
    reference: runtimesGuide(constraintSection, 'L75-76'),
  },
];

/**
 * When a rule of thumb applies. The rule fires when any one of the given conditions holds.
 *
 * @public
 */
export interface StackRuleCondition {
  /** Any of these requirements was asked for (or implied by a constraint). */
  requirements?: StackRequirementId[];
  /** The p99 latency target is below this many milliseconds. */
  p99MsBelow?: number;
  /** The expected requests per second per instance exceed this. */
  rpsAbove?: number;
  /** The expected requests per second per instance are below this. */
  rpsBelow?: number;
  /** Any of these boolean constraints is true. */
  flags?: Array<
    | 'coldStartSensitive'
    | 'cpuHeavy'
    | 'mlNeeds'
    | 'realTime'
    | 'existingJvmCodebase'
  >;
  /** The team does (true) or does not (false) know systems programming. */
  teamKnowsSystemsProgramming?: boolean;
  /** At least this many concurrent connections per instance. */
  concurrentConnectionsAtLeast?: number;
}

/**
 * A threshold or rule of thumb from the guidance, as data.
 *
 * @public
 */
export interface StackRule {
  id: string;
  when: StackRuleCondition;
  favours: StackLanguage[];
  disfavours?: StackLanguage[];
  /** Points added to each favoured language and taken from each disfavoured one. */
  weight: number;
  text: string;
  reference: RadarReference;
}

const criteria = 'Backend Framework Selection Criteria for 2025';
const pitfalls = 'Common Pitfalls in Backend Framework Selection';
const practices = 'Best Practices for Backend Technology Stack Decisions';

/**
 * Rules C: thresholds and rules of thumb, mostly from the language comparison's selection criteria.
 *
 * @public
 */
export const stackRules: StackRule[] = [
  {
    id: 'sub-10ms-p99-or-100k-rps',
    when: {
      p99MsBelow: 10,
      rpsAbove: 100_000,
      requirements: ['highest-rps-lowest-latency'],
    },
    favours: ['rust', 'go'],
    weight: 2,
    text: 'A p99 under 10 ms or more than 100,000 requests per second per instance calls for Rust or Go.',
    reference: languageComparison(criteria, 'L322'),
  },
  {
    id: 'typical-api-under-10k-rps',
    when: {
      rpsBelow: 10_000,
      requirements: ['crud-rest-apis-moderate-traffic'],
    },
    favours: ['node', 'python'],
    weight: 1,
    text: 'Typical APIs under 10,000 requests per second are well served by Node.js or Python.',
    reference: languageComparison(criteria, 'L322'),
  },
  {
    id: 'go-above-10k-rps',
    when: { rpsAbove: 10_000 },
    favours: ['go'],
    weight: 1,
    text: 'HTTP microservices above 10K requests per second per instance are where Go is the right choice.',
    reference: stackGuide('When Go is the right choice', 'L13'),
  },
  {
    id: 'ml-libraries-python',
    when: {
      flags: ['mlNeeds'],
      requirements: ['ai-ml-serving-or-data-pipelines'],
    },
    favours: ['python'],
    weight: 2,
    text: 'Extensive ML library needs point to Python.',
    reference: languageComparison(criteria, 'L324'),
  },
  {
    id: 'real-time-go-node',
    when: { flags: ['realTime'] },
    favours: ['go', 'node'],
    weight: 1,
    text: 'Real-time features and WebSockets work well in Go or Node.js.',
    reference: languageComparison(criteria, 'L324'),
  },
  {
    id: 'systems-rust',
    when: { requirements: ['memory-safe-systems'] },
    favours: ['rust'],
    weight: 1,
    text: 'For systems programming and embedded work Rust is the clear choice.',
    reference: languageComparison(criteria, 'L324'),
  },
  {
    id: 'thousands-of-connections',
    when: { concurrentConnectionsAtLeast: 1_000 },
    favours: ['go', 'rust'],
    disfavours: ['python'],
    weight: 1,
    text: "Thousands of concurrent connections run best on Go's goroutines or Rust's async runtime; Python needs careful architecture to keep up.",
    reference: languageComparison(criteria, 'L326'),
  },
  {
    id: 'compute-cost-trade-off',
    when: { flags: ['cpuHeavy'] },
    favours: ['go', 'rust'],
    weight: 0.5,
    text: 'Rust and Go lower compute cost at the price of development time; Python and Node.js trade the other way.',
    reference: languageComparison(criteria, 'L325'),
  },
  {
    id: 'velocity-dip-adopting-rust-or-go',
    when: { teamKnowsSystemsProgramming: false },
    favours: [],
    disfavours: ['rust', 'go'],
    weight: 0.5,
    text: 'Expect 3–6 months of slower delivery while a team adopts Rust or Go.',
    reference: languageComparison(criteria, 'L323'),
  },
  {
    id: 'mid-project-switch-cost',
    when: {
      flags: ['existingJvmCodebase'],
      requirements: ['existing-large-jvm-codebase'],
    },
    favours: ['java'],
    weight: 1,
    text: 'Switching language mid-project costs 6–12 months of engineering time.',
    reference: languageComparison(pitfalls, 'L330'),
  },
  {
    id: 'mvp-in-python-or-node',
    when: { requirements: ['rapid-prototyping'] },
    favours: ['python', 'node'],
    weight: 1,
    text: 'Build the MVP in Python or Node.js to prove product-market fit, and optimise later.',
    reference: languageComparison(practices, 'L334'),
  },
  {
    id: 'serverless-cold-starts',
    when: { flags: ['coldStartSensitive'] },
    favours: ['go', 'rust'],
    disfavours: ['python', 'node'],
    weight: 1,
    text: 'Lambda cold starts favour Go and Rust over Python and Node.js.',
    reference: languageComparison(practices, 'L339'),
  },
  {
    id: 'anti-pattern-python-for-lowest-latency',
    when: { requirements: ['highest-rps-lowest-latency'] },
    favours: [],
    disfavours: ['python'],
    weight: 1,
    text: 'Python for high-frequency, latency-critical work is a known mismatch.',
    reference: languageComparison(pitfalls, 'L332'),
  },
  {
    id: 'anti-pattern-rust-for-crud',
    when: { requirements: ['crud-rest-apis-moderate-traffic'] },
    favours: [],
    disfavours: ['rust'],
    weight: 1,
    text: 'Rust for plain CRUD applications wastes engineering effort.',
    reference: languageComparison(pitfalls, 'L332'),
  },
];

/**
 * What a framework is good at, used to order frameworks by fit to a request.
 *
 * @public
 */
export type FrameworkFit =
  | 'throughput'
  | 'crud'
  | 'cold-start'
  | 'prototyping'
  | 'ml'
  | 'structure'
  | 'enterprise'
  | 'realtime'
  | 'systems'
  | 'minimal';

/**
 * Each fit in words, for the recommender's explanations.
 *
 * @public
 */
export const frameworkFitLabels: Record<FrameworkFit, string> = {
  throughput: 'high throughput',
  crud: 'CRUD APIs',
  'cold-start': 'fast cold starts',
  prototyping: 'prototyping',
  ml: 'ML serving',
  structure: 'many teams and long-lived code',
  enterprise: 'enterprise integration',
  realtime: 'real-time features',
  systems: 'systems work',
  minimal: 'minimal abstraction',
};

/**
 * A framework the guidance describes for a language.
 *
 * @public
 */
export interface StackFramework {
  /** Stable id. */
  id: string;
  name: string;
  language: StackLanguage;
  /** The radar entry for the framework, when there is one. */
  radarEntryId?: string;
  /** What the guidance says about it, in a sentence. */
  characteristics: string;
  /** How well it serves each need, 1–3. */
  fits: Partial<Record<FrameworkFit, number>>;
  /** Estimated requests per second per instance, where the guidance gives one. */
  throughputRps?: { low: number; high?: number };
  /**
   * Server-framework names as the manifest collectors report them (`ModuleFacts.serverFrameworks`),
   * with the ecosystem; a trailing `*` matches any suffix. Go names are without `/vN`.
   */
  serverFrameworks: { ecosystem: Ecosystem; names: string[] }[];
  references: RadarReference[];
}

const goCards = 'Enterprise framework selection (Go)';
const javaCards = 'Enterprise framework selection (Java)';
const pythonTable = 'Enterprise Python frameworks';

/**
 * Frameworks per language, in the order the guidance presents them.
 *
 * @public
 */
export const stackFrameworks: StackFramework[] = [
  {
    id: 'gin',
    name: 'Gin',
    language: 'go',
    radarEntryId: 'gin',
    characteristics:
      'Fast router with little overhead and the most popular Go framework; suits JSON APIs.',
    fits: { throughput: 3, crud: 3 },
    serverFrameworks: [
      { ecosystem: 'go', names: ['github.com/gin-gonic/gin'] },
    ],
    references: [stackGuide(`${goCards}: Gin`, 'L20')],
  },
  {
    id: 'chi',
    name: 'chi',
    language: 'go',
    radarEntryId: 'go-chi',
    characteristics:
      "Light and idiomatic, built only on net/http; the Go playbook's preferred router.",
    fits: { throughput: 2, crud: 2, minimal: 2 },
    serverFrameworks: [{ ecosystem: 'go', names: ['github.com/go-chi/chi'] }],
    references: [
      stackGuide(`${goCards}: Chi`, 'L24'),
      goPrinciples('Backend Language & Runtime', 'L59-60'),
    ],
  },
  {
    id: 'echo',
    name: 'Echo',
    language: 'go',
    radarEntryId: 'echo',
    characteristics:
      'Middleware, binding and validation built in, giving larger codebases more structure.',
    fits: { crud: 2, structure: 3 },
    serverFrameworks: [
      { ecosystem: 'go', names: ['github.com/labstack/echo'] },
    ],
    references: [stackGuide(`${goCards}: Echo`, 'L22')],
  },
  {
    id: 'net-http',
    name: 'net/http',
    language: 'go',
    radarEntryId: 'go-net-http',
    characteristics:
      'The standard library server; enough when the service is simple.',
    fits: { minimal: 3, crud: 1 },
    serverFrameworks: [{ ecosystem: 'go', names: ['net/http'] }],
    references: [goPrinciples('Backend Language & Runtime', 'L59-60')],
  },
  {
    id: 'fiber',
    name: 'Fiber',
    language: 'go',
    radarEntryId: 'fiber',
    characteristics:
      'Built on fasthttp with an Express-like API for extreme throughput; meant for the most latency-sensitive services.',
    fits: { throughput: 3 },
    serverFrameworks: [
      { ecosystem: 'go', names: ['github.com/gofiber/fiber'] },
    ],
    references: [stackGuide(`${goCards}: Fiber`, 'L26')],
  },
  {
    id: 'fastapi',
    name: 'FastAPI',
    language: 'python',
    radarEntryId: 'fastapi',
    characteristics:
      'Native async with Pydantic v2 validation and generated OpenAPI docs; about 8–15K RPS on uvicorn, and the usual way to serve Python models over HTTP.',
    fits: { crud: 3, throughput: 2, ml: 3, prototyping: 2 },
    throughputRps: { low: 8_000, high: 15_000 },
    serverFrameworks: [{ ecosystem: 'python', names: ['fastapi'] }],
    references: [stackGuide(pythonTable, 'L40')],
  },
  {
    id: 'litestar',
    name: 'Litestar',
    language: 'python',
    radarEntryId: 'litestar',
    characteristics:
      'Typed async framework with the highest Python estimate, about 12–18K RPS.',
    fits: { throughput: 3, crud: 2 },
    throughputRps: { low: 12_000, high: 18_000 },
    serverFrameworks: [{ ecosystem: 'python', names: ['litestar'] }],
    references: [stackGuide(pythonTable, 'L43')],
  },
  {
    id: 'django',
    name: 'Django',
    language: 'python',
    radarEntryId: 'django',
    characteristics:
      'Batteries included for full-stack monoliths and admin-heavy systems; about 3–5K RPS.',
    fits: { structure: 3, crud: 2, prototyping: 2, enterprise: 1 },
    throughputRps: { low: 3_000, high: 5_000 },
    serverFrameworks: [{ ecosystem: 'python', names: ['django'] }],
    references: [stackGuide(pythonTable, 'L41')],
  },
  {
    id: 'flask',
    name: 'Flask',
    language: 'python',
    radarEntryId: 'flask',
    characteristics:
      'Minimal, for simple APIs and prototypes; about 2–4K RPS, async and validation by extension.',
    fits: { prototyping: 3 },
    throughputRps: { low: 2_000, high: 4_000 },
    serverFrameworks: [{ ecosystem: 'python', names: ['flask'] }],
    references: [stackGuide(pythonTable, 'L42')],
  },
  {
    id: 'axum',
    name: 'Axum + Tokio',
    language: 'rust',
    radarEntryId: 'axum',
    characteristics:
      'The default Rust web stack; can pass 200K RPS on ordinary hardware.',
    fits: { throughput: 3, realtime: 2, systems: 2, crud: 1 },
    throughputRps: { low: 200_000 },
    serverFrameworks: [{ ecosystem: 'rust', names: ['axum'] }],
    references: [
      stackGuide('Enterprise Rust use cases', 'L59'),
      stackGuide('Rust web backend stack (Axum + Tokio)', 'L61-71'),
    ],
  },
  {
    id: 'spring-boot',
    name: 'Spring Boot 3',
    language: 'java',
    radarEntryId: 'spring-boot',
    characteristics:
      'The enterprise Java standard with Security, Data JPA, Cloud, Actuator and Batch; Java 17+.',
    fits: { crud: 3, enterprise: 3, structure: 3 },
    serverFrameworks: [
      {
        ecosystem: 'java',
        names: [
          'org.springframework.boot:spring-boot-starter-web',
          'org.springframework.boot:spring-boot-starter-webflux',
        ],
      },
    ],
    references: [
      stackGuide(`${javaCards}: Spring Boot 3`, 'L88'),
      stackGuide(matrixSection, 'L127'),
    ],
  },
  {
    id: 'quarkus',
    name: 'Quarkus (native)',
    language: 'java',
    radarEntryId: 'quarkus',
    characteristics:
      'GraalVM native images start in about 10 ms with about 15 MB of memory, close to Go.',
    fits: { throughput: 3, 'cold-start': 3, crud: 1 },
    serverFrameworks: [
      {
        ecosystem: 'java',
        names: ['io.quarkus:quarkus-rest*', 'io.quarkus:quarkus-resteasy*'],
      },
    ],
    references: [
      stackGuide(`${javaCards}: Quarkus`, 'L90'),
      stackGuide(matrixSection, 'L123'),
    ],
  },
  {
    id: 'micronaut',
    name: 'Micronaut',
    language: 'java',
    radarEntryId: 'micronaut',
    characteristics:
      'Compile-time dependency injection: small and quick to start without GraalVM, good for serverless.',
    fits: { 'cold-start': 2, crud: 1 },
    serverFrameworks: [
      { ecosystem: 'java', names: ['io.micronaut:micronaut-http-server*'] },
    ],
    references: [stackGuide(`${javaCards}: Micronaut`, 'L92')],
  },
  {
    id: 'vertx',
    name: 'Vert.x',
    language: 'java',
    radarEntryId: 'vertx',
    characteristics:
      'Reactive toolkit for I/O-bound and real-time services with reactive streams.',
    fits: { realtime: 3, throughput: 1 },
    serverFrameworks: [{ ecosystem: 'java', names: ['io.vertx:vertx-web'] }],
    references: [stackGuide(`${javaCards}: Vert.x`, 'L94')],
  },
  {
    id: 'fastify',
    name: 'Fastify',
    language: 'node',
    radarEntryId: 'fastify',
    characteristics:
      'Fast Node.js framework with pino logging; close to Go on I/O-bound work.',
    fits: { throughput: 2, crud: 2, realtime: 1 },
    serverFrameworks: [{ ecosystem: 'node', names: ['fastify'] }],
    references: [
      languageComparison(
        'Node.js: JavaScript Ecosystem and Developer Velocity',
        'L191',
      ),
    ],
  },
  {
    id: 'hono',
    name: 'Hono',
    language: 'node',
    radarEntryId: 'hono',
    characteristics:
      'Lightweight Node.js framework, also close to Go on I/O-bound work.',
    fits: { throughput: 2 },
    serverFrameworks: [{ ecosystem: 'node', names: ['hono'] }],
    references: [
      languageComparison(
        'Node.js: JavaScript Ecosystem and Developer Velocity',
        'L191',
      ),
    ],
  },
  {
    id: 'aspnet-core',
    name: 'ASP.NET Core',
    language: 'dotnet',
    radarEntryId: 'dotnet-aspnet-core',
    characteristics:
      'Some of the most production-ready defaults available, with strong tooling and disciplined async.',
    fits: { crud: 2, enterprise: 2, structure: 2 },
    serverFrameworks: [],
    references: [runtimesGuide('Runtime trade-offs: .NET', 'L59')],
  },
];
