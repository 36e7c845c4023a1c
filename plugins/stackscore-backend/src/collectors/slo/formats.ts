import type {
  CatalogFacts,
  Slo,
  SloSpec,
} from '@stackscore/plugin-stackscore-common';
import { asText, isRecord } from '../ci/yaml';
import {
  commonWarnings,
  looksLikeLatency,
  objectiveOf,
  thresholdFromQueries,
  windowWarning,
} from './normalise';

type Mapping = Record<string, unknown>;

/**
 * One SLO source read from a document, with the problems that make it unusable.
 *
 * @internal
 */
export interface SpecRead {
  spec: SloSpec;
  errors: string[];
}

const sliTypes = new Set([
  'availability',
  'error-rate',
  'latency',
  'consumer-lag',
]);
const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function texts(values: unknown[]): string[] {
  return values.filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
}

function policyText(policy: unknown): string | undefined {
  if (isRecord(policy)) {
    return asText(policy.url) ?? asText(policy.onExhaustion) ?? asText(policy);
  }
  return asText(policy);
}

function missingObjective(slos: readonly Slo[]): string[] {
  return slos
    .filter(slo => slo.objective === undefined)
    .map(slo => `SLO '${slo.name}' has no numeric objective`);
}

/** Rules of our format that only warn: names, windows and the fields each SLI type needs. */
function stackscoreWarnings(slos: readonly Slo[], raw: unknown[]): string[] {
  const warnings: string[] = [];
  const seen = new Set<string>();
  slos.forEach((slo, index) => {
    if (seen.has(slo.name)) warnings.push(`SLO name '${slo.name}' is repeated`);
    seen.add(slo.name);
    if (!kebabCase.test(slo.name)) {
      warnings.push(`SLO name '${slo.name}' is not kebab-case`);
    }
    const sli = isRecord(raw[index]) ? (raw[index] as Mapping).sli : undefined;
    const has = (key: string) => isRecord(sli) && sli[key] !== undefined;
    const problem = `SLO '${slo.name}'`;
    if (slo.window) {
      const window = windowWarning(slo.window);
      if (window) warnings.push(`${problem}: ${window}`);
    }
    if (slo.sliType === 'unknown') {
      warnings.push(
        `${problem}: sli.type must be availability, error-rate, latency or consumer-lag`,
      );
    } else if (
      (slo.sliType === 'availability' || slo.sliType === 'error-rate') &&
      !((has('good') || has('bad')) && has('total'))
    ) {
      warnings.push(`${problem}: needs sli.good or sli.bad, and sli.total`);
    } else if (slo.sliType === 'latency') {
      if (!slo.threshold || !/^\d+(ms|s)$/.test(slo.threshold)) {
        warnings.push(`${problem}: needs sli.threshold such as 200ms`);
      }
      if (!has('histogram')) warnings.push(`${problem}: needs sli.histogram`);
    } else if (
      slo.sliType === 'consumer-lag' &&
      !(has('metric') && has('max'))
    ) {
      warnings.push(`${problem}: needs sli.metric and sli.max`);
    }
  });
  return warnings;
}

/**
 * Reads our own `slo.yaml` format.
 *
 * @internal
 */
export function readStackscoreSpec(
  root: Mapping,
  file: string,
  catalog: CatalogFacts,
): SpecRead {
  const window = asText(root.window) ?? '30d';
  const alerting = isRecord(root.alerting) ? root.alerting : {};
  const raw = Array.isArray(root.slos) ? root.slos : [];
  const slos: Slo[] = raw.map((entry, index) => {
    const slo = isRecord(entry) ? entry : {};
    const sli = isRecord(slo.sli) ? slo.sli : {};
    const type = asText(sli.type) ?? '';
    return {
      name: asText(slo.name) ?? `slo-${index + 1}`,
      journey: asText(slo.journey),
      sliType: sliTypes.has(type) ? type : 'unknown',
      objective: objectiveOf(slo.objective),
      window: asText(slo.window) ?? window,
      threshold: asText(sli.threshold),
      queries: texts([
        sli.good,
        sli.bad,
        sli.total,
        sli.histogram,
        sli.metric,
        sli.query,
      ]),
      pagingDisabled: alerting.disabled === true ? true : undefined,
    };
  });
  const spec: SloSpec = {
    format: 'stackscore',
    file,
    service: asText(root.service),
    owner: asText(root.owner),
    generator: asText(root.generator),
    window,
    errorBudgetPolicy: policyText(root.errorBudgetPolicy),
    pageTo: asText(alerting.pageTo),
    slos,
    warnings: [],
  };
  spec.warnings = [
    ...commonWarnings(spec, catalog),
    ...stackscoreWarnings(slos, raw),
  ];
  const errors =
    slos.length === 0 ? ['no SLOs under slos:'] : missingObjective(slos);
  return { spec, errors };
}

/** Sloth's SLI in either spelling: the CLI's snake_case or the Kubernetes CRD's camelCase. */
function slothQueries(sli: Mapping): string[] {
  const events = isRecord(sli.events) ? sli.events : {};
  const raw = isRecord(sli.raw) ? sli.raw : {};
  const plugin = isRecord(sli.plugin) ? sli.plugin : {};
  const options = isRecord(plugin.options) ? Object.values(plugin.options) : [];
  return texts([
    events.error_query,
    events.errorQuery,
    events.total_query,
    events.totalQuery,
    raw.error_ratio_query,
    raw.errorRatioQuery,
    ...options,
  ]);
}

function slothPagingDisabled(alerting: unknown): boolean | undefined {
  if (!isRecord(alerting)) return undefined;
  const page = alerting.page_alert ?? alerting.pageAlert;
  return isRecord(page) && page.disable === true ? true : undefined;
}

/**
 * Reads a Sloth spec, `version: prometheus/v1` or the `PrometheusServiceLevel` custom resource's `spec`.
 * Sloth has no window field: its default 30-day period applies.
 *
 * @internal
 */
export function readSlothSpec(
  body: Mapping,
  file: string,
  catalog: CatalogFacts,
): SpecRead {
  const raw = Array.isArray(body.slos) ? body.slos : [];
  const labels = isRecord(body.labels) ? body.labels : {};
  const slos: Slo[] = raw.map((entry, index) => {
    const slo = isRecord(entry) ? entry : {};
    const sli = isRecord(slo.sli) ? slo.sli : {};
    const name = asText(slo.name) ?? `slo-${index + 1}`;
    const queries = slothQueries(sli);
    const pluginId = isRecord(sli.plugin) ? asText(sli.plugin.id) ?? '' : '';
    const latency = looksLikeLatency(`${name} ${pluginId}`, queries);
    return {
      name,
      sliType: latency ? 'latency' : 'availability',
      objective: objectiveOf(slo.objective),
      window: '30d',
      threshold: latency ? thresholdFromQueries(queries) : undefined,
      queries,
      pagingDisabled: slothPagingDisabled(slo.alerting),
    };
  });
  const spec: SloSpec = {
    format: 'sloth',
    file,
    service: asText(body.service),
    owner: asText(labels.owner) ?? asText(labels.team),
    generator: 'sloth',
    window: '30d',
    slos,
    warnings: [],
  };
  spec.warnings = commonWarnings({ ...spec, owner: undefined }, catalog);
  const errors =
    slos.length === 0 ? ['no SLOs under slos:'] : missingObjective(slos);
  return { spec, errors };
}

function pyrraMetric(value: unknown): string | undefined {
  return isRecord(value) ? asText(value.metric) : undefined;
}

/**
 * Reads one Pyrra `ServiceLevelObjective`: `spec.target` is a percentage as text and `spec.window` has no
 * default.
 *
 * @internal
 */
export function readPyrraSlo(root: Mapping): {
  slo: Slo;
  errors: string[];
  warnings: string[];
} {
  const metadata = isRecord(root.metadata) ? root.metadata : {};
  const spec = isRecord(root.spec) ? root.spec : {};
  const indicator = isRecord(spec.indicator) ? spec.indicator : {};
  const name = asText(metadata.name) ?? 'unnamed';
  let sliType = 'unknown';
  let threshold: string | undefined;
  let queries: string[] = [];
  if (isRecord(indicator.ratio)) {
    sliType = 'availability';
    queries = texts([
      pyrraMetric(indicator.ratio.errors),
      pyrraMetric(indicator.ratio.total),
    ]);
  } else if (isRecord(indicator.latency)) {
    sliType = 'latency';
    queries = texts([
      pyrraMetric(indicator.latency.success),
      pyrraMetric(indicator.latency.total),
    ]);
    threshold = thresholdFromQueries(queries);
  } else if (isRecord(indicator.latencyNative)) {
    sliType = 'latency';
    threshold = asText(indicator.latencyNative.latency);
    queries = texts([pyrraMetric(indicator.latencyNative.total)]);
  } else if (isRecord(indicator.bool_gauge)) {
    sliType = 'availability';
    queries = texts([pyrraMetric(indicator.bool_gauge)]);
  }
  const alerting = isRecord(spec.alerting) ? spec.alerting : {};
  const slo: Slo = {
    name,
    sliType,
    objective: objectiveOf(spec.target),
    window: asText(spec.window),
    threshold,
    queries,
    pagingDisabled: alerting.disabled === true ? true : undefined,
  };
  const errors =
    slo.objective === undefined
      ? [`SLO '${name}' has no numeric spec.target`]
      : [];
  const warnings: string[] = [];
  if (!slo.window) warnings.push(`SLO '${name}': Pyrra requires spec.window`);
  if (sliType === 'unknown') {
    warnings.push(`SLO '${name}': no indicator we can read`);
  }
  return { slo, errors, warnings };
}

/** Reads `p99<200ms` into the percentile as objective and the bound as threshold. */
function latencyAnnotation(value: string) {
  const match =
    /^\s*p([0-9]+(?:\.[0-9]+)?)\s*<\s*([0-9]+(?:\.[0-9]+)?\s*(?:ms|s))\s*$/i.exec(
      value,
    );
  return match
    ? { objective: Number(match[1]), threshold: match[2].replace(/\s/g, '') }
    : undefined;
}

/**
 * Reads the SLO annotations (`stackscore.io/slo-availability`, `slo-latency`, `slo-error-rate`,
 * `slo-window`, `error-budget-policy`) into a spec; undefined when no SLO annotation is set.
 *
 * @internal
 */
export function readAnnotationSpec(
  catalog: CatalogFacts,
): SpecRead | undefined {
  const annotation = (key: string) =>
    catalog.annotations[`stackscore.io/${key}`];
  const availability = annotation('slo-availability');
  const latency = annotation('slo-latency');
  const errorRate = annotation('slo-error-rate');
  if (
    availability === undefined &&
    latency === undefined &&
    errorRate === undefined
  ) {
    return undefined;
  }
  const window = annotation('slo-window');
  const sloWindow = window ?? '30d';
  const errors: string[] = [];
  const slos: Slo[] = [];
  if (availability !== undefined) {
    const objective = objectiveOf(availability);
    if (objective === undefined) {
      errors.push(
        `stackscore.io/slo-availability '${availability}' is not a percentage`,
      );
    }
    slos.push({
      name: 'availability',
      sliType: 'availability',
      objective,
      window: sloWindow,
      queries: [],
    });
  }
  if (latency !== undefined) {
    const read = latencyAnnotation(latency);
    if (!read) {
      errors.push(
        `stackscore.io/slo-latency '${latency}' is not like p99<200ms`,
      );
    }
    slos.push({
      name: 'latency',
      sliType: 'latency',
      objective: read?.objective,
      window: sloWindow,
      threshold: read?.threshold,
      queries: [],
    });
  }
  if (errorRate !== undefined) {
    const rate = objectiveOf(errorRate.trim().replace(/^<=?/, ''));
    const objective =
      rate === undefined ? undefined : Number((100 - rate).toFixed(6));
    if (objective === undefined) {
      errors.push(
        `stackscore.io/slo-error-rate '${errorRate}' is not like <0.1%`,
      );
    }
    slos.push({
      name: 'error-rate',
      sliType: 'error-rate',
      objective,
      window: sloWindow,
      queries: [],
    });
  }
  const spec: SloSpec = {
    format: 'annotations',
    service: catalog.name,
    owner: catalog.owner,
    window,
    errorBudgetPolicy: annotation('error-budget-policy'),
    slos,
    warnings: [],
  };
  spec.warnings = commonWarnings(spec, catalog);
  if (window) {
    const problem = windowWarning(window);
    if (problem) spec.warnings.push(problem);
  }
  return { spec, errors };
}
