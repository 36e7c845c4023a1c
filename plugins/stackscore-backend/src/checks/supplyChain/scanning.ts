import type {
  EntityFacts,
  Evidence,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { errored, fail, notApplicable, pass } from '../outcomes';
import { unparseableConfig } from '../configDocuments';
import { evidenceAt, findToolUses, unreadablePipelines } from './ciSteps';
import { baseNameOf, ecosystemsOf } from './manifests';
import { DependencyScan, dependencyScans } from './scanners';

function describe(scan: DependencyScan): string {
  return `${scan.tool} (\`${scan.label}\`) in ${scan.file}`;
}

function noEcosystem(facts: EntityFacts) {
  return ecosystemsOf(facts).length === 0
    ? notApplicable('No go, node, python, rust or java manifest found')
    : undefined;
}

const dependencyVulnScan: CheckImplementation = {
  id: 'supply-chain.dependency-vuln-scan',
  evaluate(facts) {
    const none = noEcosystem(facts);
    if (none) return none;
    const scans = dependencyScans(facts);
    const problems: Evidence[] = [];
    const found: Evidence[] = [];
    for (const ecosystem of ecosystemsOf(facts)) {
      const covering = scans.filter(s => s.ecosystems.includes(ecosystem));
      const onPullRequests = covering.find(s => s.onPullRequest);
      if (onPullRequests) {
        found.push(
          evidenceAt(
            onPullRequests,
            `${ecosystem}: ${describe(onPullRequests)} runs on pull requests`,
          ),
        );
      } else if (covering.length > 0) {
        problems.push(
          evidenceAt(
            covering[0],
            `${ecosystem}: ${describe(
              covering[0],
            )} does not run on pull requests${
              covering[0].scheduleOnly ? ' (schedule only)' : ''
            }`,
          ),
        );
      } else {
        problems.push({
          message: `${ecosystem}: no dependency vulnerability scan in CI`,
        });
      }
    }
    if (problems.length > 0)
      return fail(...problems, ...unreadablePipelines(facts));
    return pass(...found);
  },
};

/** Why a scan cannot fail the build, or undefined when it can. */
function weakness(scan: DependencyScan): string | undefined {
  if (scan.notBlockingBecause) return scan.notBlockingBecause;
  if (scan.blocking) return undefined;
  if (scan.command && /\|\|/.test(scan.command)) {
    return 'its exit code is swallowed (`|| true`)';
  }
  if (scan.label.startsWith('include ')) {
    return 'GitLab security template jobs report findings without failing the pipeline';
  }
  return 'the step or job may fail without failing the pipeline (continue-on-error / allow_failure)';
}

const vulnScanBlocking: CheckImplementation = {
  id: 'supply-chain.vuln-scan-blocking',
  evaluate(facts) {
    const none = noEcosystem(facts);
    if (none) return none;
    const scans = dependencyScans(facts);
    const problems: Evidence[] = [];
    const found: Evidence[] = [];
    for (const ecosystem of ecosystemsOf(facts)) {
      const covering = scans.filter(s => s.ecosystems.includes(ecosystem));
      if (covering.length === 0) {
        problems.push({
          message: `${ecosystem}: no dependency vulnerability scan, so nothing can block`,
        });
        continue;
      }
      const blocking = covering.find(s => !weakness(s));
      if (blocking) {
        found.push(
          evidenceAt(
            blocking,
            `${ecosystem}: ${describe(blocking)} fails the build on findings`,
          ),
        );
      } else {
        problems.push(
          ...covering.map(s =>
            evidenceAt(
              s,
              `${ecosystem}: ${describe(s)} cannot fail the build: ${weakness(
                s,
              )}`,
            ),
          ),
        );
      }
    }
    if (problems.length > 0) return fail(...problems);
    return pass(...found);
  },
};

const newDependencyReview: CheckImplementation = {
  id: 'supply-chain.new-dependency-review',
  evaluate(facts) {
    const socket = facts.files.find(f =>
      ['socket.yml', 'socket.yaml'].includes(baseNameOf(f)),
    );
    const unreadable = socket && unparseableConfig(facts, socket);
    if (socket && !unreadable)
      return pass({
        message: `Socket.dev reviews dependency changes (${socket})`,
        file: socket,
      });
    const review = findToolUses(facts, {
      actions: ['actions/dependency-review-action'],
    })[0];
    if (review)
      return pass(
        evidenceAt(
          review,
          `\`${review.label}\` reviews dependency changes in ${review.file}`,
        ),
      );
    const snyk = findToolUses(facts, {
      actions: ['snyk/actions/'],
      // `npx snyk@1.1296.2 test` runs the same CLI.
      command: /\bsnyk(?:@[\w.^~-]+)?\s+test\b/,
    }).find(u => u.onPullRequest);
    if (snyk)
      return pass(
        evidenceAt(
          snyk,
          `Snyk checks pull requests: \`${snyk.label}\` in ${snyk.file}`,
        ),
      );
    // Socket.dev would reject a socket.yml it cannot parse; whether it gates anything is unknown.
    if (unreadable) return errored(unreadable);
    return fail({
      message:
        'No review gate for new dependencies: no socket.yml, no actions/dependency-review-action, no Snyk pull-request check',
    });
  },
};

const cargoDenyPolicy: CheckImplementation = {
  id: 'supply-chain.cargo-deny-policy',
  evaluate(facts) {
    const denyToml =
      facts.files.find(f => baseNameOf(f) === 'deny.toml') ??
      Object.keys(facts.configFiles).find(f => baseNameOf(f) === 'deny.toml');
    const run = findToolUses(facts, {
      actions: ['embarkstudios/cargo-deny-action'],
      command: /\bcargo[- ]deny\b.*\bcheck\b/,
    })[0];
    const missing: Evidence[] = [];
    if (!denyToml) missing.push({ message: 'No deny.toml policy file' });
    if (!run)
      missing.push({
        message:
          'No CI step runs `cargo deny check` or EmbarkStudios/cargo-deny-action',
      });
    if (missing.length > 0) {
      const found: Evidence[] = [];
      if (denyToml)
        found.push({ message: `Found ${denyToml}`, file: denyToml });
      if (run)
        found.push(evidenceAt(run, `Found \`${run.label}\` in ${run.file}`));
      return fail(...missing, ...found);
    }
    return pass(
      { message: `Policy in ${denyToml}`, file: denyToml },
      evidenceAt(run!, `\`${run!.label}\` enforces it in ${run!.file}`),
    );
  },
};

/**
 * Checks about dependency scanning and review in CI.
 *
 * @internal
 */
export const scanningChecks: CheckImplementation[] = [
  dependencyVulnScan,
  vulnScanBlocking,
  newDependencyReview,
  cargoDenyPolicy,
];
