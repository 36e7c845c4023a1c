import type {
  CheckApplicability,
  Ecosystem,
  GuidanceDocumentId,
  GuidanceReference,
} from '../types';

/*
 * Building blocks shared by the check definitions: applicability scopes and the
 * document sections the checks cite. Kept in one place so a section title is
 * spelled the same way by every check that cites it.
 *
 * Section titles are the heading under which the cited line sits, cleaned of the
 * garbled characters in the source text. "Choosing Backend Runtimes by
 * Constraints" lost its headings in extraction; its section titles are
 * descriptive labels for the passage, not verbatim headings.
 */

function section(
  document: GuidanceDocumentId,
  title: string,
): Readonly<GuidanceReference> {
  return Object.freeze({ document, section: title });
}

/** Sections of "TechStack Comparisons — Enterprise Stack Guide". */
export const esg = {
  goChecklist: section('enterprise-stack-guide', 'Go production checklist'),
  pythonPerformance: section(
    'enterprise-stack-guide',
    'Python performance at scale',
  ),
  rustOnboarding: section(
    'enterprise-stack-guide',
    "Managing Rust's learning curve in enterprise teams",
  ),
  javaVirtualThreads: section(
    'enterprise-stack-guide',
    'Java 21 Virtual Threads production checklist',
  ),
  javaSecurity: section('enterprise-stack-guide', 'Java security checklist'),
  authentication: section(
    'enterprise-stack-guide',
    'Authentication and Authorization',
  ),
  databaseSecurity: section('enterprise-stack-guide', 'Database security'),
  apiSecurity: section('enterprise-stack-guide', 'API security'),
  xssPrevention: section('enterprise-stack-guide', 'XSS Prevention'),
  dependencySecurity: section(
    'enterprise-stack-guide',
    'Dependency and bundle security',
  ),
  supplyChain: section('enterprise-stack-guide', 'Supply Chain Security'),
  javaSupplyChain: section(
    'enterprise-stack-guide',
    'Java-Specific Supply Chain Risks',
  ),
  jsVulnerabilities: section(
    'enterprise-stack-guide',
    'JS-Specific Vulnerability Classes',
  ),
  compliance: section('enterprise-stack-guide', 'Compliance & Auditing'),
  ciFastFeedback: section(
    'enterprise-stack-guide',
    'CI/CD Pipelines: Stage 1 — Fast feedback',
  ),
  ciSecurity: section(
    'enterprise-stack-guide',
    'CI/CD Pipelines: Stage 2 — Security',
  ),
  ciIntegration: section(
    'enterprise-stack-guide',
    'CI/CD Pipelines: Stage 3 — Integration',
  ),
  ciDeploy: section(
    'enterprise-stack-guide',
    'CI/CD Pipelines: Stage 4 — Deploy',
  ),
  minimalImages: section(
    'enterprise-stack-guide',
    'Minimal Docker images by language',
  ),
  observabilityStack: section('enterprise-stack-guide', 'Observability Stack'),
  sloFramework: section('enterprise-stack-guide', 'SLO and SLA framework'),
} as const;

/** Sections of "Enterprise Go & Event-Driven Principles". */
export const goEda = {
  languageRuntime: section(
    'go-event-driven-principles',
    'Backend Language & Runtime',
  ),
  apiDesign: section('go-event-driven-principles', 'API Design (RESTful)'),
  concurrency: section('go-event-driven-principles', 'Concurrency (Golang)'),
  errorHandling: section(
    'go-event-driven-principles',
    'Error Handling (Golang)',
  ),
  observability: section('go-event-driven-principles', 'Observability'),
  security: section('go-event-driven-principles', 'Security'),
  configuration: section(
    'go-event-driven-principles',
    'Configuration Management',
  ),
  resiliency: section(
    'go-event-driven-principles',
    'Resiliency & Fault Tolerance',
  ),
} as const;

/** Passages of "Choosing Backend Runtimes by Constraints" (labels, see above). */
export const runtimes = {
  timeouts: section(
    'backend-runtimes-by-constraints',
    'What starts to matter in production: timeouts',
  ),
  tailLatency: section(
    'backend-runtimes-by-constraints',
    'Classic surprises: tail latency',
  ),
  observability: section(
    'backend-runtimes-by-constraints',
    'Classic surprises: missing observability',
  ),
} as const;

/** Sections of "Backend Framework: Language Comparison". */
export const languages = {
  bestPractices: section(
    'backend-language-comparison',
    'Best Practices for Backend Technology Stack Decisions',
  ),
} as const;

/**
 * Scope of the slo and observability checks: components of type service or
 * website.
 */
export function serviceScope(
  options: {
    ecosystems?: Ecosystem[];
    precondition?: string;
    excludedLifecycles?: string[];
  } = {},
): CheckApplicability {
  return {
    ecosystems: options.ecosystems ?? 'any',
    kinds: ['component'],
    types: ['service', 'website'],
    ...(options.excludedLifecycles
      ? { excludedLifecycles: options.excludedLifecycles }
      : {}),
    ...(options.precondition ? { precondition: options.precondition } : {}),
  };
}

/** Scope of the security and supply-chain checks: every component with a source. */
export function componentScope(
  options: { ecosystems?: Ecosystem[]; precondition?: string } = {},
): CheckApplicability {
  return {
    ecosystems: options.ecosystems ?? 'any',
    kinds: ['component'],
    ...(options.precondition ? { precondition: options.precondition } : {}),
  };
}

/** Precondition shared by the Dockerfile-based supply-chain checks. */
export const HAS_DOCKERFILE = 'the repository has a Dockerfile';

/**
 * Precondition shared by the runtime image checks, which only look at
 * production images (not dev, local, test, e2e or CI Dockerfiles).
 */
export const HAS_PRODUCTION_DOCKERFILE =
  'the repository has a Dockerfile for a production image';

/**
 * Builds a remediation example from an indented template literal: drops the
 * leading and trailing blank line and the indentation common to every line, so
 * snippets can be written at the indentation of the surrounding code.
 */
export function snippet(
  language: string,
  text: string,
): { language: string; code: string } {
  const lines = text
    .replace(/^[ \t]*\n/, '')
    .replace(/\n[ \t]*$/, '')
    .split('\n');
  const spaces = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
  const indent = Math.min(
    ...lines.filter(line => line.trim() !== '').map(spaces),
  );
  return {
    language,
    code: lines
      .map(line => (line.trim() === '' ? '' : line.slice(indent)))
      .join('\n'),
  };
}
