import type { CatalogFacts, Slo } from '@stackscore/plugin-stackscore-common';

/*
 * Shared pieces of SLO normalisation: numbers written as text, PromQL hints, and the soft validation rules
 * of the SLO file format.
 */

/**
 * A numeric objective from a number or a text such as `"99.9"` or `"99.9%"`; undefined otherwise.
 *
 * @internal
 */
export function objectiveOf(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/%$/, '').trim();
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text)) return undefined;
  return Number(text);
}

/**
 * True when a name or PromQL query speaks of latency: a histogram bucket with an `le` bound, or the words
 * latency/duration in the SLO name.
 *
 * @internal
 */
export function looksLikeLatency(name: string, queries: readonly string[]) {
  return (
    /latency|duration/i.test(name) ||
    queries.some(q => /_bucket\b/.test(q) && /\ble\s*=~?\s*"/.test(q))
  );
}

/**
 * The latency bound of a histogram query's `le="…"`, with the unit the metric name gives (`0.2s`, `200ms`).
 *
 * @internal
 */
export function thresholdFromQueries(
  queries: readonly string[],
): string | undefined {
  for (const query of queries) {
    const bound = /\ble\s*=\s*"([0-9.+eInf]+)"/.exec(query)?.[1];
    if (!bound) continue;
    if (/_(milliseconds|ms)_bucket/.test(query)) return `${bound}ms`;
    if (/_seconds_bucket/.test(query)) return `${bound}s`;
    return bound;
  }
  return undefined;
}

function normaliseOwner(owner: string): string {
  const withKind = owner.includes(':') ? owner : `group:${owner}`;
  const [kind, rest] = [
    withKind.slice(0, withKind.indexOf(':')),
    withKind.slice(withKind.indexOf(':') + 1),
  ];
  return `${kind}:${
    rest.includes('/') ? rest : `default/${rest}`
  }`.toLowerCase();
}

/**
 * Soft problems shared by every format: objective outside 90–99.99, service or owner not matching the entity.
 *
 * @internal
 */
export function commonWarnings(
  spec: { service?: string; owner?: string; slos: readonly Slo[] },
  catalog: CatalogFacts,
): string[] {
  const warnings: string[] = [];
  if (spec.service && spec.service !== catalog.name) {
    warnings.push(
      `service '${spec.service}' does not match the entity name '${catalog.name}'`,
    );
  }
  if (
    spec.owner &&
    catalog.owner &&
    normaliseOwner(spec.owner) !== normaliseOwner(catalog.owner)
  ) {
    warnings.push(
      `owner '${spec.owner}' does not match the entity owner '${catalog.owner}'`,
    );
  }
  for (const slo of spec.slos) {
    const objective = slo.objective;
    if (objective === undefined) continue;
    if (objective <= 0 || objective >= 100) {
      warnings.push(
        `SLO '${slo.name}': objective ${objective} must be between 0 and 100`,
      );
    } else if (objective < 90 || objective > 99.99) {
      warnings.push(
        `SLO '${slo.name}': objective ${objective} is outside the usual 90–99.99 range`,
      );
    }
  }
  return warnings;
}

const windowPattern = /^[1-9][0-9]*[dw]$/;

/**
 * Problems with a rolling window: the format `^[1-9][0-9]*[dw]$` and a length between 7 and 90 days.
 *
 * @internal
 */
export function windowWarning(window: string): string | undefined {
  if (!windowPattern.test(window)) {
    return `window '${window}' is not a number of days or weeks such as 30d or 4w`;
  }
  const days = Number(window.slice(0, -1)) * (window.endsWith('w') ? 7 : 1);
  return days < 7 || days > 90
    ? `window '${window}' is outside 7d–90d`
    : undefined;
}
