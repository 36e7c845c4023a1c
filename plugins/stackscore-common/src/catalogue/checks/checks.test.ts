import { guidanceDocuments } from '../documents';
import type { CheckDefinition, ScorecardId } from '../types';
import {
  checkCatalogue,
  checkCatalogueVersion,
  getCheckDefinition,
  observabilityChecks,
  securityChecks,
  sloChecks,
  supplyChainChecks,
} from './index';

// The check ids of scorecards.md, in table order. They are a public contract
// (API, CLI output, stored results): this list changes only by addition.
const sloIds = [
  'slo.defined',
  'slo.objective-target-and-window',
  'slo.sli-availability-or-error-rate',
  'slo.sli-latency-tail',
  'slo.critical-journeys-covered',
  'slo.error-budget-policy',
  'slo.generated-rules',
  'slo.alerts-routed-to-oncall',
  'slo.timeouts-configured',
  'slo.retries-and-circuit-breakers',
  'slo.graceful-shutdown',
  'slo.dead-letter-queues',
  'slo.performance-regression-tests',
  'slo.progressive-delivery',
  'slo.runtime-tuned',
];

const observabilityIds = [
  'observability.otel-sdk',
  'observability.vendor-neutral-export',
  'observability.http-instrumentation',
  'observability.prometheus-metrics',
  'observability.health-endpoint',
  'observability.structured-logging',
  'observability.json-log-output',
  'observability.no-print-logging',
  'observability.correlation-ids',
  'observability.red-metrics',
  'observability.consumer-lag-monitored',
  'observability.dashboard-linked',
  'observability.alerting-on-call',
  'observability.ownership-declared',
  'observability.error-context',
  'observability.profiling-tooling',
];

const securityIds = [
  'security.sast-in-ci',
  'security.secret-scanning',
  'security.lint-and-typecheck',
  'security.container-non-root',
  'security.minimal-runtime-image',
  'security.container-image-scan',
  'security.input-validation',
  'security.http-security-headers',
  'security.cors-allowlist',
  'security.rate-limiting',
  'security.parameterized-sql',
  'security.vetted-auth',
  'security.secrets-externalized',
  'security.token-storage',
  'security.password-hashing',
  'security.raw-html-sanitized',
  'security.no-unsafe-deserialization',
  'security.dast',
  'security.iam-least-privilege',
  'security.api-versioning',
];

const supplyChainIds = [
  'supply-chain.lockfile-committed',
  'supply-chain.no-floating-versions',
  'supply-chain.toolchain-pinned',
  'supply-chain.dependency-vuln-scan',
  'supply-chain.vuln-scan-blocking',
  'supply-chain.automated-updates',
  'supply-chain.patch-automerge',
  'supply-chain.base-image-pinned',
  'supply-chain.base-image-refresh',
  'supply-chain.frozen-install',
  'supply-chain.npm-ignore-scripts',
  'supply-chain.install-scripts-reviewed',
  'supply-chain.private-scope-registry',
  'supply-chain.jvm-version-locking',
  'supply-chain.jvm-integrity-verification',
  'supply-chain.cargo-deny-policy',
  'supply-chain.sbom',
  'supply-chain.signed-provenance',
  'supply-chain.hold-list-dependencies',
  'supply-chain.new-dependency-review',
];

const allIds = [
  ...sloIds,
  ...observabilityIds,
  ...securityIds,
  ...supplyChainIds,
];

// The runtime checks named in the Semantics section of scorecards.md.
const runtimeIds = [
  'slo.timeouts-configured',
  'slo.retries-and-circuit-breakers',
  'slo.graceful-shutdown',
  'slo.dead-letter-queues',
  'slo.runtime-tuned',
  ...observabilityIds.filter(
    id =>
      ![
        'observability.ownership-declared',
        'observability.dashboard-linked',
        'observability.alerting-on-call',
        'observability.error-context',
      ].includes(id),
  ),
];

const byScorecard: Array<[ScorecardId, readonly CheckDefinition[], string[]]> =
  [
    ['slo', sloChecks, sloIds],
    ['observability', observabilityChecks, observabilityIds],
    ['security', securityChecks, securityIds],
    ['supply-chain', supplyChainChecks, supplyChainIds],
  ];

describe('check catalogue', () => {
  it('holds exactly the 71 contract ids, in table order', () => {
    expect(allIds).toHaveLength(71);
    expect(checkCatalogue.map(c => c.id)).toEqual(allIds);
  });

  it('has unique ids', () => {
    const ids = checkCatalogue.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(byScorecard)(
    'lists the %s checks in their own array, with matching scorecard and prefix',
    (scorecard, checks, ids) => {
      expect(checks.map(c => c.id)).toEqual(ids);
      for (const check of checks) {
        expect(check.scorecard).toBe(scorecard);
        expect(check.id.startsWith(`${scorecard}.`)).toBe(true);
      }
    },
  );

  it('has 15 slo, 16 observability, 20 security and 20 supply-chain checks', () => {
    const count = (s: ScorecardId) =>
      checkCatalogue.filter(c => c.scorecard === s).length;
    expect(count('slo')).toBe(15);
    expect(count('observability')).toBe(16);
    expect(count('security')).toBe(20);
    expect(count('supply-chain')).toBe(20);
  });

  it.each(allIds)('%s is fully described', id => {
    const check = getCheckDefinition(id)!;
    expect(check).toBeDefined();
    expect(check.title.trim()).not.toBe('');
    expect(check.description.trim()).not.toBe('');
    expect(check.remediation.summary.trim()).not.toBe('');
    expect(check.references.length).toBeGreaterThanOrEqual(1);
    for (const ref of check.references) {
      expect(Object.keys(guidanceDocuments)).toContain(ref.document);
      expect(ref.section.trim()).not.toBe('');
    }
    const example = check.remediation.example ?? { language: '-', code: '-' };
    expect(example.language.trim()).not.toBe('');
    expect(example.code.trim()).not.toBe('');
    expect(check.applicability.kinds).toEqual(['component']);
  });

  it('flags exactly the runtime checks of the semantics section', () => {
    expect(
      checkCatalogue
        .filter(c => c.runtime)
        .map(c => c.id)
        .sort(),
    ).toEqual([...runtimeIds].sort());
  });

  it('scopes slo and observability checks to services and websites', () => {
    const typesOf = (checks: readonly CheckDefinition[]) =>
      checks.map(c => c.applicability.types);
    for (const checks of [sloChecks, observabilityChecks]) {
      expect(typesOf(checks)).toEqual(checks.map(() => ['service', 'website']));
    }
    for (const checks of [securityChecks, supplyChainChecks]) {
      expect(typesOf(checks)).toEqual(checks.map(() => undefined));
    }
  });

  it('skips experimental components only for slo.defined', () => {
    expect(
      checkCatalogue
        .filter(c => c.applicability.excludedLifecycles?.length)
        .map(c => c.id),
    ).toEqual(['slo.defined']);
    expect(
      getCheckDefinition('slo.defined')!.applicability.excludedLifecycles,
    ).toEqual(['experimental']);
  });

  it.each([
    ['slo.defined', 'bronze', 'high'],
    ['slo.critical-journeys-covered', 'gold', 'medium'],
    ['slo.runtime-tuned', 'silver', 'low'],
    ['observability.otel-sdk', 'bronze', 'high'],
    ['observability.no-print-logging', 'silver', 'low'],
    ['observability.error-context', 'gold', 'low'],
    ['security.parameterized-sql', 'bronze', 'critical'],
    ['security.http-security-headers', 'silver', 'medium'],
    ['security.no-unsafe-deserialization', 'silver', 'critical'],
    ['security.api-versioning', 'gold', 'low'],
    ['supply-chain.lockfile-committed', 'bronze', 'critical'],
    ['supply-chain.sbom', 'silver', 'medium'],
    ['supply-chain.patch-automerge', 'gold', 'low'],
    ['supply-chain.hold-list-dependencies', 'bronze', 'high'],
  ])('%s is %s / %s', (id, level, severity) => {
    const check = getCheckDefinition(id);
    expect(check?.level).toBe(level);
    expect(check?.severity).toBe(severity);
  });

  it.each([
    ['slo.runtime-tuned', ['go', 'python', 'java']],
    ['observability.error-context', ['go']],
    ['observability.profiling-tooling', ['python', 'java', 'go']],
    ['security.no-unsafe-deserialization', ['java', 'python']],
    ['supply-chain.npm-ignore-scripts', ['node']],
    ['supply-chain.jvm-version-locking', ['java']],
    ['supply-chain.cargo-deny-policy', ['rust']],
    ['security.parameterized-sql', 'any'],
  ])('%s applies to %p', (id, ecosystems) => {
    expect(getCheckDefinition(id)?.applicability.ecosystems).toEqual(
      ecosystems,
    );
  });

  it('returns undefined for unknown ids', () => {
    expect(getCheckDefinition('slo.unknown')).toBeUndefined();
  });

  it('has a dated catalogue version', () => {
    expect(checkCatalogueVersion).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });
});
