import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/*
 * Inputs for fuzzing every parser the collectors and checks use, through the whole engine. Seeds are the real
 * files of the example organisation and the check fixtures (whatever those grow to cover), so mutations start
 * from realistic documents; a target with no seed on disk falls back to a small fixture here.
 */

/** A document format, for generating well-formed documents of the wrong shape. */
export type FuzzFormat = 'json' | 'yaml' | 'toml' | 'xml' | 'text';

/**
 * Which fuzzed repository a target goes into. Targets of one group share a repository (so one scoring run
 * feeds every parser of the group), and each group runs apart, so a parser that hangs takes only its group
 * down.
 */
export type FuzzGroup = 'go' | 'node' | 'python' | 'jvm-rust' | 'delivery';

/** One file the engine reads, placed at a fixed path in every fuzzed repository. */
export interface FuzzTarget {
  group: FuzzGroup;
  /** Where the file goes; chosen so exactly one collector (or check) family reads it. */
  path: string;
  format: FuzzFormat;
  /** Which seed files (by path under a seed root) are examples of this target. */
  seeds: (seedPath: string) => boolean;
  /** Used when no seed exists on disk. */
  fallback: string;
}

const base = (p: string) => p.split('/').pop() ?? '';
const named =
  (...names: string[]) =>
  (p: string) =>
    names.includes(base(p));

/**
 * Valid manifests and lockfiles, one per parser: the same texts `collectors/manifests/parsers.fuzz.test.ts`
 * keeps for itself (exported so it can import them instead).
 */
export const manifestFixtures = {
  goMod:
    'module example.com/x\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/b v1.0.0 // indirect\n\tgithub.com/c/d v2.0.0\n)\n\nreplace a => ../a\n',
  goSum:
    'github.com/a/b v1.0.0 h1:abc=\ngithub.com/a/b v1.0.0/go.mod h1:def=\n',
  packageJson:
    '{"name":"x","engines":{"node":">=20"},"dependencies":{"express":"^4"},"devDependencies":{"jest":"*"},"scripts":{"t":"jest"}}',
  packageLock:
    '{"lockfileVersion":3,"packages":{"":{"name":"x"},"node_modules/a":{"version":"1.0.0","hasInstallScript":true}}}',
  pnpmLock:
    "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: x}\n  '@s/b@2.0.0(react@18.0.0)':\n    requiresBuild: true\n",
  yarnLock:
    '# yarn lockfile v1\n\n"a@^1.0.0", a@^1.1.0:\n  version "1.2.0"\n  resolved "https://r/a.tgz"\n',
  pyproject:
    '[project]\nname = "x"\nrequires-python = ">=3.12"\ndependencies = ["fastapi[standard]==0.1", "uvicorn>=0.3"]\n[dependency-groups]\ndev = ["pytest"]\n[tool.poetry.dependencies]\npython = "^3.12"\ndjango = { version = "^5", extras = ["x"] }\n',
  requirements:
    '-r base.txt\nflask==3.0 --hash=sha256:abc \\\n  --hash=sha256:def\nrequests>=2 ; python_version>"3"  # c\n-e .\n',
  pythonLock:
    '[[package]]\nname = "a"\nversion = "1.0"\n[[package]]\nname = "b"\nversion = "2.0"\n',
  pipfileLock: '{"default":{"a":{"version":"==1.0"}},"develop":{}}',
  cargo:
    '[package]\nname = "x"\nrust-version = "1.80"\n[dependencies]\naxum = "0.8"\ntokio = { version = "1", features = ["full"] }\n[target.\'cfg(unix)\'.dependencies]\nnix = "0.29"\n[workspace]\nmembers = ["a"]\n',
  cargoLock: 'version = 4\n[[package]]\nname = "a"\nversion = "1.0.0"\n',
  pom: '<project><parent><groupId>g</groupId><artifactId>p</artifactId><version>1</version></parent><artifactId>a</artifactId><properties><v>1</v><java.version>21</java.version></properties><dependencyManagement><dependencies><dependency><groupId>g</groupId><artifactId>bom</artifactId><version>${v}</version><scope>import</scope></dependency></dependencies></dependencyManagement><dependencies><dependency><groupId>g</groupId><artifactId>d</artifactId></dependency></dependencies><build><plugins><plugin><artifactId>x</artifactId><configuration><a>${v}</a></configuration><executions><execution><configuration><b/></configuration></execution></executions></plugin></plugins></build></project>',
  gradle:
    'plugins {\n  id("org.springframework.boot") version "3.5.0"\n}\nval v = "1.0"\ndependencies {\n  implementation(platform("g:bom:$v"))\n  implementation("g:a:1")\n  api group: \'g\', name: \'b\', version: \'2\'\n  implementation(libs.x.y)\n}\njava { toolchain { languageVersion = JavaLanguageVersion.of(21) } }\n',
  gradleSettings: 'rootProject.name = "x"\ninclude(":a", ":b:c")\n',
  catalog:
    '[versions]\nv = "1"\n[libraries]\nx-y = { module = "g:a", version.ref = "v" }\n[bundles]\nb = ["x-y"]\n[plugins]\np = { id = "i", version = "1" }\n',
  gradleLock: 'g:a:1.0=compileClasspath\nempty=\n',
};

/**
 * Every file family the engine parses: manifests and lockfiles, Dockerfiles, CI, update bots, SLO specs,
 * the configuration files checks parse, and source files the signal scanner reads.
 */
export const fuzzTargets: FuzzTarget[] = [
  // manifests and lockfiles
  {
    group: 'go',
    path: 'go.mod',
    format: 'text',
    seeds: named('go.mod'),
    fallback: manifestFixtures.goMod,
  },
  {
    group: 'go',
    path: 'go.sum',
    format: 'text',
    seeds: named('go.sum'),
    fallback: manifestFixtures.goSum,
  },
  // Also Renovate's `package.json#renovate`.
  {
    group: 'node',
    path: 'package.json',
    format: 'json',
    seeds: named('package.json'),
    fallback: manifestFixtures.packageJson,
  },
  {
    group: 'node',
    path: 'package-lock.json',
    format: 'json',
    seeds: named('package-lock.json'),
    fallback: manifestFixtures.packageLock,
  },
  {
    group: 'node',
    path: 'pnpm-lock.yaml',
    format: 'yaml',
    seeds: named('pnpm-lock.yaml'),
    fallback: manifestFixtures.pnpmLock,
  },
  {
    group: 'node',
    path: 'yarn.lock',
    format: 'text',
    seeds: named('yarn.lock'),
    fallback: manifestFixtures.yarnLock,
  },
  {
    group: 'python',
    path: 'pyproject.toml',
    format: 'toml',
    seeds: named('pyproject.toml'),
    fallback: manifestFixtures.pyproject,
  },
  {
    group: 'python',
    path: 'requirements.txt',
    format: 'text',
    seeds: p => /^requirements.*\.txt$/.test(base(p)),
    fallback: manifestFixtures.requirements,
  },
  {
    group: 'python',
    path: 'requirements.lock',
    format: 'text',
    seeds: p => /^requirements.*\.(lock|txt)$/.test(base(p)),
    fallback: manifestFixtures.requirements,
  },
  {
    group: 'python',
    path: 'uv.lock',
    format: 'toml',
    seeds: named('uv.lock', 'poetry.lock', 'pdm.lock'),
    fallback: manifestFixtures.pythonLock,
  },
  {
    group: 'python',
    path: 'Pipfile.lock',
    format: 'json',
    seeds: named('Pipfile.lock'),
    fallback: manifestFixtures.pipfileLock,
  },
  {
    group: 'jvm-rust',
    path: 'Cargo.toml',
    format: 'toml',
    seeds: named('Cargo.toml'),
    fallback: manifestFixtures.cargo,
  },
  {
    group: 'jvm-rust',
    path: 'Cargo.lock',
    format: 'toml',
    seeds: named('Cargo.lock'),
    fallback: manifestFixtures.cargoLock,
  },
  {
    group: 'jvm-rust',
    path: 'pom.xml',
    format: 'xml',
    seeds: named('pom.xml'),
    fallback: manifestFixtures.pom,
  },
  {
    group: 'jvm-rust',
    path: 'build.gradle.kts',
    format: 'text',
    seeds: named('build.gradle.kts', 'build.gradle'),
    fallback: manifestFixtures.gradle,
  },
  {
    group: 'jvm-rust',
    path: 'settings.gradle.kts',
    format: 'text',
    seeds: named('settings.gradle.kts', 'settings.gradle'),
    fallback: manifestFixtures.gradleSettings,
  },
  {
    group: 'jvm-rust',
    path: 'gradle/libs.versions.toml',
    format: 'toml',
    seeds: named('libs.versions.toml'),
    fallback: manifestFixtures.catalog,
  },
  {
    group: 'jvm-rust',
    path: 'gradle.lockfile',
    format: 'text',
    seeds: named('gradle.lockfile'),
    fallback: manifestFixtures.gradleLock,
  },
  // containers and CI
  {
    group: 'delivery',
    path: 'Dockerfile',
    format: 'text',
    seeds: p =>
      /^(Dockerfile|Containerfile)/.test(base(p)) || /\.[Dd]ockerfile$/.test(p),
    fallback:
      'ARG V=1.23\nFROM golang:${V} AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\nUSER nonroot\nHEALTHCHECK CMD ["/app", "health"]\nENTRYPOINT ["/app"]\n',
  },
  {
    group: 'delivery',
    path: '.github/workflows/ci.yml',
    format: 'yaml',
    seeds: p => /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p),
    fallback:
      'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n',
  },
  {
    group: 'delivery',
    path: '.github/actions/setup/action.yml',
    format: 'yaml',
    seeds: p => /(^|\/)\.github\/actions\/(.+\/)?action\.ya?ml$/.test(p),
    fallback:
      "name: setup\nruns:\n  using: composite\n  steps:\n    - uses: actions/setup-node@v4\n      with: { node-version: '22' }\n    - run: npm ci\n      shell: bash\n",
  },
  {
    group: 'delivery',
    path: '.gitlab-ci.yml',
    format: 'yaml',
    seeds: p => base(p).endsWith('.gitlab-ci.yml'),
    fallback:
      'include:\n  - template: Security/SAST.gitlab-ci.yml\nstages: [test]\n.base:\n  image: node:22\nunit:\n  extends: .base\n  script: [npm ci, npm test]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n',
  },
  {
    group: 'delivery',
    path: '.github/dependabot.yml',
    format: 'yaml',
    seeds: named('dependabot.yml', 'dependabot.yaml'),
    fallback:
      'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: { interval: weekly }\n',
  },
  {
    group: 'node',
    path: 'renovate.json5',
    format: 'json',
    seeds: p => /renovate\.json5?$|\.renovaterc/.test(base(p)),
    fallback:
      '{\n  // comments are allowed\n  extends: ["config:recommended"],\n  packageRules: [{ matchUpdateTypes: ["minor"], automerge: true }],\n}\n',
  },
  // SLO specs: our own location, and a candidate path where Sloth and Pyrra specs are looked for
  {
    group: 'delivery',
    path: 'slo.yaml',
    format: 'yaml',
    seeds: p => /(^|\/)(slo\.ya?ml|slos\/[^/]+\.ya?ml)$/.test(p),
    fallback:
      'apiVersion: stackscore.io/v1alpha1\nkind: ServiceLevelObjectives\nservice: fuzzed\nwindow: 30d\nslos:\n  - name: availability\n    journey: fuzzed-api\n    sli: { type: availability, good: a, total: b }\n    objective: 99.9\n',
  },
  {
    group: 'delivery',
    path: 'deploy/monitoring/fuzzed-slo.yaml',
    format: 'yaml',
    seeds: p =>
      /(^|\/)(slo\.ya?ml|slos\/[^/]+\.ya?ml)$/.test(p) || /pyrra|sloth/.test(p),
    fallback:
      'apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\nmetadata: { name: x }\nspec:\n  target: "99.5"\n  window: 4w\n  indicator: { ratio: { errors: { metric: a }, total: { metric: b } } }\n',
  },
  // configuration files the checks parse
  {
    group: 'node',
    path: 'tsconfig.json',
    format: 'json',
    seeds: p => /^tsconfig(\..+)?\.json$/.test(base(p)),
    fallback:
      '{\n  // jsonc\n  "extends": "./tsconfig.base.json",\n  "compilerOptions": { "strict": true },\n}\n',
  },
  {
    group: 'node',
    path: 'tsconfig.base.json',
    format: 'json',
    seeds: p => /^tsconfig(\..+)?\.json$/.test(base(p)),
    fallback:
      '{ "extends": "./tsconfig.json", "compilerOptions": { "strict": false } }',
  },
  {
    group: 'node',
    path: '.npmrc',
    format: 'text',
    seeds: named('.npmrc'),
    fallback: 'ignore-scripts=true\n@acme:registry=https://npm.acme.dev/\n',
  },
  {
    group: 'node',
    path: '.nvmrc',
    format: 'text',
    seeds: named('.nvmrc', '.node-version'),
    fallback: '22.11.0\n',
  },
  {
    group: 'python',
    path: '.python-version',
    format: 'text',
    seeds: named('.python-version'),
    fallback: '3.12.7\n',
  },
  {
    group: 'jvm-rust',
    path: 'rust-toolchain.toml',
    format: 'toml',
    seeds: p => /^rust-toolchain(\.toml)?$/.test(base(p)),
    fallback: '[toolchain]\nchannel = "1.82.0"\n',
  },
  {
    group: 'jvm-rust',
    path: 'deny.toml',
    format: 'toml',
    seeds: named('deny.toml'),
    fallback:
      '[advisories]\nyanked = "deny"\n[bans]\nmultiple-versions = "warn"\n',
  },
  {
    group: 'delivery',
    path: '.gitleaks.toml',
    format: 'toml',
    seeds: p => /^\.?gitleaks\.toml$/.test(base(p)),
    fallback: '[extend]\nuseDefault = true\n',
  },
  {
    group: 'go',
    path: '.golangci.yml',
    format: 'yaml',
    seeds: p => /^\.golangci\.(ya?ml|toml)$/.test(base(p)),
    fallback: 'linters:\n  enable: [gosec, errcheck]\n',
  },
  {
    group: 'jvm-rust',
    path: 'src/main/resources/application.yml',
    format: 'yaml',
    seeds: p => /^application(-[\w-]+)?\.ya?ml$/.test(base(p)),
    fallback:
      'server:\n  shutdown: graceful\nlogging:\n  structured:\n    format:\n      console: ecs\n',
  },
  {
    group: 'jvm-rust',
    path: 'src/main/resources/application-prod.properties',
    format: 'text',
    seeds: p => /^application(-[\w-]+)?\.properties$/.test(base(p)),
    fallback:
      'server.shutdown=graceful\nmanagement.endpoints.web.exposure.include=health,prometheus\n',
  },
  {
    group: 'jvm-rust',
    path: 'gradle.properties',
    format: 'text',
    seeds: named('gradle.properties'),
    fallback: 'org.gradle.dependency.verification=strict\n',
  },
  {
    group: 'jvm-rust',
    path: '.mvn/maven.config',
    format: 'text',
    seeds: named('maven.config'),
    fallback: '--strict-checksums\n',
  },
  {
    group: 'jvm-rust',
    path: '.mvn/jvm.config',
    format: 'text',
    seeds: named('jvm.config'),
    fallback: '-XX:+UseZGC\n',
  },
  {
    group: 'jvm-rust',
    path: 'gradle/verification-metadata.xml',
    format: 'xml',
    seeds: named('verification-metadata.xml'),
    fallback:
      '<verification-metadata><configuration><verify-metadata>true</verify-metadata></configuration></verification-metadata>',
  },
  {
    group: 'node',
    path: 'pnpm-workspace.yaml',
    format: 'yaml',
    seeds: named('pnpm-workspace.yaml'),
    fallback: 'packages: ["packages/*"]\nonlyBuiltDependencies: [esbuild]\n',
  },
  {
    group: 'node',
    path: '.yarnrc.yml',
    format: 'yaml',
    seeds: p => /^\.yarnrc(\.yml)?$/.test(base(p)),
    fallback:
      'enableScripts: false\nnpmScopes:\n  acme:\n    npmRegistryServer: https://npm.acme.dev\n',
  },
  {
    group: 'delivery',
    path: 'socket.yml',
    format: 'yaml',
    seeds: p => /^socket\.ya?ml$/.test(base(p)),
    fallback: 'version: 2\n',
  },
  {
    group: 'node',
    path: 'biome.json',
    format: 'json',
    seeds: p => /^biome\.jsonc?$/.test(base(p)),
    fallback: '{ "linter": { "enabled": true } }',
  },
  {
    group: 'node',
    path: '.eslintrc.json',
    format: 'json',
    seeds: p => /^\.eslintrc/.test(base(p)),
    fallback:
      '{ "plugins": ["security"], "extends": ["plugin:security/recommended"] }',
  },
  {
    group: 'node',
    path: 'eslint.config.js',
    format: 'text',
    seeds: p => /^eslint\.config\.[cm]?[jt]s$/.test(base(p)),
    fallback:
      "import security from 'eslint-plugin-security';\nexport default [security.configs.recommended];\n",
  },
  {
    group: 'node',
    path: 'next.config.js',
    format: 'text',
    seeds: p => /^next\.config\.[cm]?[jt]s$/.test(base(p)),
    fallback: 'module.exports = { poweredByHeader: false };\n',
  },
  {
    group: 'python',
    path: 'setup.cfg',
    format: 'text',
    seeds: named('setup.cfg', 'mypy.ini'),
    fallback: '[mypy]\nstrict = True\n',
  },
  {
    group: 'python',
    path: 'ruff.toml',
    format: 'toml',
    seeds: p => /^\.?ruff\.toml$/.test(base(p)),
    fallback: '[lint]\nselect = ["S", "B"]\n',
  },
  {
    group: 'node',
    path: 'bunfig.toml',
    format: 'toml',
    seeds: named('bunfig.toml'),
    fallback: '[install]\nfrozenLockfile = true\n',
  },
  {
    group: 'python',
    path: 'gunicorn.conf.py',
    format: 'text',
    seeds: named('gunicorn.conf.py'),
    fallback: 'graceful_timeout = 30\n',
  },
  // source files the signal scanner reads
  {
    group: 'go',
    path: 'main.go',
    format: 'text',
    seeds: p => p.endsWith('.go'),
    fallback:
      'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
  },
  {
    group: 'python',
    path: 'app/main.py',
    format: 'text',
    seeds: p => p.endsWith('.py'),
    fallback: 'import requests\n\nrequests.get("https://x", timeout=5)\n',
  },
  {
    group: 'node',
    path: 'src/server.ts',
    format: 'text',
    seeds: p => /\.(ts|js|mjs|tsx)$/.test(p),
    fallback:
      "import express from 'express';\nconst app = express();\napp.listen(3000);\n",
  },
  {
    group: 'jvm-rust',
    path: 'src/main/java/App.java',
    format: 'text',
    seeds: p => /\.(java|kt)$/.test(p),
    fallback: 'public class App { public static void main(String[] a) {} }\n',
  },
  {
    group: 'jvm-rust',
    path: 'src/main.rs',
    format: 'text',
    seeds: p => p.endsWith('.rs'),
    fallback: 'fn main() { println!("hi"); }\n',
  },
  {
    group: 'delivery',
    path: 'infra/main.tf',
    format: 'text',
    seeds: p => p.endsWith('.tf'),
    fallback: 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n',
  },
  {
    group: 'node',
    path: 'public/index.html',
    format: 'text',
    seeds: p => p.endsWith('.html'),
    fallback: '<script src="https://cdn.example.com/x.js"></script>\n',
  },
  {
    group: 'delivery',
    path: '.env',
    format: 'text',
    seeds: p => base(p).startsWith('.env'),
    fallback: 'DATABASE_URL=postgres://localhost/x\n',
  },
];

/** Folders whose files seed the fuzzer: the example organisation and the per-check fixture trees. */
export const seedRoots = [
  path.resolve(__dirname, '../../../../../examples/repos'),
  path.resolve(__dirname, '../../../fixtures/checks'),
];

/** Seeds larger than this are skipped: mutations of huge files add time, not reach. */
const maxSeedBytes = 8 * 1024;
/** At most this many seeds per target, spread over the corpus, to keep generation cheap. */
const maxSeedsPerTarget = 12;

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out.sort();
}

/**
 * Reads the seed texts of every target from the seed roots (at most {@link maxSeedsPerTarget}, evenly spread
 * over the matches so different repositories are represented), the fallback first.
 */
export function loadSeeds(
  targets: readonly FuzzTarget[],
): Map<string, string[]> {
  const files = seedRoots.flatMap(root =>
    listFiles(root).map(full => ({
      full,
      relative: path.relative(root, full).split(path.sep).join('/'),
    })),
  );
  const seeds = new Map<string, string[]>();
  for (const target of targets) {
    const matching = files.filter(
      f => target.seeds(f.relative) && fs.statSync(f.full).size <= maxSeedBytes,
    );
    const step = Math.max(1, Math.ceil(matching.length / maxSeedsPerTarget));
    const texts = new Set([target.fallback]);
    for (let i = 0; i < matching.length; i += step) {
      texts.add(fs.readFileSync(matching[i].full, 'utf8'));
    }
    seeds.set(target.path, [...texts]);
  }
  return seeds;
}

/** Characters and tokens the grammars here care about. */
const grammarToken = fc.constantFrom(
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '`',
  '\n',
  '\\',
  '=',
  ':',
  '<',
  '>',
  '/',
  '#',
  '$',
  ',',
  ' ',
  '\t',
  '-',
  '*',
  '&',
  '|',
  '%',
  '@',
  '!',
  '---\n',
  '${',
  '{{',
  '}}',
  '\r\n',
  '\u0000',
  '\ufeff',
  'a',
  '1',
  '--hash=',
  '-r ',
  'require',
  'FROM ',
  'ARG ',
  'USER ',
  'RUN ',
  'on:',
  'jobs:',
  'steps:',
  'uses: ',
  'include:',
  'extends:',
  '[[package]]',
  '<dependency>',
  '<![CDATA[',
  '<!--',
  '__proto__',
  'constructor',
  'toString',
);

/**
 * A text with a few random insertions and deletions: reaches much deeper into a grammar than random text.
 * The same edits the manifest parsers' own property tests make.
 */
export function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(fc.string({ maxLength: 4 }), grammarToken),
    }),
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 8 }),
    }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map(edits =>
    edits.reduce((current, e) => {
      const at = current.length === 0 ? 0 : e.at % (current.length + 1);
      return e.kind === 'insert'
        ? current.slice(0, at) + e.text + current.slice(at)
        : current.slice(0, at) + current.slice(at + e.length);
    }, text),
  );
}

/** Strings built from grammar tokens: structural noise. */
export const grammarNoise = fc
  .array(grammarToken, { maxLength: 60 })
  .map(parts => parts.join(''));

/** Keys that trip naive object handling. */
const awkwardKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'length',
  '',
  ' ',
  '0',
  '-1',
  'ß',
  '\u0000',
  '../..',
);

/** Any JSON-like value, leaning on the awkward ones: wrong types where a parser expects a shape. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '*',
    'latest',
    '../../etc/passwd',
    '${{ x }}',
    '9999.9999.9999',
    'v',
    '\u0000',
  ),
  fc.constant([]),
  fc.constant({}),
  fc.array(
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
    { maxLength: 4 },
  ),
  fc.dictionary(
    fc.oneof(awkwardKey, fc.string({ maxLength: 8 })),
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
    { maxKeys: 4 },
  ),
);

type Path = Array<string | number>;

/** Paths to every node of a parsed document (breadth-first, capped), the root included. */
function nodePaths(value: unknown, cap = 300): Path[] {
  const out: Path[] = [[]];
  const queue: Array<[unknown, Path]> = [[value, []]];
  while (queue.length && out.length < cap) {
    const [node, at] = queue.shift()!;
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const child: Path = [...at, Array.isArray(node) ? Number(key) : key];
        out.push(child);
        queue.push([(node as Record<string, unknown>)[key], child]);
      }
    }
  }
  return out;
}

/** A copy of `value` with the node at `at` replaced; own-property writes so `__proto__` stays data. */
function replaced(value: unknown, at: Path, replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at;
  if (!value || typeof value !== 'object') return value;
  const copy: any = Array.isArray(value) ? [...value] : { ...value };
  Object.defineProperty(copy, head, {
    value: replaced((value as any)[head], rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** A document with a few nodes swapped for values of the wrong type or shape. */
function reshaped(document: unknown): fc.Arbitrary<unknown> {
  const paths = nodePaths(document);
  return fc
    .array(fc.tuple(fc.nat(), wrongValue), { minLength: 1, maxLength: 4 })
    .map(edits =>
      edits.reduce(
        (doc, [index, value]) =>
          replaced(doc, paths[index % paths.length], value),
        document,
      ),
    );
}

const xmlOptions = { ignoreAttributes: false, processEntities: false };

function parseDocument(format: FuzzFormat, text: string): unknown {
  switch (format) {
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        // JSON5 and JSONC seeds: YAML reads the comment-free subset well enough to reshape.
        return parseYaml(text.replace(/^\s*\/\/.*$/gm, ''));
      }
    case 'yaml':
      return parseYaml(text);
    case 'toml':
      return parseToml(text);
    case 'xml':
      return new XMLParser(xmlOptions).parse(text);
    default:
      return undefined;
  }
}

/** TOML has no null and needs a table at the top; keep what it can say. */
function tomlSafe(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(tomlSafe);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as object)) {
      Object.defineProperty(out, k, {
        value: tomlSafe(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

function serialise(
  format: FuzzFormat,
  value: unknown,
  fallback: string,
): string {
  try {
    switch (format) {
      case 'json':
        return JSON.stringify(value, null, 2) ?? 'null';
      case 'yaml':
        return stringifyYaml(value);
      case 'toml': {
        const table = tomlSafe(value);
        return stringifyToml(
          table && typeof table === 'object' && !Array.isArray(table)
            ? table
            : { value: table },
        );
      }
      case 'xml':
        return new XMLBuilder(xmlOptions).build(
          value && typeof value === 'object' ? value : { project: value },
        );
      default:
        return fallback;
    }
  } catch {
    // A reshaped value the format cannot spell: the seed itself is still a useful input.
    return fallback;
  }
}

/** Well-formed documents in a target's format with the wrong shape: the same format, different types. */
function wrongShapes(
  format: FuzzFormat,
  seeds: string[],
): fc.Arbitrary<string> | undefined {
  const documents = seeds.flatMap(text => {
    try {
      const value = parseDocument(format, text);
      return value === undefined ? [] : [{ text, value }];
    } catch {
      return [];
    }
  });
  if (!documents.length || format === 'text') return undefined;
  return fc.oneof(
    fc
      .constantFrom(...documents)
      .chain(({ text, value }) =>
        reshaped(value).map(doc => serialise(format, doc, text)),
      ),
    // A whole document of the wrong kind: a list, a scalar, an empty map.
    wrongValue.map(value => serialise(format, value, documents[0].text)),
  );
}

/**
 * One deeply nested document per format. Scored as the first thing a fresh process does, these reach code
 * that warm processes have already compiled (V8 compiles a regular expression natively on its second use,
 * and doing that deep in a recursive parse is what differs).
 */
export const deeplyNested: Record<FuzzFormat, string> = {
  yaml: '['.repeat(1000),
  json: '['.repeat(5000),
  toml: `a = ${'['.repeat(2000)}`,
  xml: '<a>'.repeat(2000),
  text: '('.repeat(5000),
};

/** Hostile documents in each format: alias and entity bombs, tags, deep nesting, odd encodings. */
const formatTricks: Record<FuzzFormat, string[]> = {
  yaml: [
    `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
    'x: !!js/function "function () { return 1 }"\n',
    'x: !custom { a: 1 }\n',
    'x: !!binary aGVsbG8=\n',
    '<<: { jobs: 1 }\non: [push]\n',
    `${'- '.repeat(2000)}x\n`,
    '['.repeat(1000),
    `${'['.repeat(3000)}`,
    '--- \n...\n---\nkey: value\n---\n- list\n',
    'key: "\\ud800"\n',
    '? [complex, key]\n: value\n',
    'a: 1\na: 2\n',
    '\ufeffon: push\n',
  ],
  json: [
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`,
    '{"a": 1, "a": 2}',
    '{"__proto__": {"polluted": true}, "dependencies": {"__proto__": "1.0.0"}}',
    '\ufeff{}',
    '{"x": "\\ud800"}',
    "/* c */ { extends: ['config:base'], /* unterminated",
    '1e999999',
  ],
  toml: [
    `a = ${'['.repeat(2000)}${']'.repeat(2000)}`,
    'a = 1\na = 2\n',
    '[a]\nb = 1\n[a]\nc = 2\n',
    'x = 1979-05-27T07:32:00Z\ny = inf\nz = nan\n',
    '"__proto__" = { polluted = true }\n',
    'a = """\nunterminated',
  ],
  xml: [
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><project><artifactId>&lol3;</artifactId></project>',
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><project><artifactId>&xxe;</artifactId></project>',
    `${'<a>'.repeat(2000)}${'</a>'.repeat(2000)}`,
    '<project><dependencies><dependency><version>${a}</version></dependency></dependencies><properties><a>${b}</a><b>${a}</b></properties></project>',
    '<project><![CDATA[</project>]]></project>',
  ],
  text: [
    '\u0000\u0001\u0002',
    '\r\r\r\n\n\r',
    'a'.repeat(10_000),
    `${'\\\n'.repeat(2000)}`,
    `${'${'.repeat(3000)}`,
    `${' '.repeat(10_000)}x`,
  ],
};

/**
 * Inputs for one target: arbitrary text (any code point), structural noise, mutated seeds, well-formed
 * documents of the wrong shape, and format-specific hostile documents.
 */
export function targetInput(
  target: FuzzTarget,
  seeds: string[],
): fc.Arbitrary<string> {
  const shapes = wrongShapes(target.format, seeds);
  const tricks = [...formatTricks[target.format], ...formatTricks.text];
  return fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength: 600 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }), weight: 1 },
    { arbitrary: grammarNoise, weight: 2 },
    { arbitrary: fc.constantFrom(...seeds).chain(mutated), weight: 4 },
    ...(shapes ? [{ arbitrary: shapes, weight: 4 }] : []),
    { arbitrary: fc.constantFrom(...tricks), weight: 1 },
  );
}
