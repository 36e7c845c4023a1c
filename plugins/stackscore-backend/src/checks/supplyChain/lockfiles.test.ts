import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { supplyChainCheckImplementations } from '.';
import { dockerfile, stage, workflow } from './testing';

function run(id: string, facts: EntityFacts) {
  const check = supplyChainCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

describe('supply-chain.lockfile-committed', () => {
  const id = 'supply-chain.lockfile-committed';
  const dep = {
    name: 'github.com/go-chi/chi/v5',
    version: 'v5.2.1',
    scope: 'runtime' as const,
    file: 'go.mod',
  };

  it('passes when go.sum covers the module', () => {
    const facts = serviceFacts({
      modules: [
        module({ ecosystem: 'go', dependencies: [dep], lockfiles: ['go.sum'] }),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('answers error, naming the file, when the only lockfile does not parse; a readable one elsewhere still counts', () => {
    const broken = {
      ecosystem: 'go' as const,
      file: 'go.sum',
      format: 'go.sum',
      packages: [],
      error: 'line 3: expected "<module> <version> <hash>"',
    };
    const facts = serviceFacts({
      files: ['go.mod', 'go.sum'],
      lockfiles: [broken],
      modules: [
        module({ ecosystem: 'go', dependencies: [dep], lockfiles: ['go.sum'] }),
      ],
    });
    const outcome = run(id, facts);
    expect(outcome.status).toBe('error');
    expect(outcome.evidence).toEqual([
      {
        message:
          'Could not read go.sum: line 3: expected "<module> <version> <hash>"',
        file: 'go.sum',
      },
    ]);

    const withUsable = serviceFacts({
      files: ['package.json', 'package-lock.json', 'yarn.lock'],
      lockfiles: [
        { ...broken, ecosystem: 'node', file: 'yarn.lock', format: 'yarn' },
      ],
      modules: [
        module({
          ecosystem: 'node',
          manifests: ['package.json'],
          dependencies: [{ ...dep, name: 'react' }],
          lockfiles: ['yarn.lock', 'package-lock.json'],
        }),
      ],
    });
    expect(run(id, withUsable)).toMatchObject({
      status: 'pass',
      evidence: [{ message: 'package.json is locked by package-lock.json' }],
    });
  });

  it('fails a Go module with requirements and no go.sum', () => {
    const facts = serviceFacts({
      modules: [module({ ecosystem: 'go', dependencies: [dep] })],
    });
    const outcome = run(id, facts);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toContain('go.sum');
  });

  it('passes hash-pinned requirements and finds committed lockfiles in parent folders', () => {
    const facts = serviceFacts({
      files: ['package-lock.json', 'web/package.json'],
      modules: [
        module({
          ecosystem: 'python',
          manifests: ['requirements.txt'],
          dependencies: [{ ...dep, name: 'flask' }],
          settings: { hashPinned: true },
        }),
        module({
          ecosystem: 'node',
          dir: 'web',
          manifests: ['web/package.json'],
          dependencies: [{ ...dep, name: 'react' }],
        }),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('is not applicable for Java-only repositories and reports unreadable manifests as errors', () => {
    expect(
      run(id, serviceFacts({ modules: [module({ ecosystem: 'java' })] }))
        .status,
    ).toBe('not-applicable');
    expect(
      run(
        id,
        serviceFacts({
          modules: [module({ ecosystem: 'rust', error: 'bad toml' })],
        }),
      ).status,
    ).toBe('error');
  });
});

describe('supply-chain.frozen-install', () => {
  const id = 'supply-chain.frozen-install';

  it('passes npm ci and a plain pnpm install in CI', () => {
    const facts = serviceFacts({
      ci: [workflow(['npm ci --ignore-scripts', 'pnpm install'])],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('fails npm install in CI and a plain pnpm install in a Dockerfile', () => {
    const facts = serviceFacts({
      ci: [workflow(['npm install'])],
      dockerfiles: [
        dockerfile([stage('node:22.15.0-slim', { run: ['pnpm install'] })]),
      ],
    });
    const outcome = run(id, facts);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.map(e => e.file)).toEqual([
      '.github/workflows/ci.yml',
      'Dockerfile',
    ]);
  });

  it('fails pip install -r of an unlocked requirements file and go get in a Dockerfile', () => {
    const facts = serviceFacts({
      files: ['go.sum'],
      dockerfiles: [
        dockerfile([
          stage('golang:1.24', {
            run: [
              'go get github.com/gin-gonic/gin',
              'pip install -r requirements.txt',
            ],
          }),
        ]),
      ],
    });
    expect(run(id, facts).evidence).toHaveLength(2);
  });

  it('passes uv sync --frozen, poetry install with a lock and cargo build --locked', () => {
    const facts = serviceFacts({
      files: ['poetry.lock'],
      ci: [
        workflow([
          'uv sync --frozen',
          'poetry install --no-root',
          'cargo build --release --locked',
        ]),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('does not judge tool installs that name packages', () => {
    const facts = serviceFacts({
      ci: [workflow(['pip install uv', 'npm install -g eslint', 'npm ci'])],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('is not applicable when only Maven builds restore dependencies', () => {
    const facts = serviceFacts({
      modules: [module({ ecosystem: 'java' })],
      ci: [workflow(['mvn -B verify'])],
    });
    expect(run(id, facts).status).toBe('not-applicable');
  });
});

describe('supply-chain.hold-list-dependencies', () => {
  const id = 'supply-chain.hold-list-dependencies';
  const lock = (
    packages: { name: string; version?: string }[],
    ecosystem: 'node' | 'java' = 'node',
  ) => ({
    ecosystem,
    file: ecosystem === 'node' ? 'package-lock.json' : 'gradle.lockfile',
    format: ecosystem === 'node' ? 'package-lock' : 'gradle-lockfile',
    packages,
  });

  it('fails a compromised ua-parser-js and only warns about moment', () => {
    const facts = serviceFacts({
      modules: [
        module({ ecosystem: 'node', lockfiles: ['package-lock.json'] }),
      ],
      lockfiles: [
        lock([
          { name: 'ua-parser-js', version: '0.7.29' },
          { name: 'moment', version: '2.29.1' },
        ]),
      ],
    });
    const outcome = run(id, facts);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.map(e => e.message).join('\n')).toMatch(
      /ua-parser-js 0\.7\.29[\s\S]*Warning: moment/,
    );
  });

  it('passes moment alone, with a warning', () => {
    const facts = serviceFacts({
      modules: [module({ ecosystem: 'node' })],
      lockfiles: [
        lock([
          { name: 'moment', version: '2.29.4' },
          { name: 'ua-parser-js', version: '0.7.33' },
        ]),
      ],
    });
    const outcome = run(id, facts);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[1].message).toContain('Warning: moment');
  });

  it('judges log4j-core below 2.17.1, not log4j-api, including declared Maven versions', () => {
    const ok = serviceFacts({
      modules: [module({ ecosystem: 'java' })],
      lockfiles: [
        lock(
          [{ name: 'org.apache.logging.log4j:log4j-api', version: '2.14.0' }],
          'java',
        ),
      ],
    });
    expect(run(id, ok).status).toBe('pass');
    const declared = serviceFacts({
      modules: [
        module({
          ecosystem: 'java',
          dependencies: [
            {
              name: 'org.apache.logging.log4j:log4j-core',
              version: '2.14.1',
              scope: 'runtime',
              file: 'pom.xml',
              line: 30,
            },
          ],
        }),
      ],
    });
    expect(run(id, declared)).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'pom.xml', line: 30 }],
    });
  });

  it('flags every node-ipc, colors and event-stream release on the list', () => {
    const facts = serviceFacts({
      modules: [module({ ecosystem: 'node' })],
      lockfiles: [
        lock([
          { name: 'node-ipc', version: '10.1.2' },
          { name: 'node-ipc', version: '9.2.2' },
          { name: 'colors', version: '1.4.44-liberty-2' },
          { name: 'event-stream', version: '3.3.6' },
          { name: 'flatmap-stream', version: '0.1.1' },
          { name: 'node-ipc', version: '9.2.1' },
        ]),
      ],
    });
    expect(run(id, facts).evidence).toHaveLength(5);
  });

  it('is not applicable without node or java', () => {
    expect(
      run(id, serviceFacts({ modules: [module({ ecosystem: 'go' })] })).status,
    ).toBe('not-applicable');
  });
});
