import type {
  Dependency,
  Ecosystem,
  LockfileFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { isExcludedPath } from '../paths';
import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from '../types';
import {
  isPresenceOnly,
  manifestFileKind,
  ManifestFileKind,
  pythonModuleDir,
} from './files';
import { parseGoMod, parseGoSum } from './go';
import {
  gradleProjectDir,
  parseGradleBuild,
  parseGradleLockfile,
  parseGradleSettings,
  parseVersionCatalog,
  VersionCatalog,
} from './gradle';
import { parsePom, PomModel, resolvePomModule } from './java';
import {
  bunLockfile,
  parsePackageJson,
  parsePackageLock,
  parsePnpmLock,
  parseYarnLock,
} from './node';
import {
  ParsedRequirements,
  parsePipfileLock,
  parsePyproject,
  parsePythonTomlLock,
  parseRequirements,
  pythonServerFacts,
  requirementsLockfile,
} from './python';
import { parseCargoLock, parseCargoToml, rustServerFrameworks } from './rust';
import {
  ParsedManifest,
  asString,
  baseOf,
  dirOf,
  errorMessage,
  isWithin,
  joinPath,
} from './shared';

const lockfileParsers: Partial<
  Record<ManifestFileKind, (text: string, file: string) => LockfileFacts>
> = {
  'go-sum': parseGoSum,
  'package-lock': parsePackageLock,
  'pnpm-lock': parsePnpmLock,
  'yarn-lock': parseYarnLock,
  'uv-lock': (text, file) => parsePythonTomlLock(text, file, 'uv-lock'),
  'poetry-lock': (text, file) => parsePythonTomlLock(text, file, 'poetry-lock'),
  'pdm-lock': (text, file) => parsePythonTomlLock(text, file, 'pdm-lock'),
  'pipfile-lock': parsePipfileLock,
  'cargo-lock': parseCargoLock,
  'gradle-lockfile': parseGradleLockfile,
  'requirements-lock': (text, file) =>
    requirementsLockfile(file, parseRequirements(text, file, 'runtime')),
};

/** The file read, or the reason it could not be read. */
type ReadResult = { text: string } | { error: string };

/**
 * Per-run state: the in-scope manifest files, their texts, and the facts under construction.
 */
class ManifestRun {
  readonly files: string[];
  readonly fileSet: Set<string>;
  private readonly cache = new Map<string, Promise<ReadResult>>();

  constructor(
    private readonly collector: string,
    private readonly context: CollectorContext,
    readonly facts: FactsDraft,
  ) {
    this.files = context.files.filter(f => !isExcludedPath(f));
    this.fileSet = new Set(this.files);
  }

  of(kind: ManifestFileKind): string[] {
    return this.files.filter(f => manifestFileKind(f) === kind);
  }

  read(file: string): Promise<ReadResult> {
    let pending = this.cache.get(file);
    if (!pending) {
      pending = this.context.readText(file).then(
        text => ({ text }),
        error => ({ error: errorMessage(error) }),
      );
      this.cache.set(file, pending);
    }
    return pending;
  }

  recordError(file: string, message: string) {
    this.facts.errors.push({ collector: this.collector, file, message });
  }

  addModule(
    ecosystem: Ecosystem,
    dir: string,
    manifests: string[],
    parsed: ParsedManifest,
    lockfiles: string[],
  ): ModuleFacts {
    const serverFrameworks = [...new Set(parsed.serverFrameworks ?? [])].sort();
    const module: ModuleFacts = {
      ecosystem,
      dir,
      manifests,
      ...(parsed.name ? { name: parsed.name } : {}),
      isServer: serverFrameworks.length > 0,
      serverFrameworks,
      dependencies: parsed.dependencies,
      ...(parsed.toolchain ? { toolchain: parsed.toolchain } : {}),
      lockfiles,
      settings: parsed.settings,
      ...(parsed.error ? { error: parsed.error } : {}),
    };
    this.facts.modules.push(module);
    return module;
  }

  /** Lockfiles of an ecosystem in `dir` or any folder above it. */
  coveringLockfiles(ecosystem: Ecosystem, dir: string): string[] {
    return this.facts.lockfiles
      .filter(l => l.ecosystem === ecosystem && isWithin(dir, dirOf(l.file)))
      .map(l => l.file)
      .sort();
  }
}

/**
 * Reads every manifest and lockfile outside the excluded folders into `facts.modules` (one per manifest
 * location) and `facts.lockfiles`. A file that cannot be read or parsed becomes a module (or lockfile) with
 * `error` set and an entry in `facts.errors`; the rest are still collected.
 *
 * @internal
 */
export class ManifestsCollector implements RepositoryCollector {
  readonly id = 'manifests';

  wants(path: string): boolean {
    return manifestFileKind(path) !== undefined && !isPresenceOnly(path);
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    const run = new ManifestRun(this.id, context, facts);
    await this.collectLockfiles(run);
    await this.collectGo(run);
    await this.collectNode(run);
    await this.collectPython(run);
    await this.collectRust(run);
    await this.collectMaven(run);
    await this.collectGradle(run);
    facts.modules.sort(
      (a, b) =>
        a.dir.localeCompare(b.dir) ||
        a.ecosystem.localeCompare(b.ecosystem) ||
        (a.manifests[0] ?? '').localeCompare(b.manifests[0] ?? ''),
    );
  }

  private async collectLockfiles(run: ManifestRun) {
    for (const file of run.files) {
      const kind = manifestFileKind(file);
      if (kind === 'bun-lock') {
        run.facts.lockfiles.push(bunLockfile(file));
        continue;
      }
      const parse = kind ? lockfileParsers[kind] : undefined;
      if (!parse) continue;
      const read = await run.read(file);
      const lockfile =
        'text' in read
          ? parse(read.text, file)
          : { ...parse('', file), packages: [], error: read.error };
      if (lockfile.error) run.recordError(file, lockfile.error);
      run.facts.lockfiles.push(lockfile);
    }
  }

  /** Parses one manifest file, turning a read failure into a parse failure. */
  private async parseFile(
    run: ManifestRun,
    file: string,
    parse: (text: string, file: string) => ParsedManifest,
  ): Promise<ParsedManifest> {
    const read = await run.read(file);
    const parsed =
      'text' in read
        ? parse(read.text, file)
        : { dependencies: [], settings: {}, error: read.error };
    if (parsed.error) run.recordError(file, parsed.error);
    return parsed;
  }

  private async collectGo(run: ManifestRun) {
    for (const file of run.of('go-mod')) {
      const dir = dirOf(file);
      const parsed = await this.parseFile(run, file, parseGoMod);
      const goSum = joinPath(dir, 'go.sum') ?? 'go.sum';
      const requires = parsed.dependencies.length > 0;
      const lockfiles = requires && run.fileSet.has(goSum) ? [goSum] : [];
      run.addModule('go', dir, [file], parsed, lockfiles);
    }
  }

  private async collectNode(run: ManifestRun) {
    for (const file of run.of('package-json')) {
      const dir = dirOf(file);
      const parsed = await this.parseFile(run, file, parsePackageJson);
      run.addModule(
        'node',
        dir,
        [file],
        parsed,
        run.coveringLockfiles('node', dir),
      );
    }
  }

  private async collectPython(run: ManifestRun) {
    const dirs = new Map<
      string,
      { pyproject?: string; requirements: string[] }
    >();
    const entry = (dir: string) => {
      let value = dirs.get(dir);
      if (!value) dirs.set(dir, (value = { requirements: [] }));
      return value;
    };
    for (const file of run.of('pyproject')) entry(dirOf(file)).pyproject = file;
    for (const file of run.of('requirements'))
      entry(pythonModuleDir(file)).requirements.push(file);
    const lockedRequirements = new Set(run.facts.lockfiles.map(l => l.file));

    for (const [dir, { pyproject, requirements }] of dirs) {
      const parts: ParsedManifest[] = [];
      const manifests: string[] = [];
      if (pyproject) {
        parts.push(await this.parseFile(run, pyproject, parsePyproject));
        manifests.push(pyproject);
      }
      // Requirements files of the folder and the files they include with -r, each read once.
      const queue = [...requirements].sort();
      const visited = new Set<string>();
      const parsedRequirements: ParsedRequirements[] = [];
      while (queue.length > 0) {
        const file = queue.shift()!;
        if (visited.has(file)) continue;
        visited.add(file);
        manifests.push(file);
        const read = await run.read(file);
        const parsed: ParsedRequirements =
          'text' in read
            ? parseRequirements(read.text, file)
            : {
                manifest: { dependencies: [], settings: {}, error: read.error },
                includes: [],
                locked: false,
              };
        if (parsed.manifest.error) run.recordError(file, parsed.manifest.error);
        parts.push(parsed.manifest);
        parsedRequirements.push(parsed);
        if (parsed.locked && !lockedRequirements.has(file)) {
          lockedRequirements.add(file);
          run.facts.lockfiles.push(requirementsLockfile(file, parsed));
        }
        for (const include of parsed.includes) {
          const target = joinPath(dirOf(file), include);
          if (target && run.fileSet.has(target) && !isExcludedPath(target))
            queue.push(target);
        }
      }
      const dependencies = parts.flatMap(p => p.dependencies);
      const settings: Record<string, unknown> = Object.assign(
        {},
        ...parts.map(p => p.settings),
      );
      if (parsedRequirements.length > 0) {
        settings.requirementsFiles = manifests.filter(m => m !== pyproject);
        settings.hashPinned = parsedRequirements.every(
          r => r.manifest.settings.hashPinned === true,
        );
      }
      const versionFile = [
        joinPath(dir, '.python-version'),
        '.python-version',
      ].find(f => f !== undefined && run.fileSet.has(f));
      if (versionFile) settings.pythonVersionFile = versionFile;
      const server = pythonServerFacts(dependencies);
      settings.asgiServers = server.asgiServers;
      settings.fastapiStandard = server.fastapiStandard;
      const primary = parts.find(p => p.name) ?? parts[0];
      run.addModule(
        'python',
        dir,
        manifests,
        {
          name: primary?.name,
          dependencies,
          toolchain: parts.find(p => p.toolchain)?.toolchain,
          settings,
          serverFrameworks: server.serverFrameworks,
          error: parts.find(p => p.error)?.error,
        },
        // Locked requirements files of the module count even from its `requirements/` folder.
        [
          ...new Set([
            ...run.coveringLockfiles('python', dir),
            ...manifests.filter(m => lockedRequirements.has(m)),
          ]),
        ].sort(),
      );
    }
  }

  private async collectRust(run: ManifestRun) {
    const parsedByDir = new Map<string, ParsedManifest>();
    const files = run.of('cargo-toml');
    for (const file of files)
      parsedByDir.set(
        dirOf(file),
        await this.parseFile(run, file, parseCargoToml),
      );
    for (const file of files) {
      const dir = dirOf(file);
      const parsed = parsedByDir.get(dir)!;
      const workspaceRoot = [...parsedByDir.entries()]
        .filter(
          ([rootDir, root]) =>
            isWithin(dir, rootDir) &&
            root.settings.workspaceMembers !== undefined,
        )
        .sort((a, b) => b[0].length - a[0].length)[0]?.[1];
      if (workspaceRoot && workspaceRoot !== parsed && !parsed.error) {
        inheritWorkspace(parsed, workspaceRoot);
      }
      run.addModule(
        'rust',
        dir,
        [file],
        parsed,
        run.coveringLockfiles('rust', dir),
      );
    }
  }

  private async collectMaven(run: ManifestRun) {
    const poms = new Map<string, PomModel>();
    for (const file of run.of('pom')) {
      const read = await run.read(file);
      const model =
        'text' in read
          ? parsePom(read.text, file)
          : { ...parsePom('', file), error: read.error };
      if (model.error) run.recordError(file, model.error);
      poms.set(file, model);
    }
    const byCoordinates = new Map<string, PomModel>();
    for (const model of poms.values()) {
      const group = model.coordinates.groupId ?? model.parent?.groupId;
      if (group && model.coordinates.artifactId)
        byCoordinates.set(`${group}:${model.coordinates.artifactId}`, model);
    }
    const parentOf = (model: PomModel): PomModel | undefined => {
      const parent = model.parent;
      if (!parent) return undefined;
      if (parent.relativePath !== '') {
        const relative = parent.relativePath ?? '../pom.xml';
        const target = joinPath(dirOf(model.file), relative);
        const candidates =
          target === undefined ? [] : [target, joinPath(target, 'pom.xml')];
        for (const candidate of candidates) {
          const found =
            candidate !== undefined ? poms.get(candidate) : undefined;
          if (found && found.coordinates.artifactId === parent.artifactId)
            return found;
        }
      }
      return byCoordinates.get(`${parent.groupId}:${parent.artifactId}`);
    };
    for (const model of poms.values()) {
      const ancestors: PomModel[] = [];
      let current = parentOf(model);
      while (
        current &&
        current !== model &&
        !ancestors.includes(current) &&
        ancestors.length < 20
      ) {
        if (!current.error) ancestors.push(current);
        current = parentOf(current);
      }
      const parsed = resolvePomModule(model, ancestors);
      run.addModule('java', dirOf(model.file), [model.file], parsed, []);
    }
  }

  private async collectGradle(run: ManifestRun) {
    const catalogs = new Map<
      string,
      { file: string; catalog: VersionCatalog }
    >();
    for (const file of run.of('version-catalog')) {
      const read = await run.read(file);
      const catalog =
        'text' in read
          ? parseVersionCatalog(read.text)
          : { ...parseVersionCatalog(''), error: read.error };
      if (catalog.error) run.recordError(file, catalog.error);
      catalogs.set(dirOf(dirOf(file)), { file, catalog });
    }
    const catalogFor = (dir: string) =>
      [...catalogs.entries()]
        .filter(([root]) => isWithin(dir, root))
        .sort((a, b) => b[0].length - a[0].length)[0]?.[1];
    const settingsByDir = new Map<
      string,
      { file: string; rootProjectName?: string; includes: string[] }
    >();
    for (const file of run.of('gradle-settings')) {
      const read = await run.read(file);
      if ('error' in read) {
        run.recordError(file, read.error);
        continue;
      }
      settingsByDir.set(dirOf(file), {
        file,
        ...parseGradleSettings(read.text),
      });
    }
    const buildDirs = new Set<string>();
    const lockfilesIn = (dir: string) =>
      run.facts.lockfiles
        .filter(l => l.format === 'gradle-lockfile')
        .map(l => l.file)
        .filter(
          f =>
            dirOf(f) === dir ||
            dirOf(f) === joinPath(dir, 'gradle/dependency-locks'),
        )
        .sort();
    const finish = (
      dir: string,
      parsed: ParsedManifest,
      manifests: string[],
    ) => {
      const settingsFile = settingsByDir.get(dir);
      if (settingsFile) {
        if (!manifests.includes(settingsFile.file))
          manifests.push(settingsFile.file);
        parsed.name ??= settingsFile.rootProjectName;
        parsed.settings.modules = settingsFile.includes.map(gradleProjectDir);
      }
      if (
        run.fileSet.has(joinPath(dir, 'gradle/verification-metadata.xml') ?? '')
      ) {
        parsed.settings.verificationMetadata = true;
      }
      run.addModule('java', dir, manifests, parsed, lockfilesIn(dir));
    };
    for (const file of run.of('gradle-build')) {
      const dir = dirOf(file);
      if (buildDirs.has(dir)) continue; // build.gradle and build.gradle.kts side by side: one project
      buildDirs.add(dir);
      const catalog = catalogFor(dir);
      const parsed = await this.parseFile(run, file, (text, path) =>
        parseGradleBuild(text, path, catalog?.catalog),
      );
      // Gradle reads gradle/libs.versions.toml for every project below it, whether or not the build names
      // `libs.*`; a catalogue it cannot parse fails the build, so the project cannot be judged either.
      if (catalog?.catalog.error && !parsed.error) {
        parsed.error = `${catalog.file} could not be parsed: ${catalog.catalog.error}`;
      }
      if (!parsed.name && dir) parsed.name = baseOf(dir);
      finish(dir, parsed, [file]);
    }
    for (const [dir, settingsFile] of settingsByDir) {
      if (buildDirs.has(dir)) continue;
      // A multi-project root with only a settings file: an aggregator, like a Maven `pom` packaging.
      finish(dir, { dependencies: [], settings: { aggregator: true } }, [
        settingsFile.file,
      ]);
    }
  }
}

/** Fills `{ workspace = true }` dependencies and `rust-version` of a member from its workspace root. */
function inheritWorkspace(member: ParsedManifest, root: ParsedManifest) {
  const declared = new Map<string, Dependency>();
  for (const dependency of root.dependencies) {
    if (dependency.indirect) declared.set(dependency.name, dependency);
  }
  const inherited = new Set(
    Array.isArray(member.settings.workspaceInherited)
      ? (member.settings.workspaceInherited as unknown[]).filter(
          (n): n is string => typeof n === 'string',
        )
      : [],
  );
  for (const dependency of member.dependencies) {
    const source = inherited.has(dependency.name)
      ? declared.get(dependency.name)
      : undefined;
    if (!source) continue;
    if (!dependency.version && source.version)
      dependency.version = source.version;
    const features = [
      ...new Set([...(source.features ?? []), ...(dependency.features ?? [])]),
    ];
    if (features.length > 0) dependency.features = features;
  }
  if (!member.toolchain && member.settings.rustVersionFromWorkspace === true) {
    const value = asString(root.settings.workspaceRustVersion);
    if (value && root.toolchain)
      member.toolchain = { ...root.toolchain, value };
  }
  if (member.settings.virtualWorkspace === undefined) {
    member.serverFrameworks = rustServerFrameworks(member.dependencies);
  }
}
