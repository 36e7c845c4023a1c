import type { EntityFacts } from '@stackscore/plugin-stackscore-common';

/*
 * Reads package-manager commands from CI steps and Dockerfile RUN lines. Two kinds matter (Semantics,
 * "Frozen installs"): a project dependency restore (installs from this repository's manifest or lockfile
 * without naming packages), judged by frozen-install; and a tool install (names packages), judged by
 * no-floating-versions.
 */

/**
 * A project dependency restore.
 *
 * @internal
 */
export interface Restore {
  manager: string;
  frozen: boolean;
  /** Why it is (not) frozen, for evidence. */
  detail: string;
}

/**
 * A named package or tool installed by a command.
 *
 * @internal
 */
export interface ToolInstall {
  manager: string;
  spec: string;
  pinned: boolean;
}

/**
 * What one command installs.
 *
 * @internal
 */
export interface InstallCommand {
  restores: Restore[];
  tools: ToolInstall[];
  /** A `curl … | sh` style installer without a version. */
  floatingInstaller?: string;
  /** `@latest` anywhere in a package reference. */
  latestReference?: string;
  /** npm/yarn/pnpm/bun install that runs lifecycle scripts unless told not to. */
  runsNodeScripts?: { manager: string; ignoreScripts: boolean };
}

/**
 * What the classifier needs to know about the repository and the command's context.
 *
 * @internal
 */
export interface InstallContext {
  /** CI sets `CI=true`, which freezes pnpm (and Yarn Berry) installs. */
  inCi: boolean;
  /** The repository uses Yarn 2+ (a `.yarnrc.yml`). */
  yarnBerry: boolean;
  /** A `poetry.lock` is committed. */
  poetryLock: boolean;
  /** Requirements files that are locks (hash-pinned or named as locks). */
  lockedRequirements: ReadonlySet<string>;
}

/**
 * The install context of a repository.
 *
 * @internal
 */
export function installContext(
  facts: EntityFacts,
  inCi: boolean,
): InstallContext {
  const lockedRequirements = new Set<string>();
  for (const lockfile of facts.lockfiles) {
    if (lockfile.format === 'pip-requirements-lock') {
      lockedRequirements.add(baseName(lockfile.file));
    }
  }
  for (const module of facts.modules) {
    if (module.ecosystem === 'python' && module.settings.hashPinned === true) {
      for (const manifest of module.manifests) {
        if (/requirements.*\.txt$/.test(manifest)) {
          lockedRequirements.add(baseName(manifest));
        }
      }
    }
  }
  return {
    inCi,
    yarnBerry: facts.files.some(f => baseName(f) === '.yarnrc.yml'),
    poetryLock:
      facts.lockfiles.some(l => l.format === 'poetry-lock') ||
      facts.files.some(f => baseName(f) === 'poetry.lock'),
    lockedRequirements,
  };
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

/** Splits a command into words, honouring simple quotes. */
export function words(command: string): string[] {
  const result: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const char of command) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started || current) result.push(current);
      current = '';
      started = false;
    } else {
      current += char;
    }
  }
  if (started || current) result.push(current);
  return result;
}

/** Options of each manager that take a value, so the value is not read as a package. */
const valueOptions: Record<string, Set<string>> = {
  npm: new Set([
    '--prefix',
    '-w',
    '--workspace',
    '--registry',
    '--cache',
    '--omit',
    '--include',
    '--tag',
    '-C',
  ]),
  pip: new Set([
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '-t',
    '--target',
    '--prefix',
    '--root',
    '--platform',
    '--python-version',
    '--only-binary',
    '--no-binary',
    '--trusted-host',
    '--cache-dir',
    '--progress-bar',
    '--python',
    '-p',
    '--implementation',
    '--abi',
    '--src',
    '--log',
    '--timeout',
    '--retries',
  ]),
  cargo: new Set([
    '--version',
    '--vers',
    '--git',
    '--branch',
    '--tag',
    '--rev',
    '--path',
    '--root',
    '--features',
    '-F',
    '--target',
    '--profile',
    '--registry',
    '--index',
    '-j',
    '--jobs',
    '--bin',
    '--example',
    '--target-dir',
  ]),
  gem: new Set([
    '-v',
    '--version',
    '-i',
    '--install-dir',
    '-n',
    '--bindir',
    '--source',
    '-s',
  ]),
};

/** Words after the subcommand, with option values removed; returns positional words and flags. */
function positionals(
  args: string[],
  manager: keyof typeof valueOptions,
): { positional: string[]; flags: string[] } {
  const positional: string[] = [];
  const flags: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('-')) {
      flags.push(arg);
      if (!arg.includes('=') && valueOptions[manager].has(arg)) {
        flags.push(`${arg}=${args[i + 1] ?? ''}`);
        i++;
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

const versionNumber = /\d+\.\d+|\bv\d+\b|@\d/;
const pipTooling = new Set(['pip', 'setuptools', 'wheel']);

/** Index of the first word equal to one of `names` (skipping `sudo`, env assignments, `python -m`). */
function indexOfProgram(tokens: string[], names: string[]): number {
  return tokens.findIndex(t => names.includes(t));
}

function npmSpecPinned(spec: string): boolean {
  // `@scope/name@1.2.3`, `name@1.2.3`: the version follows the last `@` that is not the first character.
  const at = spec.lastIndexOf('@');
  if (at <= 0) return false;
  const version = spec.slice(at + 1);
  return /^v?\d+\.\d+\.\d+([-+][\w.]+)?$/.test(version);
}

function isLocalPath(spec: string): boolean {
  return (
    spec === '.' ||
    spec.startsWith('./') ||
    spec.startsWith('../') ||
    spec.startsWith('/') ||
    spec.startsWith('file:') ||
    /\.(whl|tar\.gz|zip|tgz)$/.test(spec)
  );
}

function classifyNode(
  tokens: string[],
  at: number,
  context: InstallContext,
  result: InstallCommand,
) {
  const manager = tokens[at];
  const rest = tokens.slice(at + 1);
  const sub = rest.find(t => !t.startsWith('-')) ?? '';
  const afterSub = rest.slice(rest.indexOf(sub) + 1);
  const { positional, flags } = positionals(afterSub, 'npm');
  const has = (...names: string[]) =>
    flags.some(f => names.includes(f.split('=')[0]));
  const ignoreScripts =
    has('--ignore-scripts') || flags.includes('--mode=skip-build');
  const global =
    has('-g', '--global') || (manager === 'yarn' && sub === 'global');
  const packages =
    manager === 'yarn' && sub === 'global' ? positional.slice(1) : positional;
  const installVerbs: Record<string, string[]> = {
    npm: ['install', 'i', 'add', 'isntall', 'ci'],
    pnpm: ['install', 'i', 'add', 'fetch'],
    yarn: ['install', 'add', 'global', ''],
    bun: ['install', 'i', 'add', 'ci'],
  };
  if (!installVerbs[manager]?.includes(sub)) return;
  if (
    manager === 'yarn' &&
    sub === '' &&
    rest.length > 0 &&
    !rest.every(t => t.startsWith('-'))
  )
    return;
  result.runsNodeScripts = { manager, ignoreScripts };
  const namesPackages =
    sub === 'add' ||
    global ||
    (packages.length > 0 && sub !== 'ci' && sub !== 'fetch');
  if (namesPackages) {
    for (const spec of packages) {
      if (isLocalPath(spec) || spec.startsWith('workspace:')) continue;
      result.tools.push({ manager, spec, pinned: npmSpecPinned(spec) });
    }
    return;
  }
  let frozen: boolean;
  let detail: string;
  if (manager === 'npm') {
    frozen = sub === 'ci';
    detail = frozen
      ? '`npm ci` installs exactly the lockfile'
      : '`npm install` may rewrite the lockfile; use `npm ci`';
  } else if (manager === 'pnpm') {
    if (sub === 'fetch' || has('--frozen-lockfile')) {
      frozen = true;
      detail = '`pnpm install --frozen-lockfile` installs exactly the lockfile';
    } else if (has('--no-frozen-lockfile')) {
      frozen = false;
      detail = '`--no-frozen-lockfile` lets pnpm rewrite the lockfile';
    } else {
      frozen = context.inCi;
      detail = context.inCi
        ? 'pnpm freezes the lockfile in CI'
        : 'plain `pnpm install` outside CI may rewrite the lockfile; add `--frozen-lockfile`';
    }
  } else if (manager === 'yarn') {
    frozen =
      has('--immutable', '--frozen-lockfile') ||
      (context.inCi && context.yarnBerry);
    detail = frozen
      ? 'yarn installs exactly the lockfile'
      : '`yarn install` without `--immutable`/`--frozen-lockfile`';
  } else {
    frozen = sub === 'ci' || has('--frozen-lockfile');
    detail = frozen
      ? 'bun installs exactly the lockfile'
      : '`bun install` without `--frozen-lockfile`';
  }
  result.restores.push({ manager, frozen, detail });
}

function classifyPip(
  tokens: string[],
  at: number,
  manager: string,
  context: InstallContext,
  result: InstallCommand,
) {
  const { positional, flags } = positionals(tokens.slice(at + 1), 'pip');
  const requireHashes = flags.includes('--require-hashes');
  const noDeps = flags.includes('--no-deps');
  const requirementFiles: string[] = [];
  const consumed = new Set<string>();
  const specs: string[] = [];
  const rawArgs = tokens.slice(at + 1);
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i];
    if (arg === '-r' || arg === '--requirement') {
      requirementFiles.push(rawArgs[i + 1] ?? '');
      i++;
    } else if (arg.startsWith('--requirement=') || /^-r\S/.test(arg)) {
      requirementFiles.push(arg.replace(/^--requirement=|^-r/, ''));
    } else if (
      arg === '-e' ||
      arg === '--editable' ||
      arg === '-c' ||
      arg === '--constraint'
    ) {
      if (arg === '-e' || arg === '--editable')
        specs.push(rawArgs[i + 1] ?? '.');
      consumed.add(rawArgs[i + 1] ?? '');
      i++;
    }
  }
  for (const spec of positional) {
    if (!requirementFiles.includes(spec) && !consumed.has(spec))
      specs.push(spec);
  }
  for (const file of requirementFiles) {
    const locked =
      requireHashes ||
      /lock/i.test(baseName(file)) ||
      context.lockedRequirements.has(baseName(file));
    result.restores.push({
      manager: 'pip',
      frozen: locked,
      detail: locked
        ? `\`${manager} install -r ${file}\` installs a lock`
        : `\`${manager} install -r ${file}\` resolves versions at install time (not hash-pinned, not a lock)`,
    });
  }
  for (const spec of specs) {
    if (isLocalPath(spec)) {
      const frozen = requireHashes || noDeps;
      result.restores.push({
        manager: 'pip',
        frozen,
        detail: frozen
          ? `\`${manager} install ${spec}\` does not resolve dependencies`
          : `\`${manager} install ${spec}\` resolves the project's dependencies from ranges, not from a lock`,
      });
      continue;
    }
    const name = spec.split(/[=<>!~[;@ ]/)[0].toLowerCase();
    if (pipTooling.has(name) || spec.startsWith('$')) continue;
    result.tools.push({
      manager,
      spec,
      pinned: /===?[^=]/.test(spec) || / @ /.test(spec),
    });
  }
}

function classifyCargo(tokens: string[], at: number, result: InstallCommand) {
  const sub = tokens[at + 1];
  const args = tokens.slice(at + 2);
  const locked = args.some(
    a => a === '--locked' || a === '--frozen' || a === '--offline',
  );
  if (sub === 'build' || sub === 'fetch') {
    result.restores.push({
      manager: 'cargo',
      frozen: locked,
      detail: locked
        ? `\`cargo ${sub} --locked\` uses Cargo.lock as is`
        : `\`cargo ${sub}\` without \`--locked\` may update Cargo.lock`,
    });
    return;
  }
  if (sub !== 'install' && sub !== 'binstall') return;
  if (args.includes('--path')) {
    result.restores.push({
      manager: 'cargo',
      frozen: locked,
      detail: locked
        ? '`cargo install --path … --locked`'
        : '`cargo install --path …` without `--locked` ignores Cargo.lock',
    });
    return;
  }
  const { positional, flags } = positionals(args, 'cargo');
  const versioned = flags.some(
    f =>
      /^--(version|vers|tag|rev)=/.test(f) ||
      f === '--version' ||
      f === '--vers',
  );
  for (const spec of positional) {
    result.tools.push({
      manager: `cargo ${sub}`,
      spec,
      pinned: versioned || /@v?\d/.test(spec),
    });
  }
}

function classifyGo(tokens: string[], at: number, result: InstallCommand) {
  const sub = tokens[at + 1];
  const args = tokens.slice(at + 2).filter(a => !a.startsWith('-'));
  if (sub === 'get') {
    result.restores.push({
      manager: 'go',
      frozen: false,
      detail: '`go get` changes go.mod/go.sum at build time',
    });
  } else if (sub === 'mod' && tokens[at + 2] === 'download') {
    result.restores.push({
      manager: 'go',
      frozen: true,
      detail: '`go mod download` is verified by go.sum',
    });
  } else if (sub === 'build') {
    result.restores.push({
      manager: 'go',
      frozen: true,
      detail: '`go build` is verified by go.sum',
    });
  } else if (sub === 'install' || sub === 'run') {
    for (const spec of args) {
      if (!spec.includes('@')) continue;
      result.tools.push({
        manager: `go ${sub}`,
        spec,
        pinned: /@v\d/.test(spec) || /@\d/.test(spec),
      });
    }
  }
}

/**
 * Reads one shell command.
 *
 * @internal
 */
export function classifyInstall(
  command: string,
  context: InstallContext,
): InstallCommand {
  const result: InstallCommand = { restores: [], tools: [] };
  if (
    /\b(?:curl|wget)\b[^|]*\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b/.test(command) &&
    !versionNumber.test(command)
  ) {
    result.floatingInstaller = command;
  }
  const latest = /(\S+@latest)\b/.exec(command);
  if (latest) result.latestReference = latest[1];
  const tokens = words(command).filter(
    t => !/^[A-Z_][A-Z0-9_]*=/.test(t) && t !== 'sudo',
  );
  const node = indexOfProgram(tokens, ['npm', 'pnpm', 'yarn', 'bun']);
  if (node >= 0) classifyNode(tokens, node, context, result);
  const pip = tokens.findIndex(
    (t, i) => /^pip3?(\.\d+)?$/.test(t) && tokens[i + 1] === 'install',
  );
  if (pip >= 0)
    classifyPip(
      tokens,
      pip + 1,
      tokens[pip - 1] === 'uv' ? 'uv pip' : 'pip',
      context,
      result,
    );
  const pipx = tokens.findIndex(
    (t, i) =>
      (t === 'pipx' && tokens[i + 1] === 'install') ||
      (t === 'uv' && tokens[i + 1] === 'tool' && tokens[i + 2] === 'install'),
  );
  if (pipx >= 0) {
    const at = tokens[pipx] === 'uv' ? pipx + 2 : pipx + 1;
    const { positional } = positionals(tokens.slice(at + 1), 'pip');
    for (const spec of positional) {
      result.tools.push({
        manager: tokens[pipx] === 'uv' ? 'uv tool' : 'pipx',
        spec,
        pinned: /===?[^=]/.test(spec),
      });
    }
  }
  const uv = tokens.findIndex((t, i) => t === 'uv' && tokens[i + 1] === 'sync');
  if (uv >= 0) {
    const frozen = tokens.includes('--frozen') || tokens.includes('--locked');
    result.restores.push({
      manager: 'uv',
      frozen,
      detail: frozen
        ? '`uv sync --frozen/--locked` installs uv.lock as is'
        : '`uv sync` without `--frozen`/`--locked` may update uv.lock',
    });
  }
  const poetry = tokens.findIndex(
    (t, i) => t === 'poetry' && tokens[i + 1] === 'install',
  );
  if (poetry >= 0) {
    result.restores.push({
      manager: 'poetry',
      frozen: context.poetryLock,
      detail: context.poetryLock
        ? '`poetry install` with a committed poetry.lock'
        : '`poetry install` without a committed poetry.lock resolves at install time',
    });
  }
  const pipenv = tokens.findIndex(
    (t, i) =>
      t === 'pipenv' &&
      (tokens[i + 1] === 'install' || tokens[i + 1] === 'sync'),
  );
  if (pipenv >= 0) {
    const args = tokens.slice(pipenv + 2);
    const named = args.filter(a => !a.startsWith('-'));
    if (named.length > 0 && tokens[pipenv + 1] === 'install') {
      for (const spec of named)
        result.tools.push({ manager: 'pipenv', spec, pinned: /==/.test(spec) });
    } else {
      const frozen =
        tokens[pipenv + 1] === 'sync' ||
        args.includes('--deploy') ||
        args.includes('--ignore-pipfile');
      result.restores.push({
        manager: 'pipenv',
        frozen,
        detail: frozen
          ? 'pipenv installs Pipfile.lock as is'
          : '`pipenv install` without `--deploy` may re-lock',
      });
    }
  }
  const pdm = tokens.findIndex(
    (t, i) =>
      t === 'pdm' && (tokens[i + 1] === 'install' || tokens[i + 1] === 'sync'),
  );
  if (pdm >= 0) {
    const frozen =
      tokens[pdm + 1] === 'sync' ||
      tokens.includes('--frozen-lockfile') ||
      tokens.includes('--check');
    result.restores.push({
      manager: 'pdm',
      frozen,
      detail: frozen
        ? 'pdm installs pdm.lock as is'
        : '`pdm install` without `--frozen-lockfile` may re-lock',
    });
  }
  const cargo = tokens.indexOf('cargo');
  if (cargo >= 0) classifyCargo(tokens, cargo, result);
  const go = tokens.indexOf('go');
  if (go >= 0) classifyGo(tokens, go, result);
  const gem = tokens.findIndex(
    (t, i) => t === 'gem' && tokens[i + 1] === 'install',
  );
  if (gem >= 0) {
    const { positional, flags } = positionals(tokens.slice(gem + 2), 'gem');
    const versioned = flags.some(
      f => f.startsWith('-v=') || f.startsWith('--version='),
    );
    for (const spec of positional)
      result.tools.push({
        manager: 'gem',
        spec,
        pinned: versioned || /:\d/.test(spec),
      });
  }
  for (const dlx of ['dlx', 'x']) {
    const at = tokens.findIndex(
      (t, i) => (t === 'pnpm' || t === 'yarn') && tokens[i + 1] === dlx,
    );
    if (at >= 0) {
      const spec = tokens.slice(at + 2).find(t => !t.startsWith('-'));
      if (spec)
        result.tools.push({
          manager: `${tokens[at]} ${dlx}`,
          spec,
          pinned: npmSpecPinned(spec),
        });
    }
  }
  return result;
}
