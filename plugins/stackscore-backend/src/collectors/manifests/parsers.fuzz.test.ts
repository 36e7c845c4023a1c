import fc from 'fast-check';
import {
  grammarNoise,
  manifestFixtures,
  mutated,
} from '../../reliability/__testUtils__/fuzzInputs';
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

const parsers: Array<[string, (text: string) => unknown, string]> = [
  ['parseGoMod', t => parseGoMod(t, 'go.mod'), manifestFixtures.goMod],
  ['parseGoSum', t => parseGoSum(t, 'go.sum'), manifestFixtures.goSum],
  [
    'parsePackageJson',
    t => parsePackageJson(t, 'package.json'),
    manifestFixtures.packageJson,
  ],
  [
    'parsePackageLock',
    t => parsePackageLock(t, 'package-lock.json'),
    manifestFixtures.packageLock,
  ],
  [
    'parsePnpmLock',
    t => parsePnpmLock(t, 'pnpm-lock.yaml'),
    manifestFixtures.pnpmLock,
  ],
  [
    'parseYarnLock',
    t => parseYarnLock(t, 'yarn.lock'),
    manifestFixtures.yarnLock,
  ],
  [
    'parsePyproject',
    t => parsePyproject(t, 'pyproject.toml'),
    manifestFixtures.pyproject,
  ],
  [
    'parseRequirements',
    t => parseRequirements(t, 'requirements.txt'),
    manifestFixtures.requirements,
  ],
  [
    'parsePythonTomlLock',
    t => parsePythonTomlLock(t, 'uv.lock', 'uv-lock'),
    manifestFixtures.pythonLock,
  ],
  [
    'parsePipfileLock',
    t => parsePipfileLock(t, 'Pipfile.lock'),
    manifestFixtures.pipfileLock,
  ],
  [
    'parseCargoToml',
    t => parseCargoToml(t, 'Cargo.toml'),
    manifestFixtures.cargo,
  ],
  [
    'parseCargoLock',
    t => parseCargoLock(t, 'Cargo.lock'),
    manifestFixtures.cargoLock,
  ],
  [
    'parsePom+resolvePomModule',
    t =>
      resolvePomModule(parsePom(t, 'a/pom.xml'), [
        parsePom(manifestFixtures.pom, 'pom.xml'),
      ]),
    manifestFixtures.pom,
  ],
  [
    'parseGradleBuild',
    t =>
      parseGradleBuild(
        t,
        'build.gradle.kts',
        parseVersionCatalog(manifestFixtures.catalog),
      ),
    manifestFixtures.gradle,
  ],
  [
    'parseGradleSettings',
    t => parseGradleSettings(t),
    manifestFixtures.gradleSettings,
  ],
  [
    'parseVersionCatalog',
    t => parseVersionCatalog(t),
    manifestFixtures.catalog,
  ],
  [
    'parseGradleLockfile',
    t => parseGradleLockfile(t, 'gradle.lockfile'),
    manifestFixtures.gradleLock,
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
