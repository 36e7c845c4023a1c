import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { supplyChainCheckImplementations } from '.';
import { workflow } from './testing';

function run(id: string, facts: EntityFacts) {
  const check = supplyChainCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

const go = module({ ecosystem: 'go' });
const node = module({
  ecosystem: 'node',
  dir: 'web',
  manifests: ['web/package.json'],
});

describe('supply-chain.dependency-vuln-scan', () => {
  const id = 'supply-chain.dependency-vuln-scan';

  it('passes when every ecosystem is scanned on pull requests', () => {
    const facts = serviceFacts({
      modules: [go, node],
      ci: [
        workflow([
          { uses: 'golang/govulncheck-action@v1' },
          'npm audit --audit-level=high',
        ]),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('fails an ecosystem without a scanner', () => {
    const facts = serviceFacts({
      modules: [go, node],
      ci: [workflow(['govulncheck ./...'])],
    });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [{ message: 'node: no dependency vulnerability scan in CI' }],
    });
  });

  it('fails a schedule-only scan', () => {
    const facts = serviceFacts({
      modules: [go],
      ci: [workflow(['govulncheck ./...'], { triggers: ['schedule'] })],
    });
    const outcome = run(id, facts);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toContain('schedule only');
  });

  it('counts dependency-review-action with fail-on-severity, and GitLab merge request pipelines', () => {
    const review = serviceFacts({
      modules: [go, node],
      ci: [
        workflow([
          {
            uses: 'actions/dependency-review-action@v4',
            with: { 'fail-on-severity': 'high' },
          },
        ]),
      ],
    });
    expect(run(id, review).status).toBe('pass');
    const gitlab = serviceFacts({
      modules: [module({ ecosystem: 'python' })],
      ci: [
        workflow(['pip-audit --strict'], {
          provider: 'gitlab',
          file: '.gitlab-ci.yml',
          triggers: ['merge_request', 'push'],
        }),
      ],
    });
    expect(run(id, gitlab).status).toBe('pass');
  });

  it('is not applicable without any ecosystem', () => {
    expect(run(id, serviceFacts()).status).toBe('not-applicable');
  });
});

describe('supply-chain.vuln-scan-blocking', () => {
  const id = 'supply-chain.vuln-scan-blocking';

  it('passes a blocking scan', () => {
    const facts = serviceFacts({
      modules: [go],
      ci: [workflow(['go run golang.org/x/vuln/cmd/govulncheck@v1.1.4 ./...'])],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('fails continue-on-error, || true and GitLab allow_failure', () => {
    const continueOnError = serviceFacts({
      modules: [go],
      ci: [workflow([{ run: 'govulncheck ./...', continueOnError: true }])],
    });
    expect(run(id, continueOnError).status).toBe('fail');
    const swallowed = serviceFacts({
      modules: [go],
      ci: [workflow(['govulncheck ./... || true'])],
    });
    expect(run(id, swallowed).evidence[0].message).toContain('|| true');
    const allowFailure = serviceFacts({
      modules: [module({ ecosystem: 'python' })],
      ci: [
        workflow(['pip install pip-audit==2.9.0', 'pip-audit -r req.txt'], {
          provider: 'gitlab',
          jobContinueOnError: true,
        }),
      ],
    });
    const outcome = run(id, allowFailure);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toHaveLength(1);
  });

  it('fails npm audit without a high or critical audit level', () => {
    const facts = serviceFacts({
      modules: [node],
      ci: [workflow(['npm audit'])],
    });
    expect(run(id, facts).evidence[0].message).toContain('--audit-level');
  });

  it('fails when there is no scanner, and Dependency-Check without failBuildOnCVSS', () => {
    expect(run(id, serviceFacts({ modules: [go] })).status).toBe('fail');
    const java = module({
      ecosystem: 'java',
      settings: {
        plugins: { 'dependency-check-maven': { failBuildOnCVSS: '7' } },
      },
    });
    const withThreshold = serviceFacts({
      modules: [java],
      ci: [workflow(['mvn -B verify'])],
    });
    expect(run(id, withThreshold).status).toBe('pass');
    const without = serviceFacts({
      modules: [module({ ecosystem: 'java' })],
      ci: [workflow(['gradle dependencyCheckAnalyze'])],
    });
    expect(run(id, without).evidence[0].message).toContain('failBuildOnCVSS');
  });
});

describe('supply-chain.new-dependency-review', () => {
  const id = 'supply-chain.new-dependency-review';

  it('passes with dependency-review-action or socket.yml', () => {
    expect(
      run(
        id,
        serviceFacts({
          ci: [workflow([{ uses: 'actions/dependency-review-action@v4' }])],
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          files: ['socket.yml'],
          configFiles: { 'socket.yml': 'version: 2\n' },
        }),
      ).status,
    ).toBe('pass');
  });

  it('answers error for a socket.yml Socket could not parse, unless another gate passes', () => {
    const broken = {
      files: ['socket.yml'],
      configFiles: { 'socket.yml': 'version: [2\n' },
    };
    expect(run(id, serviceFacts(broken))).toEqual({
      status: 'error',
      evidence: [
        {
          message: expect.stringMatching(/^Could not read socket\.yml: /),
          file: 'socket.yml',
        },
      ],
    });
    expect(
      run(
        id,
        serviceFacts({
          ...broken,
          ci: [workflow([{ uses: 'actions/dependency-review-action@v4' }])],
        }),
      ).status,
    ).toBe('pass');
  });

  it('fails without a review gate', () => {
    expect(run(id, serviceFacts({ ci: [workflow(['npm test'])] })).status).toBe(
      'fail',
    );
  });

  it('counts `snyk test` run through npx with a pinned version, on pull requests only', () => {
    const snyk = (triggers: string[]) =>
      run(
        id,
        serviceFacts({
          ci: [workflow(['npx snyk@1.1296.2 test'], { triggers })],
        }),
      ).status;
    expect(snyk(['pull_request'])).toBe('pass');
    expect(snyk(['push'])).toBe('fail');
    expect(
      run(
        'supply-chain.dependency-vuln-scan',
        serviceFacts({
          modules: [node],
          ci: [workflow(['npx snyk@1.1296.2 test'])],
        }),
      ).status,
    ).toBe('pass');
  });
});

describe('supply-chain.cargo-deny-policy', () => {
  const id = 'supply-chain.cargo-deny-policy';

  it('needs deny.toml and a cargo deny step', () => {
    const both = serviceFacts({
      files: ['deny.toml'],
      ci: [workflow([{ uses: 'EmbarkStudios/cargo-deny-action@v2' }])],
    });
    expect(run(id, both).status).toBe('pass');
    const fileOnly = serviceFacts({ files: ['deny.toml'] });
    expect(run(id, fileOnly)).toMatchObject({
      status: 'fail',
      evidence: [
        { message: expect.stringContaining('cargo deny') },
        { file: 'deny.toml' },
      ],
    });
  });
});
