import {
  CheckDefinition,
  CheckOutcome,
  CheckResult,
  EntityFacts,
  checkOutcomeSchema,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation, CheckSettings } from './types';
import { notApplicable } from './outcomes';

/**
 * A catalogue entry with its logic, ready to evaluate.
 *
 * @internal
 */
export interface RunnableCheck {
  definition: CheckDefinition;
  implementation: CheckImplementation;
}

/** The catalogue's applicability, checked before the check's own logic runs. */
function applicability(
  { definition, implementation }: RunnableCheck,
  facts: EntityFacts,
): CheckOutcome | undefined {
  const { applicability: applies } = definition;
  const kind = facts.catalog.kind.toLowerCase();
  if (!applies.kinds.includes(kind)) {
    return notApplicable(`Applies to ${applies.kinds.join(', ')} entities`);
  }
  if (applies.types && !applies.types.includes(facts.catalog.type ?? '')) {
    return notApplicable(
      `Applies to components of type ${applies.types.join(' or ')}`,
    );
  }
  if (
    facts.catalog.lifecycle &&
    applies.excludedLifecycles?.includes(facts.catalog.lifecycle)
  ) {
    return notApplicable(
      `Not required for lifecycle '${facts.catalog.lifecycle}'`,
    );
  }
  if (implementation.needsSource !== false && !facts.source.available) {
    return notApplicable(
      `No source tree is connected${
        facts.source.reason ? ` (${facts.source.reason})` : ''
      }`,
    );
  }
  if (
    applies.ecosystems !== 'any' &&
    !applies.ecosystems.some(e => facts.ecosystems.includes(e))
  ) {
    return notApplicable(
      `Applies to ${applies.ecosystems.join(', ')}; none detected`,
    );
  }
  return undefined;
}

/**
 * Evaluates one check against an entity's facts. Never throws: a crash inside a check becomes an `error`
 * result naming the check, so one bad check or input never stops a run.
 *
 * @internal
 */
export function evaluateCheck(
  check: RunnableCheck,
  facts: EntityFacts,
  settings: CheckSettings,
): CheckResult {
  const { definition } = check;
  let outcome: CheckOutcome;
  try {
    outcome =
      applicability(check, facts) ??
      checkOutcomeSchema.parse(check.implementation.evaluate(facts, settings));
  } catch (error) {
    outcome = {
      status: 'error',
      evidence: [
        {
          message: `Check ${definition.id} failed to evaluate: ${
            error instanceof Error ? error.message : String(error)
          }`,
        },
      ],
    };
  }
  return {
    checkId: definition.id,
    scorecard: definition.scorecard,
    level: definition.level,
    severity: definition.severity,
    status: outcome.status,
    evidence: outcome.evidence,
  };
}

/**
 * Evaluates every check against an entity's facts.
 *
 * @internal
 */
export function evaluateChecks(
  checks: readonly RunnableCheck[],
  facts: EntityFacts,
  settings: CheckSettings,
): CheckResult[] {
  return checks.map(check => evaluateCheck(check, facts, settings));
}
