import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { module, serviceFacts } from '../testing/facts';
import { dockerfile, scanFiles, stage } from '../observability/testSupport';
import { runtimeTuningChecks } from './runtimeTuning';

const run = (facts: EntityFacts) =>
  runtimeTuningChecks[0].evaluate(facts, {
    internalNpmScopes: [],
    installScriptAllowlist: [],
  });

const facts = (
  modules: ReturnType<typeof module>[],
  extra: Partial<EntityFacts> = {},
  files: Record<string, string> = {},
) => serviceFacts({ modules, signals: scanFiles(files), ...extra });

const go = module({
  ecosystem: 'go',
  isServer: true,
  serverFrameworks: ['net/http'],
});
const python = module({
  ecosystem: 'python',
  isServer: true,
  serverFrameworks: ['fastapi'],
});

const java = (
  version: string,
  boot: string,
  deps: Array<{ name: string; version?: string }> = [],
) =>
  module({
    ecosystem: 'java',
    isServer: true,
    serverFrameworks: ['spring-boot-starter-web'],
    toolchain: { value: version, file: 'pom.xml' },
    settings: { springBootVersion: boot },
    dependencies: deps.map(d => ({
      ...d,
      scope: 'runtime' as const,
      file: 'pom.xml',
    })),
  });

const virtualThreads = {
  'src/main/resources/application.yml':
    'spring:\n  threads:\n    virtual:\n      enabled: true\n',
};

describe('slo.runtime-tuned', () => {
  it('passes Go with GOMEMLIMIT in the final image', () => {
    const outcome = run(
      facts([go], {
        dockerfiles: [
          dockerfile(
            'Dockerfile',
            stage({ env: [{ key: 'GOMEMLIMIT', value: '460MiB', line: 12 }] }),
          ),
        ],
      }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      evidence: [
        { message: 'ENV GOMEMLIMIT=460MiB', file: 'Dockerfile', line: 12 },
      ],
    });
  });

  it('passes Go with GOMEMLIMIT in deployment env, fails Go without it', () => {
    expect(
      run(
        facts(
          [go],
          {},
          { 'deploy/deployment.yaml': '        - name: GOMEMLIMIT\n' },
        ),
      ).status,
    ).toBe('pass');
    expect(run(facts([go])).status).toBe('fail');
  });

  it('passes python with several workers, fails a single worker', () => {
    const many = run(
      facts([python], {
        dockerfiles: [
          dockerfile(
            'Dockerfile',
            stage({
              cmd: {
                value: '["gunicorn", "app.wsgi", "--workers", "3"]',
                line: 9,
                execForm: true,
              },
            }),
          ),
        ],
      }),
    );
    expect(many.status).toBe('pass');
    const one = run(
      facts([python], {
        dockerfiles: [
          dockerfile(
            'Dockerfile',
            stage({
              cmd: {
                value: '["uvicorn", "app:app", "-w", "1"]',
                line: 9,
                execForm: true,
              },
            }),
          ),
        ],
      }),
    );
    expect(one.status).toBe('fail');
    expect(one.evidence[0]).toMatchObject({ file: 'Dockerfile', line: 9 });
    expect(run(facts([python])).status).toBe('fail');
  });

  it('passes python with gunicorn.conf.py workers computed at start', () => {
    const outcome = run(
      facts([python], {
        configFiles: {
          'gunicorn.conf.py': 'workers = multiprocessing.cpu_count() * 2 + 1\n',
        },
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('passes Java 21 on Boot 3.5 with virtual threads and managed HikariCP', () => {
    const outcome = run(
      facts(
        [
          java('21', '3.5.0', [
            { name: 'org.springframework.boot:spring-boot-starter-jdbc' },
          ]),
        ],
        {
          configFiles: virtualThreads,
        },
      ),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.map(e => e.message)).toEqual([
      'spring.threads.virtual.enabled=true',
      'HikariCP managed by Spring Boot 3.5.0',
    ]);
  });

  it('fails Java 21 without virtual threads, or with an old HikariCP', () => {
    expect(run(facts([java('21', '3.5.0')])).status).toBe('fail');
    const old = run(
      facts(
        [
          java('21', '3.5.0', [
            { name: 'com.zaxxer:HikariCP', version: '5.0.1' },
          ]),
        ],
        { configFiles: virtualThreads },
      ),
    );
    expect(old.status).toBe('fail');
    expect(old.evidence[0].message).toMatch(/HikariCP 5.0.1/);
  });

  it('is not applicable (version-gated) for Java below 21 or Boot below 3.2', () => {
    const java17 = run(facts([java('17', '3.5.0')]));
    expect(java17).toEqual({
      status: 'not-applicable',
      evidence: [{ message: 'Java 17: virtual threads need Java 21' }],
    });
    expect(run(facts([java('1.8', '2.7.0')])).status).toBe('not-applicable');
    expect(run(facts([java('21', '3.1.5')])).status).toBe('not-applicable');
  });

  it('is not applicable for Rust and Node servers', () => {
    const rust = module({
      ecosystem: 'rust',
      isServer: true,
      serverFrameworks: ['axum'],
    });
    expect(run(facts([rust])).status).toBe('not-applicable');
  });
});
