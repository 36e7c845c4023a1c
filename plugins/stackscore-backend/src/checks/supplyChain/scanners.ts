import type {
  Ecosystem,
  EntityFacts,
} from '@stackscore/plugin-stackscore-common';
import { ToolSpec, ToolUse, findToolUses } from './ciSteps';
import { mentions, pluginConfig, readableModules } from './manifests';
import { signalsOf } from '../outcomes';
import { perFacts } from '../memo';

/*
 * Dependency vulnerability scanners, per ecosystem (supply-chain.dependency-vuln-scan, vuln-scan-blocking).
 */

const allEcosystems: Ecosystem[] = ['go', 'java', 'node', 'python', 'rust'];

/**
 * A dependency scan found in CI, with the ecosystems it covers and whether it can fail the build.
 *
 * @internal
 */
export interface DependencyScan extends ToolUse {
  tool: string;
  ecosystems: Ecosystem[];
  /** Why the scan cannot fail the build, beyond continue-on-error (e.g. npm audit without a level). */
  notBlockingBecause?: string;
}

interface ScannerSpec extends ToolSpec {
  tool: string;
  ecosystems: Ecosystem[] | ((use: ToolUse) => Ecosystem[]);
  /** Extra reason the scan does not block, given its use. */
  weakness?: (use: ToolUse, facts: EntityFacts) => string | undefined;
}

function dependencyCheckFailsBuild(
  use: ToolUse,
  facts: EntityFacts,
): string | undefined {
  const text = `${use.command ?? ''} ${JSON.stringify(
    use.step?.step.with ?? {},
  )}`;
  if (/failBuildOnCVSS|failOnCVSS/i.test(text)) return undefined;
  const configured = readableModules(facts, 'java').some(m => {
    const plugin = pluginConfig(
      m,
      'dependency-check-maven',
      'org.owasp.dependencycheck',
    );
    return plugin !== undefined && mentions(plugin.config, 'failBuildOnCVSS');
  });
  if (configured) return undefined;
  if (signalsOf(facts, 'supply-chain.gradle-fail-build-on-cvss').length > 0) {
    return undefined;
  }
  return 'Dependency-Check has no `failBuildOnCVSS`, so findings never fail the build';
}

function snykEcosystems(use: ToolUse): Ecosystem[] {
  const action = use.step?.step.uses?.toLowerCase() ?? '';
  const byAction: [string, Ecosystem][] = [
    ['golang', 'go'],
    ['node', 'node'],
    ['python', 'python'],
    ['maven', 'java'],
    ['gradle', 'java'],
  ];
  const match = byAction.find(([name]) =>
    action.includes(`snyk/actions/${name}`),
  );
  return match ? [match[1]] : allEcosystems;
}

const scanners: ScannerSpec[] = [
  {
    tool: 'govulncheck',
    ecosystems: ['go'],
    actions: ['golang/govulncheck-action'],
    command: /\bgovulncheck\b/,
  },
  {
    tool: 'cargo audit',
    ecosystems: ['rust'],
    actions: ['rustsec/audit-check', 'actions-rs/audit-check'],
    command: /\bcargo[- ]audit\b/,
  },
  {
    tool: 'cargo deny (advisories)',
    ecosystems: ['rust'],
    actions: ['embarkstudios/cargo-deny-action'],
    withFilter: values => {
      const command = values.command ?? values.arguments ?? '';
      return !/\bcheck\s+\w/.test(command) || /advisories/.test(command);
    },
  },
  {
    tool: 'cargo deny (advisories)',
    ecosystems: ['rust'],
    command:
      /\bcargo[- ]deny\b.*\bcheck\s*(?:$|advisories|-)|\bcargo[- ]deny\b.*\bcheck\b.*\badvisories\b/,
  },
  {
    tool: 'npm audit',
    ecosystems: ['node'],
    command:
      /\b(?:npm|pnpm|bun)\s+audit\b(?!\s+(?:signatures|fix))|\byarn\s+(?:npm\s+)?audit\b/,
    expandScripts: true,
    weakness: use =>
      /\bnpm\s+audit\b/.test(use.command ?? '') &&
      !/--audit-level[=\s]+(?:high|critical)\b/.test(use.command ?? '')
        ? '`npm audit` without `--audit-level=high` or `critical`'
        : undefined,
  },
  {
    tool: 'pip-audit',
    ecosystems: ['python'],
    actions: ['pypa/gh-action-pip-audit'],
    command: /\bpip-audit\b|\bsafety\s+(?:check|scan)\b/,
  },
  {
    tool: 'OWASP Dependency-Check',
    ecosystems: ['java'],
    actions: ['dependency-check/dependency-check_action'],
    command:
      /dependency-check-maven(?::[\w.-]+)?:(?:check|aggregate)\b|\bdependencyCheck(?:Analyze|Aggregate)\b|\bdependency-check(?:\.sh)?\s+--/,
    weakness: dependencyCheckFailsBuild,
  },
  {
    tool: 'Snyk',
    ecosystems: snykEcosystems,
    actions: ['snyk/actions/'],
    // `npx snyk@1.1296.2 test` runs the same CLI.
    command: /\bsnyk(?:@[\w.^~-]+)?\s+test\b/,
  },
  {
    tool: 'OSV-Scanner',
    ecosystems: allEcosystems,
    actions: ['google/osv-scanner-action'],
    command: /\bosv-scanner\b/,
  },
  {
    tool: 'Trivy filesystem scan',
    ecosystems: allEcosystems,
    actions: ['aquasecurity/trivy-action'],
    withFilter: values =>
      /^(fs|filesystem|repo|rootfs)$/.test(values['scan-type'] ?? ''),
  },
  {
    tool: 'Trivy filesystem scan',
    ecosystems: allEcosystems,
    command: /\btrivy\s+(?:fs|filesystem|repo|repository|rootfs)\b/,
  },
  {
    // The dependency graph reads go.mod, npm/yarn/pnpm lockfiles, Python manifests, Cargo and Maven poms.
    tool: 'dependency-review-action',
    ecosystems: ['go', 'node', 'python', 'rust', 'java'],
    actions: ['actions/dependency-review-action'],
    withFilter: values => (values['fail-on-severity'] ?? '') !== '',
  },
  {
    tool: 'GitLab Dependency Scanning',
    ecosystems: ['go', 'java', 'node', 'python'],
    gitlabTemplate: /Dependency-Scanning(\.latest)?\.gitlab-ci\.yml$/,
  },
];

const installsATool =
  /\b(?:pip3?|pipx|npm|pnpm|yarn|cargo|go|gem|brew|apt-get|apk)\s+(?:install|add|get)\b|\buv\s+tool\s+install\b|\bcurl\b.*\|\s*(?:ba)?sh\b/;

/**
 * A Maven build in CI runs Dependency-Check when the plugin is declared with an execution.
 */
function mavenBoundDependencyCheck(facts: EntityFacts): DependencyScan[] {
  const declared = readableModules(facts, 'java').some(
    m => pluginConfig(m, 'dependency-check-maven') !== undefined,
  );
  if (!declared) return [];
  return findToolUses(facts, {
    command: /\b(?:mvn|mvnw|\.\/mvnw)\b.*\b(?:verify|install|deploy)\b/,
  }).map(use => ({
    ...use,
    tool: 'OWASP Dependency-Check (Maven plugin)',
    ecosystems: ['java'],
    notBlockingBecause: dependencyCheckFailsBuild(use, facts),
  }));
}

/**
 * Every dependency scan in CI.
 *
 * @internal
 */
function computeDependencyScans(facts: EntityFacts): DependencyScan[] {
  const scans: DependencyScan[] = [];
  for (const spec of scanners) {
    for (const use of findToolUses(facts, spec)) {
      // Installing a scanner is not running it.
      if (use.command && installsATool.test(use.command)) continue;
      // A Gradle-only Java project is not read by the dependency graph without a submission action.
      let ecosystems =
        typeof spec.ecosystems === 'function'
          ? spec.ecosystems(use)
          : spec.ecosystems;
      if (
        spec.tool === 'dependency-review-action' &&
        !facts.modules.some(m => m.manifests.some(f => f.endsWith('pom.xml')))
      ) {
        ecosystems = ecosystems.filter(e => e !== 'java');
      }
      scans.push({
        ...use,
        tool: spec.tool,
        ecosystems,
        notBlockingBecause: spec.weakness?.(use, facts),
      });
    }
  }
  scans.push(...mavenBoundDependencyCheck(facts));
  return scans;
}

const cachedDependencyScans = perFacts(computeDependencyScans);

/**
 * Every dependency vulnerability scan CI runs, derived once per entity.
 *
 * @internal
 */
export function dependencyScans(facts: EntityFacts): DependencyScan[] {
  return cachedDependencyScans(facts);
}
