/**
 * File families source-code signals scan.
 *
 * @internal
 */
export type SignalLanguage =
  | 'go'
  | 'python'
  | 'node'
  | 'rust'
  | 'java'
  | 'config'
  | 'terraform'
  | 'html';

/**
 * A bounded, line-based heuristic over source files. Regular expressions are allowed only here: source
 * code has no parser we can afford per file. Patterns must be linear-time (no nested quantifiers).
 *
 * @internal
 */
export interface SignalDefinition {
  /** `<scorecard-or-topic>.<what>`, e.g. `slo.go-http-client-timeout`; checks read matches by this id. */
  id: string;
  languages: SignalLanguage[];
  /** Tested against each line (lines over 4,000 characters are skipped). */
  pattern: RegExp;
  /** A match is discarded when the same line also matches this. */
  unless?: RegExp;
}
