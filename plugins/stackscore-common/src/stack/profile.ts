import type { Ecosystem } from '../catalogue/types';
import type { EntityFacts, ModuleFacts } from '../facts/schema';
import { languageComparison, stackGuide } from '../radar/references';
import type { StackFinding } from './api';
import { stackFrameworks, type StackLanguage } from './matrices';

/**
 * What a service is built with and the performance it promises, as far as its facts tell.
 *
 * @public
 */
export interface ServiceStackProfile {
  entityRef: string;
  /** Language ids (see `StackLanguage`), sorted. */
  languages: string[];
  /** Framework ids from `stackFrameworks`, in that table's order. */
  frameworks: string[];
  /** Tightest p99 (or stricter) latency threshold its SLOs declare, in milliseconds. */
  p99TargetMs?: number;
  /** Expected requests per second per instance; no fact carries it, callers may supply it. */
  rpsTarget?: number;
}

/**
 * Findings for one service.
 *
 * @public
 */
export interface ServiceStackAssessment {
  entityRef: string;
  findings: StackFinding[];
}

const ecosystemLanguages: Record<Ecosystem, StackLanguage> = {
  go: 'go',
  python: 'python',
  rust: 'rust',
  java: 'java',
  node: 'node',
};

/** A threshold as written (`200ms`, `0.2s`); unitless values are ambiguous and ignored. */
function thresholdMs(threshold: string | undefined): number | undefined {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s)\s*$/i.exec(threshold ?? '');
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2].toLowerCase() === 's' ? value * 1000 : value;
}

function frameworkMatches(
  pattern: string,
  name: string,
  ecosystem: Ecosystem,
): boolean {
  const candidate =
    ecosystem === 'go' ? name.replace(/\/v\d+$/, '') : name.toLowerCase();
  const wanted = ecosystem === 'go' ? pattern : pattern.toLowerCase();
  return wanted.endsWith('*')
    ? candidate.startsWith(wanted.slice(0, -1))
    : candidate === wanted;
}

/**
 * Reads a service's stack profile from its facts. Languages and frameworks come from the server
 * modules when there are any (a Go service with a Node.js tooling package is a Go service), else
 * from every module. The latency target is the tightest threshold of the latency SLOs whose
 * objective is 99 or more: both "99.9% under 200 ms" and "p99 < 200 ms" bound the p99.
 *
 * @public
 */
export function profileFromFacts(
  entityRef: string,
  facts: EntityFacts,
): ServiceStackProfile {
  const servers = facts.modules.filter(m => m.isServer);
  const modules: ModuleFacts[] = servers.length > 0 ? servers : facts.modules;

  const languages = [
    ...new Set(modules.map(m => ecosystemLanguages[m.ecosystem])),
  ].sort();

  const frameworks = stackFrameworks
    .filter(framework =>
      framework.serverFrameworks.some(({ ecosystem, names }) =>
        modules.some(
          module =>
            module.ecosystem === ecosystem &&
            module.serverFrameworks.some(found =>
              names.some(pattern =>
                frameworkMatches(pattern, found, ecosystem),
              ),
            ),
        ),
      ),
    )
    .map(framework => framework.id);

  let p99TargetMs: number | undefined;
  for (const spec of facts.slo) {
    for (const slo of spec.slos) {
      if (slo.sliType !== 'latency') continue;
      if (slo.objective !== undefined && slo.objective < 99) continue;
      const ms = thresholdMs(slo.threshold);
      if (ms === undefined) continue;
      p99TargetMs = p99TargetMs === undefined ? ms : Math.min(p99TargetMs, ms);
    }
  }

  return {
    entityRef,
    languages,
    frameworks,
    ...(p99TargetMs !== undefined ? { p99TargetMs } : {}),
  };
}

const selectionCriteria = languageComparison(
  'Backend Framework Selection Criteria for 2025',
  'L322',
);
const languageTitles: Record<string, string> = {
  python: 'Python',
  node: 'Node.js',
  java: 'Java',
};

/**
 * Checks a service's stack against the selection thresholds: interpreted runtimes behind sub-10 ms
 * or very high-throughput targets, Java behind sub-10 ms without a native image, and Python
 * frameworks asked for more than their estimated per-instance throughput. Only what the guidance
 * states as a threshold is judged; a fitting stack gets no findings.
 *
 * @public
 */
export function assessServiceStack(
  profile: ServiceStackProfile,
): ServiceStackAssessment {
  const findings: StackFinding[] = [];
  const { p99TargetMs, rpsTarget } = profile;
  const uses = (language: string) => profile.languages.includes(language);

  for (const language of ['python', 'node']) {
    if (!uses(language)) continue;
    const title = languageTitles[language];
    if (p99TargetMs !== undefined && p99TargetMs < 10) {
      findings.push({
        severity: 'warning',
        text: `${title} serves a declared p99 target of ${p99TargetMs} ms; below 10 ms the guidance points to Rust or Go.`,
        reference: selectionCriteria,
      });
    }
    if (rpsTarget !== undefined && rpsTarget > 100_000) {
      findings.push({
        severity: 'warning',
        text: `${title} is expected to take ${rpsTarget} requests per second per instance; above 100,000 the guidance points to Rust or Go.`,
        reference: selectionCriteria,
      });
    }
  }

  if (uses('java') && !profile.frameworks.includes('quarkus')) {
    if (p99TargetMs !== undefined && p99TargetMs < 10) {
      findings.push({
        severity: 'info',
        text: `Java serves a declared p99 target of ${p99TargetMs} ms; the decision matrix rates Java good for the lowest latency only as a Quarkus native image.`,
        reference: stackGuide('Backend Decision Framework', 'L123'),
      });
    }
  }

  if (rpsTarget !== undefined) {
    for (const framework of stackFrameworks) {
      const high = framework.throughputRps?.high;
      if (!profile.frameworks.includes(framework.id) || high === undefined) {
        continue;
      }
      if (rpsTarget <= high) continue;
      findings.push({
        severity: 'warning',
        text: `${framework.name} is estimated at up to ${high} requests per second per instance, below the expected ${rpsTarget}; plan more instances or move the hot path.`,
        reference: framework.references[0],
      });
    }
  }

  return { entityRef: profile.entityRef, findings };
}
