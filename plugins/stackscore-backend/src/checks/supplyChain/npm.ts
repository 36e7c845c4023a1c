import { parse as parseYaml } from 'yaml';
import type {
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import {
  combineOutcomes,
  errored,
  fail,
  notApplicable,
  pass,
} from '../outcomes';
import {
  ciCommands,
  ciSteps,
  dockerCommands,
  evidenceAt,
  usesAction,
} from './ciSteps';
import { classifyInstall, installContext } from './installs';
import { baseNameOf, readableModules } from './manifests';
import { assertYamlNesting } from '../../collectors/yamlNesting';

/**
 * Key/value lines of an `.npmrc` (ini without sections); comments dropped.
 *
 * @internal
 */
export function readNpmrc(content: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    entries.set(
      line.slice(0, eq).trim(),
      line
        .slice(eq + 1)
        .trim()
        .replace(/^["']|["']$/g, ''),
    );
  }
  return entries;
}

function npmrcFiles(
  facts: EntityFacts,
): { file: string; entries: Map<string, string> }[] {
  return Object.entries(facts.configFiles)
    .filter(([file]) => baseNameOf(file) === '.npmrc')
    .map(([file, content]) => ({ file, entries: readNpmrc(content) }));
}

function yamlConfig(
  facts: EntityFacts,
  name: string,
): { file: string; data: Record<string, unknown> }[] {
  const result: { file: string; data: Record<string, unknown> }[] = [];
  for (const [file, content] of Object.entries(facts.configFiles)) {
    if (baseNameOf(file) !== name) continue;
    try {
      assertYamlNesting(content, file);
      const data = parseYaml(content);
      if (data && typeof data === 'object')
        result.push({ file, data: data as Record<string, unknown> });
    } catch {
      // An unreadable config file is no evidence either way.
    }
  }
  return result;
}

function names(value: unknown): string[] {
  if (Array.isArray(value))
    return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, allowed]) => allowed !== false)
      .map(([name]) => name);
  }
  return [];
}

interface ScriptPolicy {
  /** Packages allowed to run install scripts, with where the list is. */
  allowlist: Set<string>;
  allowlistSources: string[];
  /** pnpm ≥ 10 or bun: dependency install scripts are skipped unless allowlisted. */
  skippedByDefault?: string;
}

function pnpmMajor(facts: EntityFacts): number | undefined {
  for (const module of readableModules(facts, 'node')) {
    const pm = module.settings.packageManager;
    const match = typeof pm === 'string' ? /^pnpm@(\d+)/.exec(pm) : null;
    if (match) return parseInt(match[1], 10);
  }
  for (const step of ciSteps(facts)) {
    if (!usesAction(step.step, 'pnpm/action-setup')) continue;
    const match = /^(\d+)/.exec(step.step.with?.version ?? '');
    if (match) return parseInt(match[1], 10);
  }
  return undefined;
}

function scriptPolicy(
  facts: EntityFacts,
  orgAllowlist: readonly string[],
): ScriptPolicy {
  const allowlist = new Set<string>(orgAllowlist);
  const allowlistSources: string[] =
    orgAllowlist.length > 0 ? ['the organisation allowlist'] : [];
  let reEnabled = false;
  const add = (list: string[], source: string) => {
    if (list.length === 0) return;
    list.forEach(n => allowlist.add(n));
    allowlistSources.push(source);
  };
  for (const module of readableModules(facts, 'node')) {
    const pnpm = (module.settings.pnpm ?? {}) as Record<string, unknown>;
    add(
      names(pnpm.onlyBuiltDependencies),
      `pnpm.onlyBuiltDependencies in ${module.manifests[0]}`,
    );
    add(names(pnpm.allowBuilds), `pnpm.allowBuilds in ${module.manifests[0]}`);
    add(
      names(module.settings.trustedDependencies),
      `trustedDependencies in ${module.manifests[0]}`,
    );
    if (pnpm.dangerouslyAllowAllBuilds === true) reEnabled = true;
  }
  for (const { file, data } of yamlConfig(facts, 'pnpm-workspace.yaml')) {
    add(names(data.onlyBuiltDependencies), `onlyBuiltDependencies in ${file}`);
    add(names(data.allowBuilds), `allowBuilds in ${file}`);
    if (data.dangerouslyAllowAllBuilds === true) reEnabled = true;
  }
  let skippedByDefault: string | undefined;
  const major = pnpmMajor(facts);
  const bun =
    facts.lockfiles.some(l => l.format === 'bun-lock') ||
    facts.files.some(f => ['bun.lock', 'bun.lockb'].includes(baseNameOf(f)));
  if (!reEnabled && major !== undefined && major >= 10) {
    skippedByDefault = `pnpm ${major} skips dependency install scripts by default`;
  } else if (!reEnabled && bun) {
    skippedByDefault = 'bun skips dependency install scripts by default';
  }
  return { allowlist, allowlistSources, skippedByDefault };
}

const npmIgnoreScripts: CheckImplementation = {
  id: 'supply-chain.npm-ignore-scripts',
  evaluate(facts) {
    const policy = scriptPolicy(facts, []);
    if (policy.skippedByDefault)
      return pass({ message: policy.skippedByDefault });
    const npmrc = npmrcFiles(facts).find(
      n => n.entries.get('ignore-scripts') === 'true',
    );
    if (npmrc)
      return pass({
        message: `${npmrc.file} sets ignore-scripts=true`,
        file: npmrc.file,
      });
    const pnpmList = policy.allowlistSources.find(
      s => s.includes('onlyBuiltDependencies') || s.includes('allowBuilds'),
    );
    if (pnpmList)
      return pass({
        message: `pnpm builds only allowlisted dependencies (${pnpmList})`,
      });
    const yarnrc = yamlConfig(facts, '.yarnrc.yml').find(
      y => y.data.enableScripts === false,
    );
    if (yarnrc)
      return pass({
        message: `${yarnrc.file} sets enableScripts: false`,
        file: yarnrc.file,
      });
    const installs: {
      text: string;
      file: string;
      line?: number;
      ignore: boolean;
    }[] = [];
    const sources = [
      { commands: ciCommands(facts), inCi: true },
      {
        commands: dockerCommands(facts, { productionOnly: true }),
        inCi: false,
      },
    ];
    for (const { commands, inCi } of sources) {
      const context = installContext(facts, inCi);
      for (const command of commands) {
        const runs = classifyInstall(command.text, context).runsNodeScripts;
        if (runs) installs.push({ ...command, ignore: runs.ignoreScripts });
      }
    }
    const running = installs.filter(i => !i.ignore);
    if (running.length > 0) {
      return fail(
        ...running.map(i =>
          evidenceAt(
            i,
            `\`${i.text}\` runs dependency install scripts (add --ignore-scripts) in ${i.file}`,
          ),
        ),
      );
    }
    if (installs.length > 0) {
      return pass(
        ...installs.map(i =>
          evidenceAt(i, `\`${i.text}\` skips install scripts in ${i.file}`),
        ),
      );
    }
    return fail({
      message:
        'No install in CI or production Dockerfiles uses --ignore-scripts, and no .npmrc ignore-scripts=true or pnpm onlyBuiltDependencies was found',
    });
  },
};

const installScriptsReviewed: CheckImplementation = {
  id: 'supply-chain.install-scripts-reviewed',
  evaluate(facts, settings) {
    const lockfiles = facts.lockfiles.filter(l => l.ecosystem === 'node');
    if (lockfiles.length === 0) {
      return fail({
        message:
          'No Node lockfile to read install scripts from; commit one and review its install scripts',
      });
    }
    const policy = scriptPolicy(facts, settings.installScriptAllowlist);
    const unreviewed: Evidence[] = [];
    const reviewed: string[] = [];
    const errors = lockfiles
      .filter(l => l.error)
      .map(l =>
        errored({
          message: `Could not read ${l.file}: ${l.error}`,
          file: l.file,
        }),
      );
    for (const lockfile of lockfiles.filter(l => !l.error)) {
      for (const pkg of lockfile.packages.filter(p => p.hasInstallScript)) {
        if (policy.allowlist.has(pkg.name)) reviewed.push(pkg.name);
        else if (!unreviewed.some(e => e.message.startsWith(`${pkg.name} `))) {
          unreviewed.push({
            message: `${pkg.name} ${
              pkg.version ?? ''
            } has an install script and is not on an allowlist (${
              lockfile.file
            })`.replace('  ', ' '),
            file: lockfile.file,
          });
        }
      }
    }
    if (unreviewed.length > 0 && !policy.skippedByDefault)
      return fail(...unreviewed);
    const outcome = combineOutcomes(errors);
    if (outcome.status === 'error') return outcome;
    const evidence: Evidence[] = [];
    if (reviewed.length > 0) {
      evidence.push({
        message: `Allowlisted install scripts: ${[...new Set(reviewed)].join(
          ', ',
        )} (${policy.allowlistSources.join('; ')})`,
      });
    }
    if (unreviewed.length > 0) {
      evidence.push({
        message: `${
          policy.skippedByDefault
        }; not allowlisted, so never run: ${unreviewed
          .map(e => e.message.split(' ')[0])
          .join(', ')}`,
      });
    }
    if (evidence.length === 0) {
      evidence.push({
        message: `No lockfile entry has an install script (${lockfiles
          .map(l => l.file)
          .join(', ')})`,
      });
    }
    return pass(...evidence);
  },
};

function scopeRegistries(facts: EntityFacts): Map<string, string> {
  const mapped = new Map<string, string>();
  for (const { file, entries } of npmrcFiles(facts)) {
    for (const key of entries.keys()) {
      const match = /^@([^:]+):registry$/.exec(key);
      if (match) mapped.set(match[1], file);
    }
  }
  for (const { file, data } of yamlConfig(facts, '.yarnrc.yml')) {
    const scopes = data.npmScopes;
    if (scopes && typeof scopes === 'object') {
      for (const scope of Object.keys(scopes))
        mapped.set(scope.replace(/^@/, ''), file);
    }
  }
  return mapped;
}

const privateScopeRegistry: CheckImplementation = {
  id: 'supply-chain.private-scope-registry',
  evaluate(facts, settings) {
    const scopes = settings.internalNpmScopes.map(s => s.replace(/^@/, ''));
    if (scopes.length === 0) {
      return notApplicable(
        'No internal npm scope is configured (stackscore.checks.internalNpmScopes)',
      );
    }
    const internal: {
      module: ModuleFacts;
      name: string;
      scope: string;
      file: string;
      line?: number;
    }[] = [];
    for (const module of readableModules(facts, 'node')) {
      for (const dep of module.dependencies) {
        const scope = scopes.find(s => dep.name.startsWith(`@${s}/`));
        if (scope)
          internal.push({
            module,
            name: dep.name,
            scope,
            file: dep.file,
            line: dep.line,
          });
      }
    }
    if (internal.length === 0) {
      return notApplicable(
        `No dependency in the internal scope${
          scopes.length > 1 ? 's' : ''
        } ${scopes.map(s => `@${s}`).join(', ')}`,
      );
    }
    const mapped = scopeRegistries(facts);
    const unmapped = [
      ...new Set(internal.filter(i => !mapped.has(i.scope)).map(i => i.scope)),
    ];
    if (unmapped.length > 0) {
      return fail(
        ...unmapped.map(scope => {
          const first = internal.find(i => i.scope === scope)!;
          return evidenceAt(
            first,
            `${first.name} is internal, but no .npmrc maps @${scope}:registry to the private registry`,
          );
        }),
      );
    }
    const used = [...new Set(internal.map(i => i.scope))];
    return pass(
      ...used.map(scope => ({
        message: `@${scope} is mapped to a registry in ${mapped.get(scope)}`,
        file: mapped.get(scope),
      })),
    );
  },
};

/**
 * Checks about npm install scripts and registries.
 *
 * @internal
 */
export const npmChecks: CheckImplementation[] = [
  npmIgnoreScripts,
  installScriptsReviewed,
  privateScopeRegistry,
];
