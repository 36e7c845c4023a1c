import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { module, serviceFacts } from '../testing/facts';
import { dockerfile, scanFiles, stage } from '../observability/testSupport';
import { gracefulShutdown } from './shutdown';

const run = (facts: EntityFacts) =>
  gracefulShutdown.evaluate(facts, {
    internalNpmScopes: [],
    installScriptAllowlist: [],
  });

const facts = (
  modules: ReturnType<typeof module>[],
  files: Record<string, string> = {},
  extra: Partial<EntityFacts> = {},
) => serviceFacts({ modules, signals: scanFiles(files), ...extra });

const dep = (
  name: string,
  extra: { features?: string[]; version?: string } = {},
) => ({
  name,
  scope: 'runtime' as const,
  file: 'pyproject.toml',
  ...extra,
});

const python = (deps: ReturnType<typeof dep>[] = [dep('uvicorn')]) =>
  module({
    ecosystem: 'python',
    isServer: true,
    serverFrameworks: ['fastapi'],
    dependencies: deps,
  });

describe('slo.graceful-shutdown', () => {
  it('passes Go with signal.NotifyContext and Shutdown', () => {
    const go = module({
      ecosystem: 'go',
      isServer: true,
      serverFrameworks: ['chi'],
    });
    const outcome = run(
      facts([go], {
        'cmd/api/main.go':
          'ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)\n_ = srv.Shutdown(shutdownCtx)\n',
      }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('fails Go without signal handling', () => {
    const go = module({
      ecosystem: 'go',
      isServer: true,
      serverFrameworks: ['gin'],
    });
    const outcome = run(facts([go], { 'main.go': 'r.Run(":8080")\n' }));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toHaveLength(2);
  });

  it('passes python with uvicorn started in exec form', () => {
    const outcome = run(
      facts(
        [python()],
        {},
        {
          dockerfiles: [
            dockerfile(
              'Dockerfile',
              stage({
                cmd: {
                  value: '["uvicorn", "app:app", "--workers", "4"]',
                  line: 9,
                  execForm: true,
                },
              }),
            ),
          ],
        },
      ),
    );
    expect(outcome.status).toBe('pass');
  });

  it('passes python with fastapi[standard] and no Dockerfile', () => {
    const outcome = run(
      facts([python([dep('fastapi', { features: ['standard'] })])]),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[0].message).toMatch(/fastapi.*\[standard\]/);
  });

  it('fails python when the server starts in shell form or without a server', () => {
    const shell = run(
      facts(
        [python([dep('gunicorn')])],
        {},
        {
          dockerfiles: [
            dockerfile(
              'Dockerfile',
              stage({
                cmd: { value: 'gunicorn app:app', line: 7, execForm: false },
              }),
            ),
          ],
        },
      ),
    );
    expect(shell.status).toBe('fail');
    expect(shell.evidence[0]).toMatchObject({ file: 'Dockerfile', line: 7 });
    const flask = run(
      facts(
        [python([dep('flask')])],
        {},
        {
          dockerfiles: [
            dockerfile(
              'Dockerfile',
              stage({
                cmd: { value: 'python app.py', line: 7, execForm: false },
              }),
            ),
          ],
        },
      ),
    );
    expect(flask.status).toBe('fail');
    expect(flask.evidence[0].message).toMatch(
      /No uvicorn, gunicorn or hypercorn declared/,
    );
  });

  it('ignores non-production Dockerfiles for python', () => {
    const dev = {
      ...dockerfile(
        'Dockerfile.dev',
        stage({
          cmd: { value: 'uvicorn app:app --reload', line: 3, execForm: false },
        }),
      ),
      production: false,
    };
    expect(run(facts([python()], {}, { dockerfiles: [dev] })).status).toBe(
      'pass',
    );
  });

  it('passes Node with a SIGTERM handler or Next.js, fails a bare Express server', () => {
    const node = (deps: string[]) =>
      module({
        ecosystem: 'node',
        isServer: true,
        serverFrameworks: deps,
        dependencies: deps.map(d => dep(d)),
      });
    expect(
      run(
        facts([node(['fastify'])], {
          'src/server.ts': "process.on('SIGTERM', () => void shutdown());\n",
        }),
      ).status,
    ).toBe('pass');
    expect(run(facts([node(['next'])])).status).toBe('pass');
    expect(
      run(facts([node(['express'])], { 'server.js': 'app.listen(3000)\n' }))
        .status,
    ).toBe('fail');
  });

  it('passes Rust with_graceful_shutdown and actix-web by default, fails actix with disable_signals()', () => {
    const rust = (deps: string[]) =>
      module({
        ecosystem: 'rust',
        isServer: true,
        serverFrameworks: deps,
        dependencies: deps.map(d => dep(d)),
      });
    expect(
      run(
        facts([rust(['axum'])], {
          'src/main.rs':
            'axum::serve(l, app).with_graceful_shutdown(shutdown()).await?;\n',
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        facts([rust(['actix-web'])], {
          'src/main.rs': 'HttpServer::new(app).bind(a)?.run().await\n',
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        facts([rust(['actix-web'])], {
          'src/main.rs': 'HttpServer::new(app).disable_signals().run().await\n',
        }),
      ).status,
    ).toBe('fail');
    expect(
      run(
        facts([rust(['axum'])], {
          'src/main.rs': 'axum::serve(l, app).await?;\n',
        }),
      ).status,
    ).toBe('fail');
  });

  it('passes Spring Boot 3.4+ by default and server.shutdown=graceful, fails older Boot', () => {
    const java = (version: string) =>
      module({
        ecosystem: 'java',
        isServer: true,
        serverFrameworks: ['spring-boot-starter-web'],
        settings: { springBootVersion: version },
      });
    const boot35 = run(facts([java('3.5.0')]));
    expect(boot35.evidence[0].message).toBe(
      'Spring Boot 3.5.0 shuts down gracefully by default',
    );
    expect(run(facts([java('3.3.2')])).status).toBe('fail');
    const configured = run(
      facts(
        [java('3.3.2')],
        {},
        {
          configFiles: {
            'src/main/resources/application.yml':
              'server:\n  shutdown: graceful\n',
          },
        },
      ),
    );
    expect(configured).toEqual({
      status: 'pass',
      evidence: [
        {
          message: 'server.shutdown=graceful',
          file: 'src/main/resources/application.yml',
          line: 2,
        },
      ],
    });
  });
});
