import type {
  Dependency,
  LockfileFacts,
} from '@stackscore/plugin-stackscore-common';
import { parse as parseToml } from 'smol-toml';
import {
  LineIndex,
  ParsedManifest,
  asArray,
  asRecord,
  asString,
  baseOf,
  entriesOf,
  errorMessage,
  failedLockfile,
  failedManifest,
} from './shared';

/**
 * A project name normalised per PEP 503: lowercase, runs of `-`, `_`, `.` become one `-`.
 *
 * @internal
 */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * The name, extras and version specifier of a PEP 508 requirement string, enough for the checks: markers
 * after `;` are dropped, a direct reference (`name @ url`) has no version. Undefined when no name parses.
 *
 * @internal
 */
export function parsePep508(
  requirement: string,
): { name: string; extras: string[]; version?: string } | undefined {
  const match =
    /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?([^;]*)/.exec(
      requirement,
    );
  if (!match) return undefined;
  const extras = (match[2] ?? '')
    .split(',')
    .map(e => e.trim())
    .filter(Boolean);
  let version: string | undefined = match[3].trim();
  if (version.startsWith('@')) version = undefined;
  else if (version.startsWith('(') && version.endsWith(')')) {
    version = version.slice(1, -1).trim();
  }
  if (version !== undefined && version !== '' && !/^[<>=!~]/.test(version)) {
    return undefined;
  }
  return {
    name: normalizePythonName(match[1]),
    extras,
    version: version || undefined,
  };
}

/** Builds a dependency from a PEP 508 string, or undefined when it does not parse. */
function pep508Dependency(
  requirement: string,
  scope: Dependency['scope'],
  file: string,
  line: number | undefined,
): Dependency | undefined {
  const parsed = parsePep508(requirement);
  if (!parsed) return undefined;
  return {
    name: parsed.name,
    ...(parsed.version ? { version: parsed.version } : {}),
    scope,
    ...(parsed.extras.length > 0 ? { features: parsed.extras } : {}),
    file,
    ...(line ? { line } : {}),
  };
}

const devGroupNames =
  /^(dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|types|mypy|ci|check|qa)$/i;

/** Finds the line of a quoted string in a TOML text, searching after a section header when one is given. */
function tomlStringLine(
  lines: LineIndex,
  value: string,
  from: number,
): number | undefined {
  return (
    lines.find(`"${value}"`, from) ??
    lines.find(`'${value}'`, from) ??
    lines.find(`"${value}"`) ??
    lines.find(`'${value}'`)
  );
}

/** Finds the line of a TOML key (`key =`, `"key" =`) after an offset. */
function tomlKeyLine(
  lines: LineIndex,
  key: string,
  from: number,
): number | undefined {
  const text = lines.text;
  const pattern = new RegExp(
    `^[ \\t]*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?[ \\t]*=`,
    'm',
  );
  const rest = text.slice(Math.max(0, from));
  const match = pattern.exec(rest);
  return match ? lines.lineAt(from + match.index) : undefined;
}

/** Offset of a TOML table header such as `[tool.poetry.dependencies]`, or 0. */
function headerOffset(lines: LineIndex, header: string): number {
  const at = lines.offsetOf(`[${header}]`);
  return at < 0 ? 0 : at;
}

/** Dependencies from a list of PEP 508 strings (PEP 621 / PEP 735 / uv). */
function pep508List(
  values: unknown,
  scope: Dependency['scope'],
  file: string,
  lines: LineIndex,
  from: number,
): Dependency[] {
  const result: Dependency[] = [];
  for (const value of asArray(values)) {
    const text = asString(value);
    if (text === undefined) continue; // e.g. PEP 735 `{ include-group = "x" }`
    const dependency = pep508Dependency(
      text,
      scope,
      file,
      tomlStringLine(lines, text, from),
    );
    if (dependency) result.push(dependency);
  }
  return result;
}

/** Dependencies from a Poetry dependency table (`name = "^1.2"` or `name = { version, extras }`). */
function poetryTable(
  table: unknown,
  scope: Dependency['scope'],
  file: string,
  lines: LineIndex,
  from: number,
): Dependency[] {
  const result: Dependency[] = [];
  for (const [name, spec] of entriesOf(table)) {
    if (name.toLowerCase() === 'python') continue;
    // A list of constraints (per-marker alternatives): take the first one's version.
    const first = Array.isArray(spec) ? spec[0] : spec;
    const record = asRecord(first);
    const version = asString(first) ?? asString(record?.version);
    const extras = asArray(record?.extras).filter(
      (e): e is string => typeof e === 'string',
    );
    const line = tomlKeyLine(lines, name, from);
    result.push({
      name: normalizePythonName(name),
      ...(version ? { version } : {}),
      scope,
      ...(extras.length > 0 ? { features: extras } : {}),
      file,
      ...(line ? { line } : {}),
    });
  }
  return result;
}

/**
 * Parses a pyproject.toml: PEP 621 dependencies and optional dependencies, PEP 735 dependency groups,
 * Poetry dependency tables and groups, uv dev-dependencies; `requires-python` (or Poetry's `python`) as
 * the toolchain.
 *
 * @internal
 */
export function parsePyproject(text: string, file: string): ParsedManifest {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    return failedManifest(error);
  }
  const lines = new LineIndex(text);
  const project = asRecord(doc.project);
  const tool = asRecord(doc.tool);
  const poetry = asRecord(tool?.poetry);
  const uv = asRecord(tool?.uv);
  const result: ParsedManifest = {
    name: asString(project?.name) ?? asString(poetry?.name),
    dependencies: [],
    settings: {},
  };
  const deps = result.dependencies;
  const projectAt = headerOffset(lines, 'project');
  deps.push(
    ...pep508List(project?.dependencies, 'runtime', file, lines, projectAt),
  );
  const optionalAt = headerOffset(lines, 'project.optional-dependencies');
  for (const [group, list] of entriesOf(project?.['optional-dependencies'])) {
    const scope = devGroupNames.test(group) ? 'dev' : 'runtime';
    deps.push(...pep508List(list, scope, file, lines, optionalAt));
  }
  const groupsAt = headerOffset(lines, 'dependency-groups');
  for (const [, list] of entriesOf(doc['dependency-groups'])) {
    deps.push(...pep508List(list, 'dev', file, lines, groupsAt));
  }
  deps.push(
    ...pep508List(
      uv?.['dev-dependencies'],
      'dev',
      file,
      lines,
      headerOffset(lines, 'tool.uv'),
    ),
  );
  const poetryMain = headerOffset(lines, 'tool.poetry.dependencies');
  deps.push(
    ...poetryTable(poetry?.dependencies, 'runtime', file, lines, poetryMain),
  );
  deps.push(
    ...poetryTable(
      poetry?.['dev-dependencies'],
      'dev',
      file,
      lines,
      headerOffset(lines, 'tool.poetry.dev-dependencies'),
    ),
  );
  for (const [group, table] of entriesOf(poetry?.group)) {
    const scope = group === 'main' ? 'runtime' : 'dev';
    deps.push(
      ...poetryTable(
        asRecord(table)?.dependencies,
        scope,
        file,
        lines,
        headerOffset(lines, `tool.poetry.group.${group}.dependencies`),
      ),
    );
  }
  const requiresPython = asString(project?.['requires-python']);
  const poetryPython = asString(asRecord(poetry?.dependencies)?.python);
  if (requiresPython) {
    result.toolchain = {
      value: requiresPython,
      file,
      line: tomlKeyLine(lines, 'requires-python', projectAt),
    };
    result.settings.requiresPython = requiresPython;
  } else if (poetryPython) {
    result.toolchain = {
      value: poetryPython,
      file,
      line: tomlKeyLine(lines, 'python', poetryMain),
    };
    result.settings.requiresPython = poetryPython;
  }
  const buildBackend = asString(
    asRecord(doc['build-system'])?.['build-backend'],
  );
  if (buildBackend) result.settings.buildBackend = buildBackend;
  return result;
}

/**
 * What a requirements file holds: its dependencies, `-r` includes (relative to the file's folder) and
 * whether it is a lock (every requirement pinned with `==` and hashed).
 *
 * @internal
 */
export interface ParsedRequirements {
  manifest: ParsedManifest;
  includes: string[];
  /** Every requirement is `==`-pinned and carries `--hash`; such a file counts as a lockfile. */
  locked: boolean;
}

const devFileTokens = new Set([
  'dev',
  'devel',
  'develop',
  'development',
  'test',
  'tests',
  'testing',
  'lint',
  'docs',
  'ci',
  'typing',
]);

/**
 * The scope of a requirements file from its name: `requirements-dev.txt`, `dev-requirements.txt`,
 * `requirements/test.txt` are dev; everything else is runtime.
 *
 * @internal
 */
export function requirementsScope(path: string): Dependency['scope'] {
  const base = baseOf(path).toLowerCase();
  return base.split(/[._-]+/).some(token => devFileTokens.has(token))
    ? 'dev'
    : 'runtime';
}

/** Joins backslash-continued physical lines; each logical line keeps the number of its first line. */
function logicalLines(text: string): Array<{ text: string; line: number }> {
  const result: Array<{ text: string; line: number }> = [];
  const physical = text.split(/\r?\n/);
  let buffer = '';
  let start = 0;
  for (let i = 0; i < physical.length; i++) {
    if (buffer === '') start = i + 1;
    const current = physical[i];
    if (current.endsWith('\\')) {
      buffer += `${current.slice(0, -1)} `;
      continue;
    }
    result.push({ text: buffer + current, line: start });
    buffer = '';
  }
  if (buffer) result.push({ text: buffer, line: start });
  return result;
}

/**
 * Parses a pip requirements file: requirements (PEP 508 subset), `--hash` options, `-r` includes.
 * Comments, markers, index options and constraints files are skipped.
 *
 * @internal
 */
export function parseRequirements(
  text: string,
  file: string,
  scope: Dependency['scope'] = requirementsScope(file),
): ParsedRequirements {
  const manifest: ParsedManifest = { dependencies: [], settings: {} };
  const includes: string[] = [];
  let requirements = 0;
  let hashed = 0;
  let pinnedAndHashed = 0;
  try {
    for (const logical of logicalLines(text)) {
      const content = logical.text.replace(/(^|\s)#.*$/, '').trim();
      if (!content) continue;
      if (content.startsWith('-')) {
        const include =
          /^(?:-r|--requirement)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/.exec(content);
        if (include) includes.push(include[1]);
        if (/^--require-hashes\b/.test(content)) {
          manifest.settings.requireHashes = true;
        }
        continue; // -c, -e, -i, --index-url, --find-links, … are not dependencies
      }
      const optionAt = content.search(/\s--?[A-Za-z]/);
      const requirement = (
        optionAt < 0 ? content : content.slice(0, optionAt)
      ).trim();
      const options = optionAt < 0 ? '' : content.slice(optionAt);
      const hasHash = /--hash[=\s]/.test(options);
      requirements++;
      if (hasHash) hashed++;
      // Paths and URLs install code that has no name to judge here.
      if (
        /^(\.|\/|[A-Za-z][\w+.-]*:\/\/)/.test(requirement) ||
        /^\w+\+\w+:/.test(requirement)
      ) {
        continue;
      }
      const dependency = pep508Dependency(
        requirement,
        scope,
        file,
        logical.line,
      );
      if (!dependency) {
        throw new Error(
          `${baseOf(file)} line ${
            logical.line
          }: cannot read requirement '${requirement.slice(0, 80)}'`,
        );
      }
      if (hasHash && /^===?[^,]+$/.test(dependency.version ?? ''))
        pinnedAndHashed++;
      manifest.dependencies.push(dependency);
    }
  } catch (error) {
    return {
      manifest: failedManifest(error),
      includes,
      locked: false,
    };
  }
  manifest.settings.hashPinned = requirements > 0 && hashed === requirements;
  return {
    manifest,
    includes,
    locked: requirements > 0 && pinnedAndHashed === requirements,
  };
}

/**
 * A requirements lock (`requirements.lock` or a fully pinned and hashed requirements file) as lockfile facts.
 *
 * @internal
 */
export function requirementsLockfile(
  file: string,
  parsed: ParsedRequirements,
): LockfileFacts {
  return {
    ecosystem: 'python',
    file,
    format: 'pip-requirements-lock',
    packages: parsed.manifest.dependencies.map(d => ({
      name: d.name,
      version: d.version?.replace(/^===?/, ''),
    })),
    ...(parsed.manifest.error ? { error: parsed.manifest.error } : {}),
  };
}

/**
 * Parses a TOML lockfile with `[[package]]` name/version entries: uv.lock, poetry.lock, pdm.lock.
 *
 * @internal
 */
export function parsePythonTomlLock(
  text: string,
  file: string,
  format: 'uv-lock' | 'poetry-lock' | 'pdm-lock',
): LockfileFacts {
  try {
    const doc = parseToml(text) as Record<string, unknown>;
    const packages: LockfileFacts['packages'] = [];
    for (const entry of asArray(doc.package)) {
      const record = asRecord(entry);
      const name = asString(record?.name);
      if (!name) continue;
      packages.push({
        name: normalizePythonName(name),
        version: asString(record?.version),
      });
    }
    return { ecosystem: 'python', file, format, packages };
  } catch (error) {
    return failedLockfile('python', file, format, error);
  }
}

/**
 * Parses a Pipfile.lock (JSON with `default` and `develop` sections).
 *
 * @internal
 */
export function parsePipfileLock(text: string, file: string): LockfileFacts {
  const format = 'pipfile-lock';
  try {
    const doc = asRecord(JSON.parse(text));
    if (!doc) throw new Error('not a JSON object');
    const packages: LockfileFacts['packages'] = [];
    for (const section of ['default', 'develop']) {
      for (const [name, value] of entriesOf(doc[section])) {
        const version = asString(asRecord(value)?.version);
        packages.push({
          name: normalizePythonName(name),
          version: version?.replace(/^===?/, ''),
        });
      }
    }
    return { ecosystem: 'python', file, format, packages };
  } catch (error) {
    return failedLockfile('python', file, format, errorMessage(error));
  }
}

const pythonServerFrameworks = new Set([
  'fastapi',
  'flask',
  'django',
  'starlette',
  'aiohttp',
  'tornado',
  'sanic',
  'litestar',
  'falcon',
  'quart',
  'bottle',
  'pyramid',
]);
const asgiServerNames = ['uvicorn', 'gunicorn', 'hypercorn'];

/**
 * Server facts of a Python module from its runtime dependencies: frameworks, the ASGI/WSGI servers
 * declared, and whether `fastapi[standard]` (which brings uvicorn) is declared.
 *
 * @internal
 */
export function pythonServerFacts(dependencies: readonly Dependency[]): {
  serverFrameworks: string[];
  asgiServers: string[];
  fastapiStandard: boolean;
} {
  const runtime = dependencies.filter(d => d.scope === 'runtime');
  const names = new Set(runtime.map(d => d.name));
  return {
    serverFrameworks: [...names]
      .filter(n => pythonServerFrameworks.has(n))
      .sort(),
    asgiServers: asgiServerNames.filter(n => names.has(n)),
    fastapiStandard: runtime.some(
      d => d.name === 'fastapi' && (d.features ?? []).includes('standard'),
    ),
  };
}
