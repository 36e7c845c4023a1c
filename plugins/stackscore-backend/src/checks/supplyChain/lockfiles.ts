import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  LockfileFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import {
  combineOutcomes,
  errored,
  fail,
  moduleErrors,
  notApplicable,
  pass,
} from '../outcomes';
import { CommandRef, evidenceAt } from './ciSteps';
import { baseNameOf, dirOf, isAncestorDir, readableModules } from './manifests';
import { classifiedInstallCommands } from './installCommands';

const lockfileNames: Record<ModuleFacts['ecosystem'], string[]> = {
  go: ['go.sum'],
  node: [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'pnpm-lock.yaml',
    'yarn.lock',
    'bun.lock',
    'bun.lockb',
  ],
  python: [
    'uv.lock',
    'poetry.lock',
    'requirements.lock',
    'pdm.lock',
    'Pipfile.lock',
  ],
  rust: ['Cargo.lock'],
  java: ['gradle.lockfile'],
};

/** Lockfiles that cover a module: listed by the collector, or committed in its folder or a parent. */
function moduleLockfiles(facts: EntityFacts, module: ModuleFacts): string[] {
  const names = lockfileNames[module.ecosystem];
  const found = facts.files.filter(
    f => names.includes(baseNameOf(f)) && isAncestorDir(dirOf(f), module.dir),
  );
  return [...new Set([...module.lockfiles, ...found])];
}

function lockfileOutcome(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  const manifest = module.manifests[0];
  const label =
    module.dir === '' ? manifest : `${module.dir}/${baseNameOf(manifest)}`;
  const lockfiles = moduleLockfiles(facts, module);
  // A lockfile that does not parse locks nothing a package manager can use; it is an error, not a pass.
  const unreadable = new Map(
    facts.lockfiles
      .filter(l => l.error && lockfiles.includes(l.file))
      .map(l => [l.file, l.error!]),
  );
  const usable = lockfiles.filter(f => !unreadable.has(f));
  if (usable.length > 0) {
    return pass({
      message: `${label} is locked by ${usable.join(', ')}`,
      file: usable[0],
    });
  }
  if (lockfiles.length > 0) {
    return errored(
      ...[...unreadable].map(([file, reason]) => ({
        message: `Could not read ${file}: ${reason}`,
        file,
      })),
    );
  }
  if (module.ecosystem === 'python' && module.settings.hashPinned === true) {
    return pass({
      message: `${label}: requirements are hash-pinned`,
      file: manifest,
    });
  }
  const runtime = module.dependencies.filter(d => d.scope !== 'bom');
  if (runtime.length === 0) {
    return pass({
      message: `${label} declares no dependencies, so there is nothing to lock`,
      file: manifest,
    });
  }
  const expected = {
    go: 'go.sum',
    node: 'package-lock.json, pnpm-lock.yaml, yarn.lock or bun.lock',
    python:
      'uv.lock, poetry.lock, pdm.lock, Pipfile.lock, requirements.lock or hash-pinned requirements',
    rust: 'Cargo.lock',
    java: 'gradle.lockfile',
  }[module.ecosystem];
  return fail({
    message: `${label} has no committed lockfile (expected ${expected})`,
    file: manifest,
  });
}

const lockfileCommitted: CheckImplementation = {
  id: 'supply-chain.lockfile-committed',
  evaluate(facts) {
    const modules = facts.modules.filter(m => m.ecosystem !== 'java');
    if (modules.length === 0) {
      return notApplicable(
        facts.modules.length > 0
          ? 'Java builds are judged by supply-chain.jvm-version-locking'
          : 'No go, node, python or rust manifest found',
      );
    }
    const readable = modules.filter(m => !m.error);
    return combineOutcomes([
      ...readable.map(m => lockfileOutcome(facts, m)),
      ...moduleErrors(modules),
    ]);
  },
};

function restoreCommands(
  facts: EntityFacts,
): { command: CommandRef; frozen: boolean; detail: string; manager: string }[] {
  return classifiedInstallCommands(facts).flatMap(({ command, install }) =>
    install.restores.map(restore => ({ command, ...restore })),
  );
}

const frozenInstall: CheckImplementation = {
  id: 'supply-chain.frozen-install',
  evaluate(facts) {
    const restores = restoreCommands(facts);
    if (restores.length === 0) {
      const onlyJvm =
        facts.modules.length > 0 &&
        facts.modules.every(m => m.ecosystem === 'java');
      return notApplicable(
        onlyJvm
          ? 'Dependencies are only restored by Maven or Gradle builds'
          : 'No dependency restore found in CI or Dockerfiles',
      );
    }
    const hasGoSum = facts.files.some(f => baseNameOf(f) === 'go.sum');
    for (const r of restores) {
      if (r.manager === 'go' && r.frozen && !hasGoSum) {
        r.frozen = false;
        r.detail = 'Go restores are only verified when go.sum is committed';
      }
    }
    const where = (r: (typeof restores)[number]) =>
      evidenceAt(
        r.command,
        `${r.detail} (\`${r.command.text}\` in ${r.command.file})`,
      );
    const unfrozen = restores.filter(r => !r.frozen);
    if (unfrozen.length > 0) return fail(...unfrozen.map(where));
    return pass(...restores.map(where));
  },
};

/** Compromised releases and known-bad versions (catalogue row `hold-list-dependencies`). */
const holdList: {
  name: string;
  bad: (version: string | undefined) => boolean;
  why: string;
}[] = [
  {
    name: 'event-stream',
    bad: v => v === '3.3.6',
    why: 'compromised release (flatmap-stream payload)',
  },
  { name: 'flatmap-stream', bad: () => true, why: 'malicious package' },
  {
    name: 'ua-parser-js',
    bad: v => ['0.7.29', '0.8.0', '1.0.0'].includes(v ?? ''),
    why: 'compromised release',
  },
  {
    name: 'node-ipc',
    bad: v => ['10.1.1', '10.1.2', '10.1.3', '9.2.2'].includes(v ?? ''),
    why: 'malicious release',
  },
  {
    name: 'colors',
    bad: v => ['1.4.1', '1.4.2', '1.4.44-liberty-2'].includes(v ?? ''),
    why: 'sabotaged release',
  },
  {
    name: 'org.apache.logging.log4j:log4j-core',
    bad: v => v !== undefined && compareVersions(v, '2.17.1') < 0,
    why: 'vulnerable to Log4Shell and follow-up CVEs below 2.17.1',
  },
];

/** Compares dotted numeric versions; qualifiers (`-beta9`) sort before the release. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, qualifier] = v.split(/-(.*)/s);
    return { parts: core.split('.').map(p => parseInt(p, 10) || 0), qualifier };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.qualifier && !y.qualifier) return -1;
  if (!x.qualifier && y.qualifier) return 1;
  return 0;
}

const exactVersion = /^v?\d+(\.\d+)*(-[\w.-]+)?$/;

function holdListFindings(
  name: string,
  version: string | undefined,
  file: string,
  line?: number,
): { held: Evidence[]; warnings: Evidence[] } {
  const held: Evidence[] = [];
  const warnings: Evidence[] = [];
  const entry = holdList.find(h => h.name === name);
  if (entry?.bad(version)) {
    held.push(
      evidenceAt(
        { file, line },
        `${name}${version ? ` ${version}` : ''} is on the hold list: ${
          entry.why
        }`,
      ),
    );
  }
  if (name === 'moment') {
    warnings.push(
      evidenceAt(
        { file, line },
        `Warning: moment${
          version ? ` ${version}` : ''
        } is on hold (unmaintained); prefer dayjs, date-fns or Temporal`,
      ),
    );
  }
  return { held, warnings };
}

const holdListDependencies: CheckImplementation = {
  id: 'supply-chain.hold-list-dependencies',
  evaluate(facts) {
    const covered =
      facts.modules.some(
        m => m.ecosystem === 'node' || m.ecosystem === 'java',
      ) || facts.ecosystems.some(e => e === 'node' || e === 'java');
    if (!covered) {
      return notApplicable(
        'The hold list covers node and java; neither was detected',
      );
    }
    const held: Evidence[] = [];
    const warnings: Evidence[] = [];
    const errors: CheckOutcome[] = [];
    const judged: LockfileFacts[] = [];
    for (const lockfile of facts.lockfiles) {
      if (lockfile.ecosystem !== 'node' && lockfile.ecosystem !== 'java')
        continue;
      if (lockfile.error) {
        errors.push(
          errored({
            message: `Could not read ${lockfile.file}: ${lockfile.error}`,
            file: lockfile.file,
          }),
        );
        continue;
      }
      judged.push(lockfile);
      for (const pkg of lockfile.packages) {
        const found = holdListFindings(pkg.name, pkg.version, lockfile.file);
        held.push(...found.held);
        warnings.push(...found.warnings);
      }
    }
    // Modules no lockfile covers are judged on the versions they declare exactly.
    for (const module of [
      ...readableModules(facts, 'node'),
      ...readableModules(facts, 'java'),
    ]) {
      const locked =
        module.lockfiles.some(l => judged.some(j => j.file === l)) ||
        judged.some(
          j =>
            isAncestorDir(dirOf(j.file), module.dir) &&
            j.ecosystem === module.ecosystem,
        );
      if (locked) continue;
      for (const dep of module.dependencies) {
        if (!dep.version || !exactVersion.test(dep.version)) continue;
        const found = holdListFindings(
          dep.name,
          dep.version,
          dep.file,
          dep.line,
        );
        held.push(...found.held);
        warnings.push(...found.warnings);
      }
    }
    const dedupe = (list: Evidence[]) => [
      ...new Map(list.map(e => [`${e.file}:${e.message}`, e])).values(),
    ];
    if (held.length > 0) return fail(...dedupe(held), ...dedupe(warnings));
    const outcome = combineOutcomes([
      ...errors,
      ...moduleErrors(
        facts.modules.filter(
          m => m.ecosystem === 'node' || m.ecosystem === 'java',
        ),
      ),
    ]);
    if (outcome.status === 'error') return outcome;
    return pass(
      {
        message: `No held package resolved in ${
          judged.map(j => j.file).join(', ') || 'the declared versions'
        }`,
      },
      ...dedupe(warnings),
    );
  },
};

/**
 * Checks about lockfiles and how installs use them.
 *
 * @internal
 */
export const lockfileChecks: CheckImplementation[] = [
  lockfileCommitted,
  frozenInstall,
  holdListDependencies,
];
