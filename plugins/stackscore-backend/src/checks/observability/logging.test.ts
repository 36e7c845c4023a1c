import type {
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { module, serviceFacts } from '../testing/facts';
import { scanFiles } from './testSupport';
import { loggingChecks } from './logging';

const run = (id: string, facts: EntityFacts) =>
  loggingChecks
    .find(c => c.id === id)!
    .evaluate(facts, { internalNpmScopes: [], installScriptAllowlist: [] });

const server = (
  ecosystem: ModuleFacts['ecosystem'],
  deps: Array<
    string | { name: string; features?: string[]; scope?: 'runtime' | 'dev' }
  > = [],
  extra: Partial<ModuleFacts> = {},
) =>
  module({
    ecosystem,
    isServer: true,
    serverFrameworks: ['framework'],
    dependencies: deps
      .map(d => (typeof d === 'string' ? { name: d } : d))
      .map(d => ({
        scope: 'runtime' as const,
        file: 'manifest',
        ...d,
      })),
    ...extra,
  });

const facts = (
  modules: ModuleFacts[],
  files: Record<string, string> = {},
  extra: Partial<EntityFacts> = {},
) => serviceFacts({ modules, signals: scanFiles(files), ...extra });

describe('observability.structured-logging', () => {
  it('passes Go with log/slog and go-kit/log', () => {
    expect(
      run(
        'observability.structured-logging',
        facts([server('go')], { 'main.go': 'import (\n\t"log/slog"\n)\n' }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        'observability.structured-logging',
        facts([server('go', ['github.com/go-kit/log'])]),
      ).status,
    ).toBe('pass');
  });

  it('passes Rust with tracing + tracing-subscriber and Boot structured logging', () => {
    expect(
      run(
        'observability.structured-logging',
        facts([server('rust', ['tracing', 'tracing-subscriber'])]),
      ).status,
    ).toBe('pass');
    const outcome = run(
      'observability.structured-logging',
      facts(
        [server('java', ['org.springframework.boot:spring-boot-starter-web'])],
        {},
        {
          configFiles: {
            'src/main/resources/application.yml':
              'logging:\n  structured:\n    format:\n      console: ecs\n',
          },
        },
      ),
    );
    expect(outcome.evidence[0]).toEqual({
      message:
        'Spring Boot structured logging: logging.structured.format.console=ecs',
      file: 'src/main/resources/application.yml',
      line: 4,
    });
  });

  it('fails Go with the stdlib log package only', () => {
    expect(
      run(
        'observability.structured-logging',
        facts([server('go', ['github.com/gin-gonic/gin'])], {
          'main.go': 'import "log"\n',
        }),
      ).status,
    ).toBe('fail');
  });
});

describe('observability.json-log-output', () => {
  it('passes slog.NewJSONHandler, tracing-subscriber json feature and pino', () => {
    expect(
      run(
        'observability.json-log-output',
        facts([server('go')], {
          'log.go': 'h := slog.NewJSONHandler(os.Stdout, nil)\n',
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        'observability.json-log-output',
        facts([
          server('rust', [{ name: 'tracing-subscriber', features: ['json'] }]),
        ]),
      ).status,
    ).toBe('pass');
    expect(
      run(
        'observability.json-log-output',
        facts([
          server('node', ['pino', { name: 'pino-pretty', scope: 'dev' }]),
        ]),
      ).status,
    ).toBe('pass');
  });

  it('fails pino with pino-pretty in production and a text logger', () => {
    const pretty = run(
      'observability.json-log-output',
      facts([server('node', ['pino', 'pino-pretty'])]),
    );
    expect(pretty.status).toBe('fail');
    expect(pretty.evidence[0].message).toMatch(/pino-pretty/);
    expect(
      run(
        'observability.json-log-output',
        facts([server('rust', ['tracing', 'tracing-subscriber'])]),
      ).status,
    ).toBe('fail');
  });
});

describe('observability.no-print-logging', () => {
  const prints = (n: number, line: string) =>
    Array.from({ length: n }, () => line).join('\n');

  it('passes at the limit: 3 println! + 1 eprintln! (search-suggest)', () => {
    const outcome = run(
      'observability.no-print-logging',
      facts([server('rust', ['axum'])], {
        'src/main.rs': `${prints(3, 'println!("x");')}\neprintln!("y");\n`,
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[0].message).toMatch(/^4 print-style call/);
  });

  it('fails above five (System.out + printStackTrace), listing the calls', () => {
    const outcome = run(
      'observability.no-print-logging',
      facts([server('java', ['web'])], {
        'src/main/java/A.java': `${prints(
          4,
          'System.out.println("x");',
        )}\nSystem.err.println("y");\ne.printStackTrace();\n`,
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toMatch(/^6 print-style log calls/);
    expect(outcome.evidence[1]).toMatchObject({
      file: 'src/main/java/A.java',
      line: 1,
    });
  });

  it('ignores tests, scripts and a UI package beside the server', () => {
    const go = server('go', ['github.com/go-chi/chi/v5']);
    const ui = module({
      ecosystem: 'node',
      dir: 'web',
      manifests: ['web/package.json'],
    });
    const outcome = run(
      'observability.no-print-logging',
      facts([go, ui], {
        'web/src/App.tsx': prints(6, 'console.log("x");'),
        'scripts/seed.py': prints(6, 'print("x")'),
        'main_test.go': prints(6, 'fmt.Println("x")'),
      }),
    );
    expect(outcome.status).toBe('pass');
  });
});

describe('observability.error-context', () => {
  const go = module({ ecosystem: 'go' });

  it('passes with errorlint enabled and %w wrapping', () => {
    const outcome = run(
      'observability.error-context',
      facts(
        [go],
        { 'x.go': 'return fmt.Errorf("decode: %w", err)\n' },
        {
          configFiles: {
            '.golangci.yml':
              'version: "2"\nlinters:\n  enable:\n    - errorlint\n    - wrapcheck\n',
          },
        },
      ),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[0]).toEqual({
      message: 'golangci-lint enables errorlint and wrapcheck',
      file: '.golangci.yml',
    });
  });

  it('fails on fmt.Errorf("…%v", err) even with the linter', () => {
    const outcome = run(
      'observability.error-context',
      facts(
        [go],
        { 'rates.go': 'return nil, fmt.Errorf("fetch rates: %v", err)\n' },
        {
          configFiles: { '.golangci.yml': 'linters:\n  enable-all: true\n' },
        },
      ),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0]).toMatchObject({ file: 'rates.go', line: 1 });
  });

  it('fails when the config enables neither linter, and errors on an unparseable config', () => {
    const none = run(
      'observability.error-context',
      facts(
        [go],
        {},
        { configFiles: { '.golangci.yml': 'linters:\n  enable: [gosec]\n' } },
      ),
    );
    expect(none.status).toBe('fail');
    const broken = run(
      'observability.error-context',
      facts([go], {}, { configFiles: { '.golangci.yml': 'linters: [\n' } }),
    );
    expect(broken.status).toBe('error');
  });
});
