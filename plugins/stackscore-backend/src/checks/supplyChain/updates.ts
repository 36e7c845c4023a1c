import type {
  CheckOutcome,
  Ecosystem,
  EntityFacts,
  Evidence,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, notApplicable, pass } from '../outcomes';
import { evidenceAt, findToolUses } from './ciSteps';
import { ecosystemsOf } from './manifests';
import { type ReadableBots, judgeReadableBots } from './updateBots';

/** Dependabot `package-ecosystem` names that cover each ecosystem. */
const dependabotNames: Record<Ecosystem, string[]> = {
  go: ['gomod'],
  node: ['npm', 'yarn', 'pnpm', 'bun'],
  python: ['pip', 'uv', 'pipenv', 'poetry', 'pip-compile'],
  rust: ['cargo'],
  java: ['maven', 'gradle'],
};

/** Renovate managers that cover each ecosystem, for configs that restrict `enabledManagers`. */
const renovateManagers: Record<Ecosystem, string[]> = {
  go: ['gomod'],
  node: ['npm'],
  python: [
    'pip_requirements',
    'pep621',
    'poetry',
    'pipenv',
    'pip_setup',
    'setup-cfg',
    'pip-compile',
    'pep723',
  ],
  rust: ['cargo'],
  java: ['maven', 'gradle', 'maven-wrapper', 'gradle-wrapper'],
};

const automatedUpdates: CheckImplementation = {
  id: 'supply-chain.automated-updates',
  evaluate(facts) {
    const ecosystems = ecosystemsOf(facts);
    if (ecosystems.length === 0)
      return notApplicable('No go, node, python, rust or java manifest found');
    return judgeReadableBots(facts, bots => updatesOutcome(ecosystems, bots));
  },
};

function updatesOutcome(
  ecosystems: readonly Ecosystem[],
  { dependabot, renovate }: ReadableBots,
): CheckOutcome {
  if (renovate && renovate.config.enabled !== false) {
    const managers = renovate.config.enabledManagers;
    const missing = Array.isArray(managers)
      ? ecosystems.filter(
          e => !renovateManagers[e].some(m => managers.includes(m)),
        )
      : [];
    const stillMissing = missing.filter(
      e =>
        !dependabot?.updates.some(u =>
          dependabotNames[e].includes(u.ecosystem),
        ),
    );
    if (stillMissing.length === 0) {
      const alsoDependabot =
        missing.length > 0 ? ' (with Dependabot for the rest)' : '';
      return pass({
        message: `Renovate (${renovate.file}) updates ${ecosystems.join(
          ', ',
        )}${alsoDependabot}`,
        file: renovate.file,
      });
    }
    return fail(
      ...stillMissing.map(e => ({
        message: `${e}: Renovate's enabledManagers in ${renovate.file} leave it out and no Dependabot entry covers it`,
        file: renovate.file,
      })),
    );
  }
  if (dependabot) {
    const problems: Evidence[] = [];
    const found: Evidence[] = [];
    for (const ecosystem of ecosystems) {
      const entry = dependabot.updates.find(u =>
        dependabotNames[ecosystem].includes(u.ecosystem),
      );
      if (entry)
        found.push(
          evidenceAt(
            { file: dependabot.file, line: entry.line },
            `${ecosystem}: Dependabot \`${entry.ecosystem}\` in ${dependabot.file}`,
          ),
        );
      else
        problems.push({
          message: `${ecosystem}: ${dependabot.file} has no \`package-ecosystem: ${dependabotNames[ecosystem][0]}\` entry`,
          file: dependabot.file,
        });
    }
    return problems.length > 0 ? fail(...problems) : pass(...found);
  }
  return fail({
    message: renovate
      ? `Renovate is disabled in ${renovate.file} and there is no .github/dependabot.yml`
      : 'No .github/dependabot.yml and no Renovate config (renovate.json, .renovaterc, package.json#renovate)',
  });
}

const automergePresets = [
  ':automergepatch',
  ':automergeminor',
  ':automergeall',
  ':automergemajor',
  ':automergestablenonmajor',
  ':automergenonmajor',
];

function renovateAutomerge(
  config: Record<string, unknown>,
): string | undefined {
  if (config.automerge === true)
    return 'top-level `automerge: true` (every update, patches included)';
  const presets = Array.isArray(config.extends) ? config.extends : [];
  const preset = presets.find(
    (p): p is string =>
      typeof p === 'string' &&
      automergePresets.some(a => p.toLowerCase().endsWith(a)),
  );
  if (preset) return `the \`${preset}\` preset`;
  const rules = Array.isArray(config.packageRules) ? config.packageRules : [];
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object') continue;
    const { automerge, matchUpdateTypes } = rule as Record<string, unknown>;
    if (automerge !== true) continue;
    if (!Array.isArray(matchUpdateTypes))
      return 'a packageRules entry with `automerge: true` for every update type';
    if (matchUpdateTypes.includes('patch'))
      return 'a packageRules entry with `matchUpdateTypes` including `patch` and `automerge: true`';
  }
  return undefined;
}

const patchAutomerge: CheckImplementation = {
  id: 'supply-chain.patch-automerge',
  evaluate(facts) {
    return judgeReadableBots(facts, bots => automergeOutcome(facts, bots));
  },
};

function automergeOutcome(
  facts: EntityFacts,
  { dependabot, renovate }: ReadableBots,
): CheckOutcome {
  if (renovate) {
    const how = renovateAutomerge(renovate.config);
    if (how)
      return pass({
        message: `Renovate auto-merges patch updates with ${how} (${renovate.file})`,
        file: renovate.file,
      });
  }
  const fetchMetadata = findToolUses(facts, {
    actions: ['dependabot/fetch-metadata'],
  });
  const ghMerge = findToolUses(facts, {
    command: /\bgh\s+pr\s+merge\b/,
  }).find(use => fetchMetadata.some(f => f.file === use.file));
  const merge =
    ghMerge ??
    findToolUses(facts, {
      actions: [
        'fastify/github-action-merge-dependabot',
        'ahmadnassri/action-dependabot-auto-merge',
      ],
    })[0];
  if (merge) {
    return pass(
      evidenceAt(
        merge,
        `Dependabot pull requests are auto-merged: \`${merge.label}\` in ${merge.file}`,
      ),
    );
  }
  const missing: Evidence[] = [];
  if (renovate)
    missing.push({
      message: `${renovate.file} has no automerge rule covering patch updates`,
      file: renovate.file,
    });
  if (dependabot)
    missing.push({
      message:
        'No workflow auto-merges Dependabot patch updates (dependabot/fetch-metadata + `gh pr merge --auto`)',
    });
  if (!renovate && !dependabot)
    missing.push({
      message:
        'No update bot is configured, so nothing auto-merges patch updates',
    });
  return fail(...missing);
}

/**
 * Checks about dependency update bots.
 *
 * @internal
 */
export const updateChecks: CheckImplementation[] = [
  automatedUpdates,
  patchAutomerge,
];
