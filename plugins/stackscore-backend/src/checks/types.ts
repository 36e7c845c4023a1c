import type {
  CheckOutcome,
  EntityFacts,
} from '@stackscore/plugin-stackscore-common';

/**
 * Organisation settings some checks need; all optional, with documented defaults.
 *
 * @internal
 */
export interface CheckSettings {
  /** npm scopes of internal packages, without `@` (e.g. `larkspur`); `private-scope-registry` needs it. */
  internalNpmScopes: string[];
  /** Packages whose install scripts the organisation has reviewed. */
  installScriptAllowlist: string[];
}

/**
 * Default {@link CheckSettings}.
 *
 * @internal
 */
export const defaultCheckSettings: CheckSettings = {
  internalNpmScopes: [],
  installScriptAllowlist: [],
};

/**
 * The logic of one catalogue check. Pure: no I/O, no clock, no randomness.
 *
 * @internal
 */
export interface CheckImplementation {
  /** A catalogue id from `@stackscore/plugin-stackscore-common`. */
  id: string;
  /**
   * False for checks judged on catalog metadata alone (e.g. ownership); they run for entities without a
   * source. Defaults to true: without a source tree the check is not applicable.
   */
  needsSource?: boolean;
  evaluate(facts: EntityFacts, settings: CheckSettings): CheckOutcome;
}
