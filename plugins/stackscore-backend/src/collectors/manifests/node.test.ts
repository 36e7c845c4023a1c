import {
  parsePackageJson,
  parsePackageLock,
  parsePnpmLock,
  parseYarnLock,
} from './node';

const packageJson = JSON.stringify(
  {
    name: '@acme/api',
    private: true,
    packageManager: 'pnpm@10.10.0',
    engines: { node: '>=22 <23' },
    volta: { node: '22.15.0' },
    scripts: { build: 'tsc', test: 'vitest' },
    workspaces: ['packages/*'],
    pnpm: { onlyBuiltDependencies: ['esbuild'] },
    trustedDependencies: ['sharp'],
    renovate: { extends: ['config:base'] },
    dependencies: { fastify: '^5.3.2', zod: '^3.24.4' },
    optionalDependencies: { fsevents: '^2.3.3' },
    peerDependencies: { express: '^4' },
    devDependencies: { typescript: '~5.8.3', next: '15.0.0' },
  },
  null,
  2,
);

describe('parsePackageJson', () => {
  it('reads dependencies by scope with lines, toolchain and settings', () => {
    const parsed = parsePackageJson(packageJson, 'api/package.json');
    expect(parsed.error).toBeUndefined();
    expect(parsed.name).toBe('@acme/api');
    expect(parsed.dependencies.map(d => [d.name, d.version, d.scope])).toEqual([
      ['fastify', '^5.3.2', 'runtime'],
      ['zod', '^3.24.4', 'runtime'],
      ['fsevents', '^2.3.3', 'runtime'],
      ['express', '^4', 'runtime'],
      ['typescript', '~5.8.3', 'dev'],
      ['next', '15.0.0', 'dev'],
    ]);
    const lines = packageJson.split('\n');
    for (const dependency of parsed.dependencies) {
      expect(lines[dependency.line! - 1]).toContain(`"${dependency.name}"`);
    }
    expect(parsed.toolchain).toEqual({
      value: '>=22 <23',
      file: 'api/package.json',
      line: lines.findIndex(l => l.includes('"node": ">=22 <23"')) + 1,
    });
    expect(parsed.settings).toMatchObject({
      enginesNode: '>=22 <23',
      voltaNode: '22.15.0',
      packageManager: 'pnpm@10.10.0',
      scripts: { build: 'tsc', test: 'vitest' },
      workspaces: ['packages/*'],
      pnpm: { onlyBuiltDependencies: ['esbuild'] },
      trustedDependencies: ['sharp'],
      renovate: true,
      private: true,
    });
  });

  it('counts only own runtime dependencies as server frameworks', () => {
    // express is a peer and next a dev dependency: neither makes this a server; fastify does.
    expect(
      parsePackageJson(packageJson, 'package.json').serverFrameworks,
    ).toEqual(['fastify']);
    const browser = parsePackageJson(
      '{"dependencies":{"react":"^18"},"devDependencies":{"vite":"^6"}}',
      'package.json',
    );
    expect(browser.serverFrameworks).toEqual([]);
    const scoped = parsePackageJson(
      '{"dependencies":{"@remix-run/node":"2","@backstage/backend-defaults":"0.5","hono":"4"}}',
      'package.json',
    );
    expect(scoped.serverFrameworks).toEqual([
      '@backstage/backend-defaults',
      '@remix-run/node',
      'hono',
    ]);
  });

  it('uses packageManager as toolchain only for bun', () => {
    expect(
      parsePackageJson('{"packageManager":"bun@1.2.0"}', 'p.json').toolchain
        ?.value,
    ).toBe('bun@1.2.0');
    expect(
      parsePackageJson('{"packageManager":"pnpm@10.0.0"}', 'p.json').toolchain,
    ).toBeUndefined();
    expect(
      parsePackageJson('{"volta":{"node":"22.1.0"}}', 'p.json').toolchain
        ?.value,
    ).toBe('22.1.0');
  });

  it('reports malformed JSON and non-object documents', () => {
    expect(parsePackageJson('{"name": ', 'package.json').error).toBeTruthy();
    expect(parsePackageJson('[1,2]', 'package.json').error).toMatch(
      /not a JSON object/,
    );
  });
});

describe('node lockfiles', () => {
  it('reads package-lock v3 packages with install scripts, skipping links and the root', () => {
    const lock = parsePackageLock(
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { name: 'root' },
          'node_modules/web': { resolved: 'web', link: true },
          'node_modules/esbuild': { version: '0.25.4', hasInstallScript: true },
          'node_modules/a/node_modules/@scope/b': { version: '1.0.0' },
        },
      }),
      'package-lock.json',
    );
    expect(lock.packages).toEqual([
      { name: 'root', version: undefined },
      { name: 'esbuild', version: '0.25.4', hasInstallScript: true },
      { name: '@scope/b', version: '1.0.0' },
    ]);
  });

  it('reads package-lock v1 nested dependencies', () => {
    const lock = parsePackageLock(
      JSON.stringify({
        lockfileVersion: 1,
        dependencies: {
          a: { version: '1.0.0', dependencies: { b: { version: '2.0.0' } } },
        },
      }),
      'package-lock.json',
    );
    expect(lock.packages).toEqual(
      expect.arrayContaining([
        { name: 'a', version: '1.0.0' },
        { name: 'b', version: '2.0.0' },
      ]),
    );
  });

  it('reads pnpm lockfiles v6/v9 and v5 keys', () => {
    const v9 = parsePnpmLock(
      "lockfileVersion: '9.0'\npackages:\n  '@scope/pkg@1.2.3':\n    resolution: {integrity: x}\n  esbuild@0.25.4:\n    resolution: {integrity: y}\n",
      'pnpm-lock.yaml',
    );
    expect(v9.packages).toEqual([
      { name: '@scope/pkg', version: '1.2.3' },
      { name: 'esbuild', version: '0.25.4' },
    ]);
    const v5 = parsePnpmLock(
      'lockfileVersion: 5.4\npackages:\n  /@scope/pkg/1.2.3_react@18.0.0:\n    requiresBuild: true\n',
      'pnpm-lock.yaml',
    );
    expect(v5.packages).toEqual([
      { name: '@scope/pkg', version: '1.2.3', hasInstallScript: true },
    ]);
    expect(parsePnpmLock('a: [', 'pnpm-lock.yaml').error).toBeTruthy();
    // A lockfileVersion that is a mapping is no version, not a crash of the whole collector.
    expect(
      parsePnpmLock(
        'lockfileVersion:\n  toString: 0\npackages:\n  esbuild@0.25.4: {}\n',
        'pnpm-lock.yaml',
      ).packages,
    ).toEqual([{ name: 'esbuild', version: '0.25.4' }]);
  });

  it('reads yarn classic and berry lockfiles', () => {
    const classic = parseYarnLock(
      '# yarn lockfile v1\n\n"@babel/core@^7.0.0", "@babel/core@^7.1.0":\n  version "7.2.0"\n  resolved "https://x"\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n',
      'yarn.lock',
    );
    expect(classic.packages).toEqual([
      { name: '@babel/core', version: '7.2.0' },
      { name: 'left-pad', version: '1.3.0' },
    ]);
    const berry = parseYarnLock(
      '__metadata:\n  version: 8\n\n"react@npm:^18.3.1":\n  version: 18.3.1\n  resolution: "react@npm:18.3.1"\n',
      'yarn.lock',
    );
    expect(berry.packages).toEqual([{ name: 'react', version: '18.3.1' }]);
  });
});
