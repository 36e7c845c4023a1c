import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { securityCheckImplementations } from '.';
import { dockerfile, signal, stage, workflow } from '../supplyChain/testing';

function run(id: string, facts: EntityFacts) {
  const check = securityCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

const server = module({ ecosystem: 'go', serverFrameworks: ['chi'] });

describe('security.sast-in-ci', () => {
  const id = 'security.sast-in-ci';

  it('passes CodeQL, Semgrep or the GitLab SAST template on pull requests', () => {
    expect(
      run(
        id,
        serviceFacts({
          ci: [workflow([{ uses: 'github/codeql-action/analyze@v3' }])],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(id, serviceFacts({ ci: [workflow(['semgrep ci --config p/rust'])] }))
        .status,
    ).toBe('pass');
    const gitlab = workflow([], {
      provider: 'gitlab',
      file: '.gitlab-ci.yml',
      triggers: ['merge_request'],
      includes: ['Jobs/SAST.gitlab-ci.yml'],
    });
    expect(run(id, serviceFacts({ ci: [gitlab] })).status).toBe('pass');
  });

  it('passes gosec for Go and SpotBugs with FindSecBugs for Java', () => {
    expect(
      run(
        id,
        serviceFacts({
          modules: [server],
          ci: [
            workflow([
              'go run github.com/securego/gosec/v2/cmd/gosec@v2.22.4 ./...',
            ]),
          ],
        }),
      ).status,
    ).toBe('pass');
    const java = module({
      ecosystem: 'java',
      settings: {
        plugins: {
          'spotbugs-maven-plugin': {
            plugins: { plugin: { artifactId: 'findsecbugs-plugin' } },
          },
        },
      },
    });
    expect(
      run(
        id,
        serviceFacts({ modules: [java], ci: [workflow(['mvn -B verify'])] }),
      ).status,
    ).toBe('pass');
  });

  it('fails a schedule-only scan and a missing one', () => {
    const nightly = workflow([{ uses: 'github/codeql-action/analyze@v3' }], {
      triggers: ['schedule'],
    });
    expect(run(id, serviceFacts({ ci: [nightly] }))).toMatchObject({
      status: 'fail',
      evidence: [{ message: expect.stringContaining('only on a schedule') }],
    });
    expect(run(id, serviceFacts({ ci: [workflow(['npm test'])] })).status).toBe(
      'fail',
    );
  });
});

describe('security.secret-scanning', () => {
  const id = 'security.secret-scanning';
  // Built by concatenation so no key-shaped literal appears in the source.
  const fakeKey = `AKIA${'Q'.repeat(16)}`;

  it('passes a scanner and a clean repository', () => {
    expect(
      run(
        id,
        serviceFacts({
          ci: [workflow([{ uses: 'gitleaks/gitleaks-action@v2' }])],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          files: ['.gitleaks.toml'],
          configFiles: { '.gitleaks.toml': '[extend]\nuseDefault = true\n' },
        }),
      ).status,
    ).toBe('pass');
  });

  it('answers error for a .gitleaks.toml gitleaks could not parse, and still fails a committed key', () => {
    const broken = {
      files: ['.gitleaks.toml'],
      configFiles: { '.gitleaks.toml': '[extend\n' },
    };
    expect(run(id, serviceFacts(broken))).toEqual({
      status: 'error',
      evidence: [
        {
          message: expect.stringMatching(/^Could not read \.gitleaks\.toml: /),
          file: '.gitleaks.toml',
        },
      ],
    });
    expect(
      run(
        id,
        serviceFacts({
          ...broken,
          signals: [
            signal(
              'security.aws-access-key-id',
              'deploy/config.yaml',
              `key: ${fakeKey}`,
              7,
            ),
          ],
        }),
      ).status,
    ).toBe('fail');
  });

  it('fails a committed access key even with a scanner', () => {
    const facts = serviceFacts({
      files: ['.gitleaks.toml'],
      configFiles: { '.gitleaks.toml': '' },
      signals: [
        signal(
          'security.aws-access-key-id',
          'deploy/config.yaml',
          `key: ${fakeKey}`,
          7,
        ),
      ],
    });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'deploy/config.yaml', line: 7 }],
    });
  });

  it('fails without a scanner', () => {
    expect(run(id, serviceFacts()).status).toBe('fail');
  });
});

describe('security.lint-and-typecheck', () => {
  const id = 'security.lint-and-typecheck';

  it('judges each ecosystem', () => {
    const python = module({ ecosystem: 'python', dir: 'tools' });
    const ok = serviceFacts({
      modules: [server, python],
      ci: [
        workflow(['go vet ./...', 'uv run ruff check .', 'uv run mypy src']),
      ],
    });
    expect(run(id, ok).status).toBe('pass');
    const noMypy = serviceFacts({
      modules: [server, python],
      ci: [workflow(['go vet ./...', 'ruff check .'])],
    });
    const outcome = run(id, noMypy);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toBe('python: no `mypy` in CI');
  });

  it('needs clippy with warnings denied for Rust', () => {
    const rust = module({ ecosystem: 'rust' });
    expect(
      run(
        id,
        serviceFacts({
          modules: [rust],
          ci: [workflow(['cargo clippy --all-targets -- -D warnings'])],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({ modules: [rust], ci: [workflow(['cargo clippy'])] }),
      ).status,
    ).toBe('fail');
  });

  it('needs an ESLint config, a CI lint, a type check and strict tsconfig for TypeScript packages', () => {
    const web = module({
      ecosystem: 'node',
      dir: 'web',
      manifests: ['web/package.json'],
      settings: { scripts: { lint: 'eslint .', typecheck: 'tsc --noEmit' } },
    });
    const configFiles = {
      'web/eslint.config.js': 'export default [];',
      'web/tsconfig.json':
        '{ // comment\n "extends": "./tsconfig.base.json", }',
      'web/tsconfig.base.json': '{ "compilerOptions": { "strict": true, } }',
    };
    const ok = serviceFacts({
      modules: [web],
      configFiles,
      ci: [workflow(['npm run lint', 'npm run typecheck'])],
    });
    expect(run(id, ok).status).toBe('pass');
    const loose = serviceFacts({
      modules: [web],
      configFiles: {
        ...configFiles,
        'web/tsconfig.base.json': '{ "compilerOptions": {} }',
      },
      ci: [workflow(['npm run lint', 'npm run typecheck'])],
    });
    expect(run(id, loose)).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'web/tsconfig.json' }],
    });
    expect(
      run(id, serviceFacts({ modules: [module({ ecosystem: 'node' })] }))
        .status,
    ).toBe('fail');
  });
});

describe('security.dast', () => {
  const id = 'security.dast';

  it('passes a ZAP scan, fails without one, n/a without a server', () => {
    expect(
      run(
        id,
        serviceFacts({
          modules: [server],
          ci: [workflow([{ uses: 'zaproxy/action-baseline@v0.14.0' }])],
        }),
      ).status,
    ).toBe('pass');
    expect(run(id, serviceFacts({ modules: [server] })).status).toBe('fail');
    expect(
      run(id, serviceFacts({ modules: [module({ ecosystem: 'node' })] }))
        .status,
    ).toBe('not-applicable');
  });
});

describe('security.container-image-scan', () => {
  const id = 'security.container-image-scan';
  const dockerfiles = [dockerfile([stage('python:3.12-slim')])];

  it('passes Trivy image scans and ECR scan_on_push', () => {
    expect(
      run(
        id,
        serviceFacts({
          dockerfiles,
          ci: [
            workflow([
              {
                uses: 'aquasecurity/trivy-action@0.30.0',
                with: { 'image-ref': 'app:ci' },
              },
            ]),
          ],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          dockerfiles,
          ci: [workflow(['trivy image --exit-code 1 app'])],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          dockerfiles,
          signals: [
            signal(
              'security.ecr-scan-on-push',
              'infra/ecr.tf',
              'scan_on_push = true',
            ),
          ],
        }),
      ).status,
    ).toBe('pass');
  });

  it('fails a filesystem-only Trivy scan, and is n/a without a production Dockerfile', () => {
    const fs = workflow([
      { uses: 'aquasecurity/trivy-action@0.30.0', with: { 'scan-type': 'fs' } },
    ]);
    expect(run(id, serviceFacts({ dockerfiles, ci: [fs] })).status).toBe(
      'fail',
    );
    const dev = [
      dockerfile([stage('python:3.12')], {
        file: 'Dockerfile.dev',
        production: false,
      }),
    ];
    expect(run(id, serviceFacts({ dockerfiles: dev })).status).toBe(
      'not-applicable',
    );
  });
});
