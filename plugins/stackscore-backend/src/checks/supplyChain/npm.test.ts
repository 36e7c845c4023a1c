import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { CheckSettings, defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { supplyChainCheckImplementations } from '.';
import { dockerfile, stage, workflow } from './testing';

function run(
  id: string,
  facts: EntityFacts,
  settings: CheckSettings = defaultCheckSettings,
) {
  const check = supplyChainCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, settings);
}

const node = module({ ecosystem: 'node', lockfiles: ['package-lock.json'] });
const lockfile = (
  packages: { name: string; version?: string; hasInstallScript?: boolean }[],
) => ({
  ecosystem: 'node' as const,
  file: 'package-lock.json',
  format: 'package-lock',
  packages,
});

describe('supply-chain.npm-ignore-scripts', () => {
  const id = 'supply-chain.npm-ignore-scripts';

  it('passes --ignore-scripts everywhere, .npmrc ignore-scripts=true, or pnpm 10', () => {
    expect(
      run(
        id,
        serviceFacts({
          modules: [node],
          ci: [workflow(['npm ci --ignore-scripts'])],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          modules: [node],
          configFiles: { '.npmrc': 'ignore-scripts=true\n' },
        }),
      ).status,
    ).toBe('pass');
    const pnpm10 = module({
      ecosystem: 'node',
      settings: { packageManager: 'pnpm@10.11.0' },
    });
    expect(
      run(
        id,
        serviceFacts({ modules: [pnpm10], ci: [workflow(['pnpm install'])] }),
      ).status,
    ).toBe('pass');
  });

  it('fails an install in a production Dockerfile that runs scripts', () => {
    const facts = serviceFacts({
      modules: [node],
      ci: [workflow(['npm ci --ignore-scripts'])],
      dockerfiles: [
        dockerfile([
          stage('node:22.15.0-slim', { run: ['npm ci --omit=dev'] }),
        ]),
      ],
    });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'Dockerfile', line: 5 }],
    });
  });

  it('fails when nothing disables install scripts', () => {
    expect(run(id, serviceFacts({ modules: [node] })).status).toBe('fail');
  });
});

describe('supply-chain.install-scripts-reviewed', () => {
  const id = 'supply-chain.install-scripts-reviewed';

  it('fails an install script that is not allowlisted, even with --ignore-scripts', () => {
    const facts = serviceFacts({
      modules: [node],
      lockfiles: [
        lockfile([
          { name: 'esbuild', version: '0.25.4', hasInstallScript: true },
        ]),
      ],
      ci: [workflow(['npm ci --ignore-scripts'])],
    });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [{ message: expect.stringContaining('esbuild') }],
    });
  });

  it('passes with the pnpm allowlist or the organisation allowlist', () => {
    const pnpm = module({
      ecosystem: 'node',
      settings: { pnpm: { onlyBuiltDependencies: ['esbuild'] } },
    });
    const facts = serviceFacts({
      modules: [pnpm],
      lockfiles: [lockfile([{ name: 'esbuild', hasInstallScript: true }])],
    });
    expect(run(id, facts).status).toBe('pass');
    const org = serviceFacts({
      modules: [node],
      lockfiles: [lockfile([{ name: 'sharp', hasInstallScript: true }])],
    });
    expect(
      run(id, org, {
        ...defaultCheckSettings,
        installScriptAllowlist: ['sharp'],
      }).status,
    ).toBe('pass');
  });

  it('passes when no entry has an install script, errors on an unreadable lockfile', () => {
    expect(
      run(
        id,
        serviceFacts({
          modules: [node],
          lockfiles: [lockfile([{ name: 'fastify' }])],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          modules: [node],
          lockfiles: [{ ...lockfile([]), error: 'bad json' }],
        }),
      ).status,
    ).toBe('error');
  });
});

describe('supply-chain.private-scope-registry', () => {
  const id = 'supply-chain.private-scope-registry';
  const settings = { ...defaultCheckSettings, internalNpmScopes: ['larkspur'] };
  const internal = module({
    ecosystem: 'node',
    dependencies: [
      {
        name: '@larkspur/logger',
        version: '^1.0.0',
        scope: 'runtime',
        file: 'package.json',
        line: 8,
      },
    ],
  });

  it('is not applicable without a configured scope or internal dependencies', () => {
    expect(run(id, serviceFacts({ modules: [internal] })).status).toBe(
      'not-applicable',
    );
    expect(run(id, serviceFacts({ modules: [node] }), settings).status).toBe(
      'not-applicable',
    );
  });

  it('passes when .npmrc maps the scope and fails when it does not', () => {
    const mapped = serviceFacts({
      modules: [internal],
      configFiles: { '.npmrc': '@larkspur:registry=https://npm.pkg.example\n' },
    });
    expect(run(id, mapped, settings).status).toBe('pass');
    expect(
      run(id, serviceFacts({ modules: [internal] }), settings),
    ).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'package.json', line: 8 }],
    });
  });
});
