/**
 * The four scorecards Stackscore scores every service against.
 *
 * @public
 */
export type ScorecardId = 'slo' | 'observability' | 'security' | 'supply-chain';

/**
 * Scorecard levels, in ascending order of rigour.
 *
 * @public
 */
export type CheckLevel = 'bronze' | 'silver' | 'gold';

/**
 * How bad a failing check is.
 *
 * @public
 */
export type CheckSeverity = 'critical' | 'high' | 'medium' | 'low';

/**
 * Language ecosystems detected from manifests.
 *
 * @public
 */
export type Ecosystem = 'go' | 'python' | 'rust' | 'java' | 'node';

/**
 * Identifier of one of the guidance documents the catalogue cites.
 *
 * @public
 */
export type GuidanceDocumentId =
  | 'enterprise-stack-guide'
  | 'go-event-driven-principles'
  | 'backend-runtimes-by-constraints'
  | 'backend-language-comparison';

/**
 * A citation of a guidance document: which document, which section.
 *
 * @public
 */
export interface GuidanceReference {
  document: GuidanceDocumentId;
  /** Section heading as it appears in the document, e.g. "Supply-chain security". */
  section: string;
}

/**
 * Which entities and repositories a check applies to.
 *
 * @public
 */
export interface CheckApplicability {
  /** Ecosystems the check judges; `'any'` when it is ecosystem-independent. */
  ecosystems: Ecosystem[] | 'any';
  /** Catalog entity kinds (lower-case), e.g. `['component']`. */
  kinds: string[];
  /** `spec.type` values; absent means every type. */
  types?: string[];
  /** `spec.lifecycle` values the check is skipped for. */
  excludedLifecycles?: string[];
  /** A precondition in plain words; when it does not hold the result is `not-applicable`. */
  precondition?: string;
}

/**
 * How to fix a failing check, in Stackscore's own words.
 *
 * @public
 */
export interface CheckRemediation {
  /** One or two sentences: what to change. */
  summary: string;
  /** Optional concrete steps. */
  steps?: string[];
  /** A short example (config or code) showing the fix. */
  example?: { language: string; code: string };
}

/**
 * One entry of the check catalogue. The `id` is a public contract and never changes.
 *
 * @public
 */
export interface CheckDefinition {
  id: string;
  scorecard: ScorecardId;
  title: string;
  /** What the check verifies and why it matters, in one short paragraph. */
  description: string;
  level: CheckLevel;
  severity: CheckSeverity;
  applicability: CheckApplicability;
  /** True for runtime checks (judged on server code only, see the semantics of the catalogue). */
  runtime: boolean;
  remediation: CheckRemediation;
  references: GuidanceReference[];
}
