import type {
  CheckOutcome,
  EntityFacts,
  Slo,
  SloSpec,
} from '@stackscore/plugin-stackscore-common';
import { errored, fail } from '../outcomes';

/*
 * Reading SLO facts the same way for every SLO-content check: what the subject is, how windows and
 * budgets are computed, and what kind of indicator an SLO measures.
 */

/**
 * One SLO with the source it came from.
 *
 * @internal
 */
export interface SloEntry {
  slo: Slo;
  spec: SloSpec;
}

/**
 * The SLOs of an entity, or the outcome to report when there are none to judge: `error` when the only
 * SLO source could not be parsed, `fail` when none exists.
 *
 * @internal
 */
export function sloEntries(facts: EntityFacts): SloEntry[] | CheckOutcome {
  const entries = facts.slo.flatMap(spec =>
    spec.slos.map(slo => ({ slo, spec })),
  );
  if (entries.length > 0) return entries;
  const parseErrors = facts.errors.filter(e => e.collector === 'slo');
  if (parseErrors.length > 0) {
    return errored(
      ...parseErrors.map(e => ({
        message: `Could not parse SLO source${e.file ? ` ${e.file}` : ''}: ${
          e.message
        }`,
        ...(e.file ? { file: e.file } : {}),
      })),
    );
  }
  if (facts.slo.length > 0) {
    return fail(
      ...facts.slo.map(spec => ({
        message: `${describeSource(spec)} declares no SLO`,
        ...(spec.file ? { file: spec.file } : {}),
      })),
    );
  }
  return fail({
    message:
      'No SLO found: looked for slo.yaml, slos/*.yaml, Sloth and Pyrra specs and the stackscore.io/slo-* annotations',
  });
}

/**
 * True when a value is an outcome rather than SLO entries.
 *
 * @internal
 */
export function isOutcome(
  value: SloEntry[] | CheckOutcome,
): value is CheckOutcome {
  return !Array.isArray(value);
}

/**
 * How evidence names an SLO source.
 *
 * @internal
 */
export function describeSource(spec: SloSpec): string {
  const format = {
    stackscore: 'SLO file',
    sloth: 'Sloth spec',
    pyrra: 'Pyrra spec',
    annotations: 'SLO annotations',
  }[spec.format];
  return spec.file ? `${format} ${spec.file}` : format;
}

/**
 * Evidence location of an SLO source.
 *
 * @internal
 */
export function sourceLocation(spec: SloSpec): { file?: string } {
  return spec.file ? { file: spec.file } : {};
}

/** Tools whose specs have a window default: Sloth (30d) and our own file (30d). */
const defaultWindows: Partial<Record<SloSpec['format'], string>> = {
  sloth: '30d',
  stackscore: '30d',
};

/**
 * The window an SLO is measured over, with whether it is the tool's default; undefined when none is
 * given and the format has no default.
 *
 * @internal
 */
export function sloWindow(
  entry: SloEntry,
): { window: string; defaulted: boolean } | undefined {
  const given = entry.slo.window ?? entry.spec.window;
  if (given) return { window: given, defaulted: false };
  const fallback = defaultWindows[entry.spec.format];
  return fallback ? { window: fallback, defaulted: true } : undefined;
}

const minutesPerUnit: Record<string, number> = {
  h: 60,
  d: 24 * 60,
  w: 7 * 24 * 60,
};

/**
 * Length of a rolling window such as `30d`, `4w` or `720h` in minutes; undefined when unreadable.
 *
 * @internal
 */
export function windowMinutes(window: string): number | undefined {
  const match = /^([1-9]\d*)([hdw])$/.exec(window.trim());
  return match ? Number(match[1]) * minutesPerUnit[match[2]] : undefined;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The error budget of an objective over a window, readable: 99.9% over 30d is `43.2 min`.
 *
 * @internal
 */
export function formatBudget(
  objective: number,
  window: string,
): string | undefined {
  const minutes = windowMinutes(window);
  if (minutes === undefined || !(objective > 0 && objective < 100)) {
    return undefined;
  }
  const budget = ((100 - objective) / 100) * minutes;
  if (budget < 1) return `${round1(budget * 60)} s`;
  if (budget < 120) return `${round1(budget)} min`;
  return `${round1(budget / 60)} h`;
}

/**
 * True for an SLO measured on a latency threshold: typed `latency`, or a ratio built on histogram
 * buckets (`_bucket{le="0.25"}`), as Sloth specs write it.
 *
 * @internal
 */
export function isLatencySlo(slo: Slo): boolean {
  return (
    slo.sliType === 'latency' ||
    slo.queries.some(q => /_bucket\b/.test(q) && /\ble\s*=/.test(q))
  );
}

/**
 * True for a success-ratio SLO: availability or error rate, or a Sloth/Pyrra ratio that is not a
 * latency or lag indicator.
 *
 * @internal
 */
export function isSuccessRatioSlo(entry: SloEntry): boolean {
  const { slo, spec } = entry;
  if (isLatencySlo(slo) || slo.sliType === 'consumer-lag') return false;
  if (slo.sliType === 'availability' || slo.sliType === 'error-rate') {
    return true;
  }
  return (
    (spec.format === 'sloth' || spec.format === 'pyrra') &&
    slo.queries.length >= 2
  );
}

/**
 * Why a latency SLO does not measure the tail, or undefined when it does.
 *
 * @internal
 */
export function notTailReason(slo: Slo): string | undefined {
  const averaged = slo.queries.find(
    q =>
      /\bavg(_over_time)?\s*\(/.test(q) ||
      (/_sum\b/.test(q) && /_count\b/.test(q)) ||
      /quantile\(\s*0?\.5\b/.test(q),
  );
  if (averaged) return `is average- or median-based (\`${averaged}\`)`;
  if (slo.objective === undefined) return 'has no objective';
  if (slo.objective < 95) {
    return `targets ${slo.objective}%, below the tail (95 or more)`;
  }
  return undefined;
}
