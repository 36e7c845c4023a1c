import fc from 'fast-check';
import { parseGoMod, parseGoSum } from './go';
import {
  parseGradleBuild,
  parseGradleLockfile,
  parseGradleSettings,
  parseVersionCatalog,
} from './gradle';
import { parsePom, resolvePomModule } from './java';
import {
  parsePackageJson,
  parsePackageLock,
  parsePnpmLock,
  parseYarnLock,
} from './node';
import {
  parsePipfileLock,
  parsePyproject,
  parsePythonTomlLock,
  parseRequirements,
} from './python';
import { parseCargoLock, parseCargoToml } from './rust';

/*
 * Parsers must never throw, whatever the input: arbitrary strings, and valid fixtures with random
 * characters inserted or deleted (which reach much deeper into each grammar than random text).
 */

const runs = { numRuns: 500 };

/** A valid fixture with a few random insertions and deletions. */
function mutated(fixture: string) {
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.string({ maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 8 }),
    }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map(edits =>
    edits.reduce((text, e) => {
      const at = text.length === 0 ? 0 : e.at % (text.length + 1);
      return e.kind === 'insert'
        ? text.slice(0, at) + e.text + text.slice(at)
        : text.slice(0, at) + text.slice(at + e.length);
    }, fixture),
  );
}

/** Also tries structural characters each grammar cares about. */
const grammarNoise = fc
  .array(
    fc.constantFrom(
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
      'a',
      '1',
      '@',
      '--hash=',
      '-r ',
      'require',
    ),
    { maxLength: 60 },
  )
  .map(parts => parts.join(''));

const fixtures: Record<string, string> = {
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

const parsers: Array<[string, (text: string) => unknown, string]> = [
  ['parseGoMod', t => parseGoMod(t, 'go.mod'), fixtures.goMod],
  ['parseGoSum', t => parseGoSum(t, 'go.sum'), fixtures.goSum],
  [
    'parsePackageJson',
    t => parsePackageJson(t, 'package.json'),
    fixtures.packageJson,
  ],
  [
    'parsePackageLock',
    t => parsePackageLock(t, 'package-lock.json'),
    fixtures.packageLock,
  ],
  ['parsePnpmLock', t => parsePnpmLock(t, 'pnpm-lock.yaml'), fixtures.pnpmLock],
  ['parseYarnLock', t => parseYarnLock(t, 'yarn.lock'), fixtures.yarnLock],
  [
    'parsePyproject',
    t => parsePyproject(t, 'pyproject.toml'),
    fixtures.pyproject,
  ],
  [
    'parseRequirements',
    t => parseRequirements(t, 'requirements.txt'),
    fixtures.requirements,
  ],
  [
    'parsePythonTomlLock',
    t => parsePythonTomlLock(t, 'uv.lock', 'uv-lock'),
    fixtures.pythonLock,
  ],
  [
    'parsePipfileLock',
    t => parsePipfileLock(t, 'Pipfile.lock'),
    fixtures.pipfileLock,
  ],
  ['parseCargoToml', t => parseCargoToml(t, 'Cargo.toml'), fixtures.cargo],
  ['parseCargoLock', t => parseCargoLock(t, 'Cargo.lock'), fixtures.cargoLock],
  [
    'parsePom+resolvePomModule',
    t =>
      resolvePomModule(parsePom(t, 'a/pom.xml'), [
        parsePom(fixtures.pom, 'pom.xml'),
      ]),
    fixtures.pom,
  ],
  [
    'parseGradleBuild',
    t =>
      parseGradleBuild(
        t,
        'build.gradle.kts',
        parseVersionCatalog(fixtures.catalog),
      ),
    fixtures.gradle,
  ],
  ['parseGradleSettings', t => parseGradleSettings(t), fixtures.gradleSettings],
  ['parseVersionCatalog', t => parseVersionCatalog(t), fixtures.catalog],
  [
    'parseGradleLockfile',
    t => parseGradleLockfile(t, 'gradle.lockfile'),
    fixtures.gradleLock,
  ],
];

describe.each(parsers)('%s never throws', (_name, parse, fixture) => {
  it('on the valid fixture', () => {
    expect(() => parse(fixture)).not.toThrow();
  });

  it('on arbitrary strings', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.string(), text => {
          parse(text);
        }),
        runs,
      ),
    ).not.toThrow();
  });

  it('on structural noise', () => {
    expect(() =>
      fc.assert(
        fc.property(grammarNoise, text => {
          parse(text);
        }),
        runs,
      ),
    ).not.toThrow();
  });

  it('on mutated valid input', () => {
    expect(() =>
      fc.assert(
        fc.property(mutated(fixture), text => {
          parse(text);
        }),
        runs,
      ),
    ).not.toThrow();
  });
});
