import { z } from 'zod';
import { runtimesGuide, stackGuide } from '../radar/references';
import { radarSeed } from '../radar/seed';
import type { RadarReference, RadarRing } from '../radar/types';
import type { RankedLanguage } from './api';
import {
  constraintMatrix,
  frameworkFitLabels,
  requirementMatrix,
  runtimeLanguages,
  stackFrameworks,
  stackLanguages,
  stackRequirementIds,
  stackRules,
  stances,
  type FrameworkFit,
  type MatrixLanguage,
  type StackFramework,
  type StackLanguage,
  type StackRequirementId,
  type StackRule,
  type StackRuntime,
} from './matrices';

/**
 * Schema of a stack recommendation request: requirements from the decision matrix and/or
 * measurable constraints.
 *
 * @public
 */
export const stackRecommendRequestSchema = z
  .object({
    requirements: z.array(z.enum(stackRequirementIds)).max(20).optional(),
    constraints: z
      .object({
        /** Target p99 latency in milliseconds. */
        p99Ms: z.number().positive().optional(),
        /** Expected requests per second per instance. */
        rps: z.number().positive().optional(),
        coldStartSensitive: z.boolean().optional(),
        cpuHeavy: z.boolean().optional(),
        mlNeeds: z.boolean().optional(),
        teamKnowsSystemsProgramming: z.boolean().optional(),
        existingJvmCodebase: z.boolean().optional(),
        /** Real-time features such as WebSockets. */
        realTime: z.boolean().optional(),
        /** Concurrent connections per instance. */
        concurrentConnections: z.number().int().positive().optional(),
        /** Operability tooling (profilers, diagnostics) matters a lot. */
        deepOperability: z.boolean().optional(),
        /** Several teams will change the service over a long life. */
        manyTeamsLongLife: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * A stack recommendation request.
 *
 * @public
 */
export type StackRecommendRequest = z.infer<typeof stackRecommendRequestSchema>;

/**
 * One contribution to a language's score, with where it comes from.
 *
 * @public
 */
export interface StackReason {
  text: string;
  reference: RadarReference;
  /** Points this reason adds to (or takes from) the score; 0 for explanations. */
  points: number;
}

/**
 * A framework suggestion for a ranked language.
 *
 * @public
 */
export interface StackFrameworkSuggestion {
  name: string;
  radarEntryId?: string;
  why: string;
}

/**
 * One language in a stack recommendation: the API's {@link RankedLanguage} with the language typed,
 * a display title and the points of each reason.
 *
 * @public
 */
export interface RankedStackLanguage extends RankedLanguage {
  language: StackLanguage;
  title: string;
  /** Best fit first. */
  frameworks: StackFrameworkSuggestion[];
  reasons: StackReason[];
}

/**
 * Languages ranked for a request, best first.
 *
 * @public
 */
export interface StackRecommendation {
  ranked: RankedStackLanguage[];
}

type Constraints = NonNullable<StackRecommendRequest['constraints']>;

const matrixLanguages: MatrixLanguage[] = ['go', 'python', 'rust', 'java'];

/** Constraints that say the same as a matrix row, so the row's judgement applies to them too. */
function impliedRequirements(
  constraints: Constraints,
): Map<StackRequirementId, string> {
  const implied = new Map<StackRequirementId, string>();
  if (
    (constraints.p99Ms !== undefined && constraints.p99Ms < 10) ||
    (constraints.rps !== undefined && constraints.rps > 100_000)
  ) {
    implied.set(
      'highest-rps-lowest-latency',
      constraints.p99Ms !== undefined && constraints.p99Ms < 10
        ? `p99 target of ${constraints.p99Ms} ms`
        : `${constraints.rps} requests per second`,
    );
  }
  if (constraints.mlNeeds) {
    implied.set('ai-ml-serving-or-data-pipelines', 'ML needs');
  }
  if (constraints.existingJvmCodebase) {
    implied.set('existing-large-jvm-codebase', 'existing JVM codebase');
  }
  if (constraints.teamKnowsSystemsProgramming === false) {
    implied.set(
      'team-unfamiliar-with-systems-programming',
      'team new to systems programming',
    );
  }
  return implied;
}

function ruleApplies(
  rule: StackRule,
  requirements: ReadonlySet<StackRequirementId>,
  constraints: Constraints,
): boolean {
  const { when } = rule;
  const { p99Ms, rps, concurrentConnections } = constraints;
  return (
    (when.requirements ?? []).some(r => requirements.has(r)) ||
    (when.p99MsBelow !== undefined &&
      p99Ms !== undefined &&
      p99Ms < when.p99MsBelow) ||
    (when.rpsAbove !== undefined && rps !== undefined && rps > when.rpsAbove) ||
    (when.rpsBelow !== undefined && rps !== undefined && rps < when.rpsBelow) ||
    (when.flags ?? []).some(flag => constraints[flag] === true) ||
    (when.teamKnowsSystemsProgramming !== undefined &&
      constraints.teamKnowsSystemsProgramming ===
        when.teamKnowsSystemsProgramming) ||
    (when.concurrentConnectionsAtLeast !== undefined &&
      concurrentConnections !== undefined &&
      concurrentConnections >= when.concurrentConnectionsAtLeast)
  );
}

/** What the request asks of a framework, for ordering a language's frameworks. */
function frameworkNeeds(
  requirements: ReadonlySet<StackRequirementId>,
  constraints: Constraints,
): FrameworkFit[] {
  const needs = new Set<FrameworkFit>();
  if (requirements.has('highest-rps-lowest-latency')) needs.add('throughput');
  if (constraints.rps !== undefined && constraints.rps > 10_000) {
    needs.add('throughput');
  }
  if (requirements.has('crud-rest-apis-moderate-traffic')) needs.add('crud');
  if (requirements.has('rapid-prototyping')) needs.add('prototyping');
  if (requirements.has('ai-ml-serving-or-data-pipelines')) needs.add('ml');
  if (requirements.has('memory-safe-systems')) needs.add('systems');
  if (
    requirements.has('regulated-enterprise-integration') ||
    requirements.has('existing-large-jvm-codebase')
  ) {
    needs.add('enterprise');
  }
  if (constraints.coldStartSensitive) needs.add('cold-start');
  if (constraints.realTime) needs.add('realtime');
  if (constraints.manyTeamsLongLife) needs.add('structure');
  return [...needs];
}

const ringBonus: Record<RadarRing, number> = {
  adopt: 1,
  trial: 0.5,
  assess: 0,
  hold: -1,
};
const ringById = new Map(radarSeed.map(entry => [entry.id, entry.ring]));

/**
 * Orders a language's frameworks: fit to the request first, then the radar ring (an adopted
 * framework beats an assessed one of equal fit), then the order the guidance lists them in.
 */
function suggestFrameworks(
  language: StackLanguage,
  needs: FrameworkFit[],
): StackFrameworkSuggestion[] {
  const scored = stackFrameworks
    .filter(framework => framework.language === language)
    .map((framework, order) => {
      const matched = needs.filter(need => (framework.fits[need] ?? 0) > 0);
      const fit = matched.reduce((sum, need) => sum + framework.fits[need]!, 0);
      const ring = framework.radarEntryId
        ? ringById.get(framework.radarEntryId)
        : undefined;
      return {
        framework,
        matched,
        score: fit + (ring ? ringBonus[ring] : 0),
        order,
      };
    });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ framework, matched }) => suggestion(framework, matched));
}

function suggestion(
  framework: StackFramework,
  matched: FrameworkFit[],
): StackFrameworkSuggestion {
  const fits = matched.map(need => frameworkFitLabels[need]).join(', ');
  return {
    name: framework.name,
    ...(framework.radarEntryId ? { radarEntryId: framework.radarEntryId } : {}),
    why: fits
      ? `Suits ${fits}. ${framework.characteristics}`
      : framework.characteristics,
  };
}

/** `Rule text.` → `Rule text (+2).` */
function withPoints(text: string, points: number): string {
  const sign = points > 0 ? '+' : '';
  return `${text.replace(/\.$/, '')} (${sign}${points}).`;
}

/**
 * Ranks languages for a request. Each chosen (or implied) requirement adds the decision-matrix
 * points of every language's cell; each rule of thumb that applies adds its weight to the languages
 * it favours and takes it from those it disfavours; each constraint-matrix row switched on adds the
 * points of each runtime's cell. Every contribution is listed as a reason with its citation. Ties
 * keep a fixed language order.
 *
 * @public
 */
export function recommendStack(
  request: StackRecommendRequest = {},
): StackRecommendation {
  const constraints: Constraints = request.constraints ?? {};
  const implied = impliedRequirements(constraints);
  const requirements = new Set<StackRequirementId>([
    ...(request.requirements ?? []),
    ...implied.keys(),
  ]);
  const explicit = new Set(request.requirements ?? []);

  const reasons = new Map<StackLanguage, StackReason[]>(
    stackLanguages.map(l => [l.id, []]),
  );
  const give = (
    language: StackLanguage,
    points: number,
    text: string,
    reference: RadarReference,
  ) => reasons.get(language)!.push({ text, reference, points });

  for (const row of requirementMatrix) {
    if (!requirements.has(row.id)) continue;
    const because = explicit.has(row.id)
      ? ''
      : ` (from ${implied.get(row.id)})`;
    for (const language of matrixLanguages) {
      const cell = row.cells[language];
      const { points } = stances[cell.stance];
      give(
        language,
        points,
        withPoints(`${row.title}${because}: ${cell.note}`, points),
        cell.reference,
      );
    }
  }

  for (const rule of stackRules) {
    if (!ruleApplies(rule, requirements, constraints)) continue;
    for (const language of rule.favours) {
      give(
        language,
        rule.weight,
        withPoints(rule.text, rule.weight),
        rule.reference,
      );
    }
    for (const language of rule.disfavours ?? []) {
      give(
        language,
        -rule.weight,
        withPoints(rule.text, -rule.weight),
        rule.reference,
      );
    }
  }

  for (const row of constraintMatrix) {
    if (constraints[row.flag] !== true) continue;
    for (const [runtime, cell] of Object.entries(row.cells)) {
      if (!cell) continue;
      const language = runtimeLanguages[runtime as StackRuntime];
      give(
        language,
        cell.points,
        withPoints(`${row.title}: ${cell.text}`, cell.points),
        row.reference,
      );
    }
  }

  const needs = frameworkNeeds(requirements, constraints);
  const ranked = stackLanguages.map(({ id, title }, order) => {
    const own = reasons.get(id)!;
    if (own.length === 0) own.push(nothingApplies(id, title, requirements));
    return {
      order,
      result: {
        language: id,
        title,
        score: own.reduce((sum, reason) => sum + reason.points, 0),
        frameworks: suggestFrameworks(id, needs),
        reasons: own,
      },
    };
  });
  ranked.sort((a, b) => b.result.score - a.result.score || a.order - b.order);
  return { ranked: ranked.map(r => r.result) };
}

function nothingApplies(
  language: StackLanguage,
  title: string,
  requirements: ReadonlySet<StackRequirementId>,
): StackReason {
  if (
    requirements.size > 0 &&
    !matrixLanguages.includes(language as MatrixLanguage)
  ) {
    return {
      text: `The decision matrix rates only Go, Python, Rust and Java, and no rule or constraint in the request concerns ${title}.`,
      reference: stackGuide('Backend Decision Framework', 'L121'),
      points: 0,
    };
  }
  return {
    text: `Nothing in the request speaks for or against ${title}; state the requirements or constraints the service cannot violate.`,
    reference: runtimesGuide("Pick the constraints you can't violate", 'L68'),
    points: 0,
  };
}
