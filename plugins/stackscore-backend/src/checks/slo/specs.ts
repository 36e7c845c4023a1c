import type { Evidence } from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, pass } from '../outcomes';
import {
  SloEntry,
  describeSource,
  formatBudget,
  isLatencySlo,
  isOutcome,
  isSuccessRatioSlo,
  notTailReason,
  sloEntries,
  sloWindow,
  sourceLocation,
  windowMinutes,
} from './sloSources';

/** Rolling windows the SLO file format accepts: 7 to 90 days. */
const minWindowMinutes = 7 * 24 * 60;
const maxWindowMinutes = 90 * 24 * 60;

const onCallAnnotations = [
  'pagerduty.com/integration-key',
  'pagerduty.com/service-id',
  'opsgenie.com/component-selector',
  'opsgenie.com/team',
];

const sloEvidence = (entry: SloEntry, message: string): Evidence => ({
  message: `SLO \`${entry.slo.name}\` (${describeSource(
    entry.spec,
  )}) ${message}`,
  ...sourceLocation(entry.spec),
});

const sloDefined: CheckImplementation = {
  id: 'slo.defined',
  evaluate(facts) {
    const entries = sloEntries(facts);
    if (isOutcome(entries)) return entries;
    return pass(
      ...facts.slo
        .filter(spec => spec.slos.length > 0)
        .map(spec => ({
          message: `${describeSource(spec)} declares ${
            spec.slos.length
          } SLO(s)${
            spec.warnings.length
              ? ` (warnings: ${spec.warnings.join('; ')})`
              : ''
          }`,
          ...sourceLocation(spec),
        })),
    );
  },
};

const objectiveTargetAndWindow: CheckImplementation = {
  id: 'slo.objective-target-and-window',
  evaluate(facts) {
    const entries = sloEntries(facts);
    if (isOutcome(entries)) return entries;
    const problems: Evidence[] = [];
    const good: Evidence[] = [];
    for (const entry of entries) {
      const { objective } = entry.slo;
      const window = sloWindow(entry);
      if (objective === undefined) {
        problems.push(sloEvidence(entry, 'has no numeric objective'));
      } else if (!(objective > 0 && objective < 100)) {
        problems.push(
          sloEvidence(
            entry,
            `has objective ${objective}; it must be above 0 and below 100 to leave an error budget`,
          ),
        );
      }
      if (!window) {
        problems.push(
          sloEvidence(entry, 'has no window and its format has no default'),
        );
        continue;
      }
      const minutes = windowMinutes(window.window);
      if (minutes === undefined) {
        problems.push(
          sloEvidence(
            entry,
            `has window \`${window.window}\`, not a rolling window such as 30d, 28d or 4w`,
          ),
        );
      } else if (minutes < minWindowMinutes || minutes > maxWindowMinutes) {
        problems.push(
          sloEvidence(entry, `has window \`${window.window}\`, outside 7d–90d`),
        );
      } else if (objective !== undefined && objective > 0 && objective < 100) {
        good.push(
          sloEvidence(
            entry,
            `targets ${objective}% over ${window.window}${
              window.defaulted ? ' (tool default)' : ''
            }`,
          ),
        );
      }
    }
    return problems.length > 0 ? fail(...problems) : pass(...good);
  },
};

const sliAvailability: CheckImplementation = {
  id: 'slo.sli-availability-or-error-rate',
  evaluate(facts) {
    const entries = sloEntries(facts);
    if (isOutcome(entries)) return entries;
    const ratios = entries.filter(isSuccessRatioSlo);
    if (ratios.length === 0) {
      return fail({
        message: `No availability or error-rate SLI among ${
          entries.length
        } SLO(s) (${entries
          .map(e => `${e.slo.name}: ${e.slo.sliType}`)
          .join(', ')})`,
      });
    }
    return pass(
      ...ratios.map(e => sloEvidence(e, `measures ${e.slo.sliType}`)),
    );
  },
};

const sliLatencyTail: CheckImplementation = {
  id: 'slo.sli-latency-tail',
  evaluate(facts) {
    const entries = sloEntries(facts);
    if (isOutcome(entries)) return entries;
    const latency = entries.filter(e => isLatencySlo(e.slo));
    if (latency.length === 0) {
      return fail({ message: 'No latency SLI is defined' });
    }
    const tail = latency.filter(e => notTailReason(e.slo) === undefined);
    if (tail.length > 0) {
      return pass(
        ...tail.map(e =>
          sloEvidence(
            e,
            `measures latency${
              e.slo.threshold ? ` under ${e.slo.threshold}` : ''
            } for ${e.slo.objective}% of requests`,
          ),
        ),
      );
    }
    return fail(
      ...latency.map(e => sloEvidence(e, notTailReason(e.slo) ?? '')),
    );
  },
};

/** Name of an entity ref: `api:default/checkout-v1` → `checkout-v1`. */
const refName = (ref: string) =>
  ref.slice(ref.lastIndexOf('/') + 1).replace(/^[\w-]+:/, '');

const criticalJourneysCovered: CheckImplementation = {
  id: 'slo.critical-journeys-covered',
  evaluate(facts) {
    const entries = sloEntries(facts);
    if (isOutcome(entries)) return entries;
    const declared = (
      facts.catalog.annotations['stackscore.io/critical-journeys'] ?? ''
    )
      .split(',')
      .map(j => j.trim())
      .filter(Boolean);
    const journeys = new Map<string, string>();
    for (const journey of declared) journeys.set(journey, 'critical journey');
    for (const entry of entries) {
      if (entry.slo.journey && !journeys.has(entry.slo.journey)) {
        journeys.set(entry.slo.journey, 'journey');
      }
    }
    for (const api of facts.catalog.providesApis) {
      const name = refName(api);
      if (!journeys.has(name)) journeys.set(name, 'provided API');
    }
    if (journeys.size === 0) {
      return pass({
        message:
          'No critical journeys or provided APIs are declared; nothing to cover',
      });
    }
    const missing: Evidence[] = [];
    const covered: Evidence[] = [];
    for (const [journey, kind] of journeys) {
      const own = entries.filter(e => e.slo.journey === journey);
      const lacks = [
        own.some(isSuccessRatioSlo) ? undefined : 'availability',
        own.some(e => isLatencySlo(e.slo)) ? undefined : 'latency',
      ].filter(Boolean);
      if (lacks.length > 0) {
        missing.push({
          message: `${kind} \`${journey}\` has no ${lacks.join(
            ' or ',
          )} SLO naming it as its journey`,
        });
      } else {
        covered.push({
          message: `${kind} \`${journey}\` has availability and latency SLOs`,
        });
      }
    }
    return missing.length > 0 ? fail(...missing) : pass(...covered);
  },
};

const errorBudgetPolicy: CheckImplementation = {
  id: 'slo.error-budget-policy',
  evaluate(facts) {
    const entries = sloEntries(facts);
    if (isOutcome(entries)) return entries;
    const budgets = entries.flatMap(entry => {
      const window = sloWindow(entry);
      const budget =
        entry.slo.objective !== undefined && window
          ? formatBudget(entry.slo.objective, window.window)
          : undefined;
      return budget
        ? [
            sloEvidence(
              entry,
              `error budget: ${budget} per ${window!.window} at ${
                entry.slo.objective
              }%`,
            ),
          ]
        : [];
    });
    const inFile = facts.slo.find(spec => spec.errorBudgetPolicy);
    const annotation =
      facts.catalog.annotations['stackscore.io/error-budget-policy'];
    if (inFile) {
      return pass(
        {
          message: `errorBudgetPolicy in ${describeSource(inFile)}: ${
            inFile.errorBudgetPolicy
          }`,
          ...sourceLocation(inFile),
        },
        ...budgets,
      );
    }
    if (annotation) {
      return pass(
        {
          message: `Annotation stackscore.io/error-budget-policy: ${annotation}`,
        },
        ...budgets,
      );
    }
    return fail(
      {
        message:
          'No error budget policy: add errorBudgetPolicy to the SLO file or the stackscore.io/error-budget-policy annotation',
      },
      ...budgets,
    );
  },
};

const generatedRules: CheckImplementation = {
  id: 'slo.generated-rules',
  evaluate(facts) {
    const entries = sloEntries(facts);
    if (isOutcome(entries)) return entries;
    const generated = facts.slo.filter(
      spec =>
        spec.slos.length > 0 &&
        (spec.format === 'sloth' ||
          spec.format === 'pyrra' ||
          (spec.format === 'stackscore' &&
            (spec.generator === 'sloth' || spec.generator === 'pyrra'))),
    );
    if (generated.length > 0) {
      return pass(
        ...generated.map(spec => ({
          message:
            spec.format === 'stackscore'
              ? `${describeSource(spec)} generates its rules with ${
                  spec.generator
                }`
              : `${describeSource(spec)} generates recording rules and alerts`,
          ...sourceLocation(spec),
        })),
      );
    }
    return fail(
      ...facts.slo.map(spec => ({
        message:
          spec.format === 'annotations'
            ? 'SLOs are declared only as annotations; no rules are generated from them'
            : `${describeSource(spec)} has \`generator: ${
                spec.generator ?? 'none'
              }\`; rules are not generated by Sloth or Pyrra`,
        ...sourceLocation(spec),
      })),
    );
  },
};

const alertsRoutedToOnCall: CheckImplementation = {
  id: 'slo.alerts-routed-to-oncall',
  evaluate(facts) {
    const entries = sloEntries(facts);
    if (isOutcome(entries)) return entries;
    const problems: Evidence[] = entries
      .filter(e => e.slo.pagingDisabled)
      .map(e => sloEvidence(e, 'has paging disabled'));
    const onCall = onCallAnnotations.filter(
      key => facts.catalog.annotations[key],
    );
    if (onCall.length === 0) {
      problems.push({
        message: `No on-call annotation (${onCallAnnotations.join(
          ', ',
        )}) routes SLO alerts to a rotation`,
      });
    }
    if (problems.length > 0) return fail(...problems);
    return pass(
      ...onCall.map(key => ({
        message: `On-call annotation ${key}: ${facts.catalog.annotations[key]}`,
      })),
      { message: `Paging is enabled for all ${entries.length} SLO(s)` },
    );
  },
};

/**
 * Checks judged on the SLO sources themselves.
 *
 * @internal
 */
export const sloSpecChecks: CheckImplementation[] = [
  sloDefined,
  objectiveTargetAndWindow,
  sliAvailability,
  sliLatencyTail,
  criticalJourneysCovered,
  errorBudgetPolicy,
  generatedRules,
  alertsRoutedToOnCall,
];
