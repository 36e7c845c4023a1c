/*
 * Fuzzing every parser the engine uses, through the engine. Each run scores a repository in which every file
 * of a group (manifests and lockfiles per ecosystem, Dockerfile, CI, update bots, SLO specs, the configuration
 * files checks parse, source files the signal scanner reads) holds its own fuzzed text: arbitrary text,
 * structural noise, mutated real files, well-formed documents of the wrong shape, hostile documents. So each
 * parser sees every run's input, and nothing may escape: scoring returns results, no collector or check
 * crashes into the engine's safety nets, no repository takes seconds, none exhausts memory.
 *
 * Groups run in child processes, two at a time, so a parser that never returns, exhausts memory or aborts the
 * process is a failure naming the file, not a dead test run. RELIABILITY_FUZZ_RUNS (default 10,000 per
 * group), RELIABILITY_FUZZ_SEED (replay a reported failure), RELIABILITY_FUZZ_WORKERS (default 2),
 * RELIABILITY_FUZZ_GROUPS (a comma-separated subset), RELIABILITY_FUZZ_SKIP (file paths to leave out, to look
 * past a known failure).
 */
import os from 'os';
import { type FuzzOutcome, runFuzzJob } from './__testUtils__/fuzzHarness';
import { visible } from './__testUtils__/visible';
import {
  type FuzzGroup,
  deeplyNested,
  fuzzTargets,
} from './__testUtils__/fuzzInputs';
import { escapes, scoreFiles } from './__testUtils__/fuzzRun';

const runs = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 10_000);
/** A fresh seed each time explores new inputs; every report names its seed so a failure can be replayed. */
const seed = process.env.RELIABILITY_FUZZ_SEED
  ? Number(process.env.RELIABILITY_FUZZ_SEED)
  : Math.floor(Math.random() * 2 ** 31);
const parallel = Math.max(
  1,
  Number(process.env.RELIABILITY_FUZZ_WORKERS ?? Math.min(2, os.cpus().length)),
);
const limits = { stallMs: 20_000, heapMb: 768, slowRepositoryMs: 5_000 };
const allGroups: FuzzGroup[] = ['go', 'node', 'python', 'jvm-rust', 'delivery'];
/** RELIABILITY_FUZZ_GROUPS=node,go runs only those groups (while working on one parser family). */
const groups = process.env.RELIABILITY_FUZZ_GROUPS
  ? allGroups.filter(g =>
      process.env.RELIABILITY_FUZZ_GROUPS!.split(',').includes(g),
    )
  : allGroups;

jest.setTimeout(30 * 60 * 1000);

interface GroupReport extends FuzzOutcome {
  /** For a repository that hung or ran out of memory: which file did it on its own. */
  culprit?: string;
}

/** Runs a group; when a repository hangs or kills its process, scores its files one by one to name the culprit. */
async function fuzzGroup(group: FuzzGroup): Promise<GroupReport> {
  const outcome = await runFuzzJob({ kind: 'fuzz', group, runs, seed }, limits);
  if (!outcome.aborted || outcome.last?.kind !== 'run') return outcome;
  const { index, files } = outcome.last;
  const replay = await runFuzzJob(
    files ? { kind: 'replay', files } : { kind: 'replay', group, seed, index },
    limits,
  );
  const culprit =
    replay.aborted && replay.last?.kind === 'replay'
      ? `${replay.last.file} alone: ${replay.failure}\n  content: ${visible(
          replay.last.files[replay.last.file].slice(0, 400),
        )}`
      : `no single file of repository #${index} reproduces it (${
          replay.failure ?? 'each file alone passes'
        })`;
  return { ...outcome, culprit };
}

/** Starts every group, `parallel` at a time; each test then waits for its own. */
function startAll(): Map<FuzzGroup, Promise<GroupReport>> {
  const queue = [...groups];
  const reports = new Map<FuzzGroup, Promise<GroupReport>>();
  const resolvers = new Map<FuzzGroup, (report: GroupReport) => void>();
  for (const group of groups) {
    reports.set(group, new Promise(resolve => resolvers.set(group, resolve)));
  }
  const lane = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      resolvers.get(group)!(await fuzzGroup(group));
    }
  };
  for (let i = 0; i < parallel; i++) void lane();
  return reports;
}

describe('fuzzing every parser through the engine', () => {
  let reports: Map<FuzzGroup, Promise<GroupReport>>;
  beforeAll(() => {
    reports = startAll();
  });

  it.each(groups.map(group => [group]))(
    `%s: ${runs} repositories of fuzzed files, nothing escapes`,
    async group => {
      const report = await reports.get(group as FuzzGroup)!;
      const files = fuzzTargets.filter(t => t.group === group).map(t => t.path);
      // eslint-disable-next-line no-console
      console.info(
        `${group}: ${report.runs} repositories × ${files.length} files in ${(
          report.wallMs / 1000
        ).toFixed(1)} s (${((report.scoringMs ?? 0) / 1000).toFixed(
          1,
        )} s scoring), slowest ${report.slowestMs.toFixed(1)} ms${
          report.slowestFile
            ? ` (${
                report.slowestFile.file
              } alone ${report.slowestFile.ms.toFixed(1)} ms: ${
                report.slowestFile.content
              })`
            : ''
        }, ${report.warnings ?? 0} process warnings\n  files: ${files.join(
          ', ',
        )}`,
      );
      if (report.failure) {
        throw new Error(
          [
            `${group} (seed ${seed}): ${report.failure}`,
            ...(report.culprit ? [`culprit: ${report.culprit}`] : []),
          ].join('\n'),
        );
      }
      expect(report.runs).toBe(runs);
    },
  );
});

describe('a fresh process scoring a repository of deeply nested documents first', () => {
  const repository = (formats: string[]) =>
    Object.fromEntries(
      fuzzTargets
        .filter(t => formats.includes(t.format))
        .map(t => [t.path, deeplyNested[t.format]]),
    );

  it('scores it and lives', async () => {
    const formats = Object.keys(deeplyNested);
    const outcome = await runFuzzJob(
      { kind: 'replay', whole: true, files: repository(formats) },
      limits,
    );
    // When it dies: which format does it, each in a fresh process of its own.
    const culprits: string[] = [];
    for (const format of outcome.failure ? formats : []) {
      const alone = await runFuzzJob(
        { kind: 'replay', whole: true, files: repository([format]) },
        limits,
      );
      if (alone.failure) {
        culprits.push(
          `${format} (${visible(
            deeplyNested[format as keyof typeof deeplyNested].slice(0, 8),
          )}… ×${
            deeplyNested[format as keyof typeof deeplyNested].length
          } in ${Object.keys(repository([format])).join(', ')}): ${
            alone.failure
          }`,
        );
      }
    }
    expect(
      outcome.failure &&
        `${outcome.failure}\n${
          culprits.length
            ? `caused by:\n  ${culprits.join('\n  ')}`
            : 'no single format reproduces it'
        }`,
    ).toBeUndefined();
  });
});

/** A document each format's parser must reject. */
const unparseable: Record<string, string> = {
  json: '{"name": "x", "dependencies": {',
  yaml: 'on: [push\njobs:\n  build: {runs-on: x\n',
  toml: '[package\nname = "x"\n',
  xml: '<project><dependencies><dependency>',
  text: 'require (\n\t"unterminated\n',
};

const validPackageJson =
  '{"name":"x","dependencies":{"express":"^4.21.0"},"engines":{"node":">=20"}}';
const validPackageLock =
  '{"lockfileVersion":3,"packages":{"":{"name":"x"},"node_modules/express":{"version":"4.21.0"}}}';

/**
 * Where each file is the only source of what its checks need: the manifest a lockfile locks, the project a
 * CI file or bot config serves. Files missing here are scored alone.
 */
const contexts: Record<string, Record<string, string>> = {
  'go.mod': { 'main.go': 'package main\n\nfunc main() {}\n' },
  'go.sum': {
    'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/a/b v1.0.0\n',
  },
  'package-lock.json': { 'package.json': validPackageJson },
  'pnpm-lock.yaml': { 'package.json': validPackageJson },
  'yarn.lock': { 'package.json': validPackageJson },
  'requirements.lock': {
    'pyproject.toml':
      '[project]\nname = "x"\ndependencies = ["fastapi==0.115.0"]\n',
  },
  'uv.lock': {
    'pyproject.toml':
      '[project]\nname = "x"\ndependencies = ["fastapi==0.115.0"]\n',
  },
  'Pipfile.lock': {
    'pyproject.toml':
      '[project]\nname = "x"\ndependencies = ["fastapi==0.115.0"]\n',
  },
  'Cargo.lock': {
    'Cargo.toml': '[package]\nname = "x"\n[dependencies]\naxum = "0.8"\n',
  },
  'gradle/libs.versions.toml': {
    'build.gradle.kts': 'dependencies {\n  implementation(libs.x.y)\n}\n',
  },
  'gradle.lockfile': {
    'build.gradle.kts': 'dependencies {\n  implementation("g:a:1.0")\n}\n',
  },
  'settings.gradle.kts': {
    'build.gradle.kts': 'dependencies {\n  implementation("g:a:1.0")\n}\n',
  },
  Dockerfile: {
    'package.json': validPackageJson,
    'package-lock.json': validPackageLock,
  },
  '.github/workflows/ci.yml': {
    'package.json': validPackageJson,
    'package-lock.json': validPackageLock,
  },
  '.gitlab-ci.yml': {
    'package.json': validPackageJson,
    'package-lock.json': validPackageLock,
  },
  '.github/actions/setup/action.yml': {
    'package.json': validPackageJson,
    'package-lock.json': validPackageLock,
    '.github/workflows/ci.yml':
      'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/setup\n',
  },
  '.github/dependabot.yml': {
    'package.json': validPackageJson,
    'package-lock.json': validPackageLock,
  },
  'renovate.json5': {
    'package.json': validPackageJson,
    'package-lock.json': validPackageLock,
  },
  '.golangci.yml': {
    'go.mod': 'module x\n\ngo 1.22\n',
    'main.go': 'package main\n\nfunc main() {}\n',
  },
};

/** Whether a piece of evidence names the file (as a whole path: `Dockerfiles` does not name `Dockerfile`). */
const namesFile = (file: string) => {
  const mention = new RegExp(
    `(^|[^\\w./-])${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`,
  );
  return (e: { file?: string; message: string }) =>
    e.file === file || mention.test(e.message);
};
/** Evidence that says the file could not be used, as opposed to judging its content. */
const unreadable =
  /could not|cannot|not valid|invalid|unreadable|unterminated|unexpected|expected|parse|not closed|no FROM/i;

describe('a file that cannot be parsed is reported and never counted', () => {
  // Targets whose parser is expected to reject the format's broken document, judged through the engine.
  const structured = fuzzTargets.filter(
    t =>
      t.format !== 'text' ||
      t.path in contexts ||
      /^(go\.(mod|sum)|requirements\.(txt|lock)|yarn\.lock|gradle\.lockfile|Dockerfile)$/.test(
        t.path,
      ),
  );

  const judge = async (t: unknown) => {
    const target = t as (typeof fuzzTargets)[number];
    const file = target.path;
    const files = { ...contexts[file], [file]: unparseable[target.format] };
    const { facts, scores } = await scoreFiles(files);
    const problems = escapes(facts, scores);
    const recorded = facts.errors.some(e => e.file === file);
    const reported = scores.results.filter(
      r =>
        r.evidence.some(namesFile(file)) &&
        (r.status === 'error' ||
          r.evidence.some(
            e => namesFile(file)(e) && unreadable.test(e.message),
          )),
    );
    const counted = scores.results.filter(
      r => r.status === 'pass' && r.evidence.some(namesFile(file)),
    );
    // When the engine accepted the document (a tolerant parser, or a file no check reads), there is nothing
    // to report; otherwise some result must say the file could not be used.
    if (recorded && !reported.length) {
      problems.push(
        `${file} could not be parsed (${
          facts.errors.find(e => e.file === file)?.message
        }), yet no result says so; results naming it: ${
          scores.results
            .filter(r => r.evidence.some(namesFile(file)))
            .map(
              r =>
                `${r.checkId} ${r.status}: ${
                  r.evidence.find(namesFile(file))?.message
                }`,
            )
            .join('; ') || 'none'
        }`,
      );
    }
    for (const r of counted) {
      problems.push(
        `${r.checkId} passes on the unparseable ${file}: ${
          r.evidence.find(namesFile(file))?.message
        }`,
      );
    }
    expect(problems).toEqual([]);
  };

  it.each(structured.map(t => [t.path, t]))('%s', (_path, t) => judge(t));
});
