import { parse as parseToml } from 'smol-toml';
import type {
  CheckOutcome,
  Dependency,
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import {
  combineOutcomes,
  fail,
  moduleErrors,
  pass,
  signalsOf,
} from '../outcomes';
import { actionName, ciSteps, evidenceAt } from './ciSteps';
import {
  baseNameOf,
  dirOf,
  isAncestorDir,
  nearestConfigFiles,
  pluginConfig,
} from './manifests';
import { classifiedInstallCommands } from './installCommands';

/** Language toolchain setup actions; their versions are judged by toolchain-pinned, not here. */
const toolchainSetupActions = [
  'actions/setup-',
  'dtolnay/rust-toolchain',
  'actions-rs/toolchain',
  'pnpm/action-setup',
  'oven-sh/setup-bun',
  'astral-sh/setup-uv',
  'gradle/actions/setup-gradle',
  'gradle/gradle-build-action',
  'denoland/setup-deno',
  'graalvm/setup-graalvm',
  'ruby/setup-ruby',
];

/** A version written as a channel or range: `latest`, `stable`, `lts/*`, `>=11 <12`, `^1`, `1.x`. */
export function isFloatingVersionValue(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return false;
  if (/^(latest|stable|lts|lts\/\*|current|nightly|beta|edge|\*|x)$/.test(v))
    return true;
  return /[<>^~*|]|(^|\.)x($|\.)/.test(v);
}

function floatingManifestVersion(
  module: ModuleFacts,
  dep: Dependency,
): string | undefined {
  const version = dep.version?.trim();
  if (module.ecosystem === 'node') {
    if (version === undefined) return undefined;
    if (['*', 'latest', 'x', 'X', ''].includes(version)) {
      return `"${dep.name}": "${version}" accepts any version`;
    }
    return undefined;
  }
  if (module.ecosystem === 'java') {
    if (!version) return undefined;
    if (/^[[(].*,.*[\])]$/.test(version))
      return `${dep.name} uses the version range ${version}`;
    if (/^(LATEST|RELEASE)$/.test(version))
      return `${dep.name} uses the dynamic version ${version}`;
    if (/\+$/.test(version) || /^latest\./.test(version)) {
      return `${dep.name} uses the dynamic version ${version}`;
    }
    return undefined;
  }
  if (module.ecosystem === 'python') {
    const locked =
      module.lockfiles.length > 0 || module.settings.hashPinned === true;
    if (locked || !/requirements[^/]*\.txt$/.test(dep.file)) return undefined;
    if (version && /^===?[^=<>~!*]+$/.test(version)) return undefined;
    return `${dep.name}${
      version ? ` ${version}` : ''
    } is not pinned with == and there is no lockfile`;
  }
  return undefined;
}

function toolFindings(facts: EntityFacts): Evidence[] {
  const findings: Evidence[] = [];
  for (const { command, install } of classifiedInstallCommands(facts)) {
    const at = (message: string) =>
      findings.push(evidenceAt(command, `${message} in ${command.file}`));
    for (const tool of install.tools.filter(t => !t.pinned)) {
      at(
        `\`${tool.manager}\` installs \`${tool.spec}\` without an exact version`,
      );
    }
    if (install.floatingInstaller) {
      at(
        `\`${install.floatingInstaller}\` pipes an unversioned installer into a shell`,
      );
    }
    if (
      install.latestReference &&
      !install.tools.some(t => t.spec === install.latestReference)
    ) {
      at(`\`${install.latestReference}\` floats with each release`);
    }
  }
  for (const step of ciSteps(facts)) {
    const name = actionName(step.step);
    if (!name || toolchainSetupActions.some(a => name.startsWith(a))) continue;
    for (const [key, value] of Object.entries(step.step.with ?? {})) {
      if (!/(^|[-_])version$/i.test(key) || typeof value !== 'string') continue;
      if (isFloatingVersionValue(value)) {
        findings.push(
          evidenceAt(
            step,
            `\`${step.step.uses}\` runs with \`${key}: ${value}\`, a floating tool version, in ${step.file}`,
          ),
        );
      }
    }
  }
  return findings;
}

const noFloatingVersions: CheckImplementation = {
  id: 'supply-chain.no-floating-versions',
  evaluate(facts) {
    const findings: Evidence[] = [];
    for (const module of facts.modules.filter(m => !m.error)) {
      for (const dep of module.dependencies) {
        const problem = floatingManifestVersion(module, dep);
        if (problem) findings.push(evidenceAt(dep, `${problem} (${dep.file})`));
      }
    }
    for (const match of signalsOf(
      facts,
      'supply-chain.gradle-dynamic-version',
    )) {
      if (!findings.some(f => f.file === match.file && f.line === match.line)) {
        findings.push({
          message: `Dynamic Gradle version: \`${match.text}\``,
          file: match.file,
          line: match.line,
        });
      }
    }
    findings.push(...toolFindings(facts));
    if (findings.length > 0) return fail(...findings);
    const errors = moduleErrors(facts.modules);
    if (errors.length > 0) return combineOutcomes(errors);
    return pass({
      message:
        'Every declared dependency and every tool installed in CI and Dockerfiles has a fixed version (or a committed lockfile)',
    });
  },
};

function goToolchain(module: ModuleFacts): CheckOutcome {
  const file = module.manifests[0];
  const value = module.toolchain?.value ?? '';
  const minor = /^(?:go)?1\.(\d+)/.exec(value.trim());
  if (minor && parseInt(minor[1], 10) >= 21) {
    return pass(
      evidenceAt(
        { file, line: module.toolchain?.line },
        `${file} declares \`go ${value}\``,
      ),
    );
  }
  if (minor) {
    return fail(
      evidenceAt(
        { file, line: module.toolchain?.line },
        `${file} declares \`go ${value}\`; Go 1.21 or later is needed for the go line to pin the toolchain`,
      ),
    );
  }
  return fail({ message: `${file} has no \`go\` directive`, file });
}

function hasVersionNumber(text: string): boolean {
  // `lts/iron` names one release line, like a major version; `lts/*` follows whichever is current.
  const value = text.trim();
  return (
    /^lts\/[a-z]+$/i.test(value) ||
    (/\d/.test(value) && !value.startsWith('lts/'))
  );
}

function nodeToolchain(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const file = module.manifests[0];
  const pinnedBy = (m: ModuleFacts): string | undefined => {
    const engines = m.settings.engines as Record<string, unknown> | undefined;
    if (typeof engines?.node === 'string' && engines.node.trim() !== '') {
      return `engines.node "${engines.node}" in ${m.manifests[0]}`;
    }
    const volta = m.settings.volta as Record<string, unknown> | undefined;
    if (typeof volta?.node === 'string')
      return `volta.node ${volta.node} in ${m.manifests[0]}`;
    const pm = m.settings.packageManager;
    if (typeof pm === 'string' && /^bun@\d/.test(pm))
      return `packageManager ${pm} in ${m.manifests[0]}`;
    return undefined;
  };
  const ancestors = facts.modules.filter(
    m => m.ecosystem === 'node' && !m.error && isAncestorDir(m.dir, module.dir),
  );
  for (const m of [module, ...ancestors]) {
    const by = pinnedBy(m);
    if (by)
      return pass({ message: `Node is pinned by ${by}`, file: m.manifests[0] });
  }
  for (const { file: pinFile, content } of nearestConfigFiles(
    facts,
    module.dir,
    ['.nvmrc', '.node-version'],
  )) {
    if (hasVersionNumber(content)) {
      return pass({
        message: `Node is pinned by ${pinFile} (${content.trim()})`,
        file: pinFile,
      });
    }
    return fail({
      message: `${pinFile} names \`${content.trim()}\`, a channel, not a version`,
      file: pinFile,
    });
  }
  return fail({
    message: `${file}: no engines.node, .nvmrc, .node-version or volta.node pins the Node version`,
    file,
  });
}

function pythonToolchain(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  const file = module.manifests[0];
  if (module.toolchain) {
    return pass(
      evidenceAt(
        module.toolchain,
        `requires-python \`${module.toolchain.value}\` in ${module.toolchain.file}`,
      ),
    );
  }
  const versionFiles = facts.files.filter(
    f =>
      baseNameOf(f) === '.python-version' &&
      isAncestorDir(dirOf(f), module.dir),
  );
  if (module.settings.pythonVersionFile === true || versionFiles.length > 0) {
    const pinFile = versionFiles[0] ?? '.python-version';
    return pass({ message: `Python is pinned by ${pinFile}`, file: pinFile });
  }
  return fail({
    message: `${file}: no requires-python and no .python-version`,
    file,
  });
}

function rustToolchain(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const file = module.manifests[0];
  const pins = nearestConfigFiles(facts, module.dir, [
    'rust-toolchain.toml',
    'rust-toolchain',
  ]);
  const pinFile =
    pins[0]?.file ??
    facts.files.find(
      f =>
        ['rust-toolchain.toml', 'rust-toolchain'].includes(baseNameOf(f)) &&
        isAncestorDir(dirOf(f), module.dir),
    );
  if (!pinFile) {
    return fail({
      message: `${file}: no rust-toolchain.toml pins the compiler`,
      file,
    });
  }
  const content = pins[0]?.content;
  if (content === undefined)
    return pass({ message: `Rust is pinned by ${pinFile}`, file: pinFile });
  let channel: string | undefined;
  try {
    const parsed = parseToml(content) as { toolchain?: { channel?: unknown } };
    channel =
      typeof parsed.toolchain?.channel === 'string'
        ? parsed.toolchain.channel
        : undefined;
  } catch {
    // The legacy `rust-toolchain` file holds just the channel name.
    channel = content.trim().split('\n')[0];
  }
  if (channel && !/\d/.test(channel)) {
    return fail({
      message: `${pinFile} follows the \`${channel}\` channel instead of a version`,
      file: pinFile,
    });
  }
  return pass({
    message: `Rust is pinned by ${pinFile}${
      channel ? ` (channel ${channel})` : ''
    }`,
    file: pinFile,
  });
}

function javaPin(facts: EntityFacts, m: ModuleFacts): string | undefined {
  const file = m.manifests[0];
  if (m.toolchain)
    return `Java ${m.toolchain.value} declared in ${m.toolchain.file}`;
  const properties = (m.settings.properties ?? {}) as Record<string, unknown>;
  if (properties['maven.compiler.release'] !== undefined) {
    return `maven.compiler.release ${String(
      properties['maven.compiler.release'],
    )} in ${file}`;
  }
  const parent = m.settings.parent as { artifactId?: string } | undefined;
  if (
    properties['java.version'] !== undefined &&
    parent?.artifactId === 'spring-boot-starter-parent'
  ) {
    return `java.version ${String(
      properties['java.version'],
    )} under spring-boot-starter-parent in ${file}`;
  }
  const compiler = pluginConfig(m, 'maven-compiler-plugin');
  const release = (compiler?.config as Record<string, unknown> | undefined)
    ?.release;
  if (release !== undefined)
    return `maven-compiler-plugin release ${String(release)} in ${file}`;
  const toolchain = signalsOf(
    facts,
    'supply-chain.gradle-java-toolchain',
    m.dir,
  )[0];
  if (toolchain) return `a Gradle toolchain in ${toolchain.file}`;
  return undefined;
}

function javaToolchain(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const candidates = [
    module,
    ...facts.modules.filter(
      m =>
        m.ecosystem === 'java' &&
        !m.error &&
        m !== module &&
        isAncestorDir(m.dir, module.dir),
    ),
  ];
  for (const m of candidates) {
    const pin = javaPin(facts, m);
    if (pin)
      return pass({
        message: `The Java toolchain is pinned: ${pin}`,
        file: m.manifests[0],
      });
  }
  const file = module.manifests[0];
  return fail({
    message: `${file}: no maven.compiler.release, <java.version> under the Spring Boot parent, or Gradle toolchain`,
    file,
  });
}

const toolchainPinned: CheckImplementation = {
  id: 'supply-chain.toolchain-pinned',
  evaluate(facts) {
    const outcomes: CheckOutcome[] = facts.modules
      .filter(m => !m.error)
      .map(m => {
        switch (m.ecosystem) {
          case 'go':
            return goToolchain(m);
          case 'node':
            return nodeToolchain(facts, m);
          case 'python':
            return pythonToolchain(facts, m);
          case 'rust':
            return rustToolchain(facts, m);
          default:
            return javaToolchain(facts, m);
        }
      });
    return combineOutcomes(
      [...outcomes, ...moduleErrors(facts.modules)],
      'No manifest found',
    );
  },
};

/**
 * Checks about versions: floating dependency and tool versions, pinned toolchains.
 *
 * @internal
 */
export const versionChecks: CheckImplementation[] = [
  noFloatingVersions,
  toolchainPinned,
];
