import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { supplyChainCheckImplementations } from '.';
import { dockerfile, signal, stage, step, workflow } from './testing';
import { isFloatingVersionValue } from './versions';

function run(id: string, facts: EntityFacts) {
  const check = supplyChainCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

describe('supply-chain.no-floating-versions', () => {
  const id = 'supply-chain.no-floating-versions';

  it('passes exact tool versions, caret ranges with a lockfile and toolchain setup actions', () => {
    const facts = serviceFacts({
      modules: [
        module({
          ecosystem: 'node',
          lockfiles: ['package-lock.json'],
          dependencies: [
            {
              name: 'fastify',
              version: '^5.3.2',
              scope: 'runtime',
              file: 'package.json',
            },
            {
              name: 'shared',
              version: 'workspace:*',
              scope: 'runtime',
              file: 'package.json',
            },
          ],
        }),
      ],
      ci: [
        workflow([
          { uses: 'actions/setup-node@v4', with: { 'node-version': 'lts/*' } },
          {
            uses: 'golangci/golangci-lint-action@v8',
            with: { version: 'v2.1.6' },
          },
          'go run golang.org/x/vuln/cmd/govulncheck@v1.1.4 ./...',
          'cargo install cargo-cyclonedx --version 0.5.7 --locked',
          'pip install --upgrade pip',
          'npm install -g pnpm@10.11.0',
        ]),
      ],
      dockerfiles: [
        dockerfile([
          stage('python:3.12-slim', {
            run: [
              'pip install --no-cache-dir uv==0.7.3',
              'apt-get install -y curl',
            ],
          }),
        ]),
      ],
    });
    expect(run(id, facts)).toMatchObject({ status: 'pass' });
  });

  it('fails the documents own examples: unpinned pip install uv (000:L376) and govulncheck@latest (000:L31)', () => {
    const facts = serviceFacts({
      ci: [workflow(['go install golang.org/x/vuln/cmd/govulncheck@latest'])],
      dockerfiles: [
        dockerfile([stage('python:3.12-slim', { run: ['pip install uv'] })]),
      ],
    });
    const outcome = run(id, facts);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.map(e => e.message).join('\n')).toMatch(
      /govulncheck@latest[\s\S]*`uv`/,
    );
  });

  it('fails curl | sh installers, cargo install without a version and version: latest', () => {
    const facts = serviceFacts({
      ci: [
        workflow([
          'curl -sSfL https://example.com/install.sh | sh',
          'cargo install cargo-audit',
          {
            uses: 'golangci/golangci-lint-action@v8',
            with: { version: 'latest' },
          },
          { uses: 'some/tool-action@v1', with: { 'tool-version': '>=11 <12' } },
        ]),
      ],
    });
    expect(run(id, facts).evidence).toHaveLength(4);
  });

  it('fails manifest ranges: npm "*"/"latest", Maven ranges, Gradle dynamic versions, unpinned requirements', () => {
    const facts = serviceFacts({
      modules: [
        module({
          ecosystem: 'node',
          lockfiles: ['package-lock.json'],
          dependencies: [
            {
              name: 'moment',
              version: 'latest',
              scope: 'runtime',
              file: 'package.json',
            },
          ],
        }),
        module({
          ecosystem: 'java',
          dependencies: [
            {
              name: 'g:a',
              version: '[1.0,2.0)',
              scope: 'runtime',
              file: 'pom.xml',
            },
          ],
        }),
        module({
          ecosystem: 'python',
          manifests: ['requirements.txt'],
          dependencies: [
            {
              name: 'flask',
              version: '>=3',
              scope: 'runtime',
              file: 'requirements.txt',
            },
          ],
        }),
      ],
      signals: [
        signal(
          'supply-chain.gradle-dynamic-version',
          'build.gradle.kts',
          'implementation("g:a:1.+")',
          4,
        ),
      ],
    });
    expect(run(id, facts).evidence).toHaveLength(4);
  });

  it('recognises channels and ranges as floating tool versions', () => {
    expect(
      ['latest', 'stable', 'lts/*', '>=11 <12', '^1.2', '1.x'].every(
        isFloatingVersionValue,
      ),
    ).toBe(true);
    expect(['v2.1.6', '1.22.3', '10'].some(isFloatingVersionValue)).toBe(false);
  });
});

describe('supply-chain.toolchain-pinned', () => {
  const id = 'supply-chain.toolchain-pinned';

  it('passes go 1.22 and fails go 1.19', () => {
    const pinned = module({
      ecosystem: 'go',
      toolchain: { value: '1.22', file: 'go.mod', line: 3 },
    });
    expect(run(id, serviceFacts({ modules: [pinned] })).status).toBe('pass');
    const old = module({
      ecosystem: 'go',
      toolchain: { value: '1.19', file: 'go.mod', line: 3 },
    });
    expect(run(id, serviceFacts({ modules: [old] }))).toMatchObject({
      status: 'fail',
      evidence: [{ line: 3 }],
    });
  });

  it('passes node pinned by .nvmrc in a parent folder, fails lts/*', () => {
    const web = module({
      ecosystem: 'node',
      dir: 'web',
      manifests: ['web/package.json'],
    });
    expect(
      run(
        id,
        serviceFacts({
          modules: [web],
          configFiles: { '.nvmrc': '22.15.0\n' },
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({ modules: [web], configFiles: { '.nvmrc': 'lts/*\n' } }),
      ).status,
    ).toBe('fail');
    expect(run(id, serviceFacts({ modules: [web] })).status).toBe('fail');
  });

  it('accepts packageManager bun@x and engines.node', () => {
    const bun = module({
      ecosystem: 'node',
      settings: { packageManager: 'bun@1.2.13' },
    });
    const engines = module({
      ecosystem: 'node',
      dir: 'api',
      settings: { engines: { node: '>=22' } },
    });
    expect(run(id, serviceFacts({ modules: [bun, engines] })).status).toBe(
      'pass',
    );
  });

  it('reads rust-toolchain.toml channels and Java pins', () => {
    const crate = module({ ecosystem: 'rust' });
    expect(
      run(
        id,
        serviceFacts({
          modules: [crate],
          configFiles: {
            'rust-toolchain.toml': '[toolchain]\nchannel = "1.86.0"\n',
          },
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          modules: [crate],
          configFiles: {
            'rust-toolchain.toml': '[toolchain]\nchannel = "stable"\n',
          },
        }),
      ).status,
    ).toBe('fail');
    const boot = module({
      ecosystem: 'java',
      settings: {
        parent: { artifactId: 'spring-boot-starter-parent' },
        properties: { 'java.version': '21' },
      },
    });
    expect(run(id, serviceFacts({ modules: [boot] })).status).toBe('pass');
    expect(
      run(id, serviceFacts({ modules: [module({ ecosystem: 'java' })] }))
        .status,
    ).toBe('fail');
  });

  it('passes python with requires-python or .python-version', () => {
    const py = module({ ecosystem: 'python' });
    expect(
      run(id, serviceFacts({ modules: [py], files: ['.python-version'] }))
        .status,
    ).toBe('pass');
    expect(run(id, serviceFacts({ modules: [py] })).status).toBe('fail');
  });
});

describe('step builder', () => {
  it('defaults to a blocking step', () => {
    expect(step('make')).toMatchObject({ run: 'make', continueOnError: false });
  });
});
