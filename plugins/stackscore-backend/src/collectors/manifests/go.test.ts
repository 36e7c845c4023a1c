import { parseGoMod, parseGoSum } from './go';

const goMod = `module github.com/acme/orders

go 1.22

toolchain go1.22.5

require (
\tgithub.com/go-chi/chi/v5 v5.2.1
\tgo.opentelemetry.io/otel v1.35.0 // pinned for the exporter
\tgoogle.golang.org/grpc v1.71.0 // indirect
)

require github.com/sony/gobreaker/v2 v2.1.0

replace github.com/acme/lib => ../lib

exclude (
\tgithub.com/bad/mod v1.0.0
)
`;

describe('parseGoMod', () => {
  it('reads the module, go and toolchain directives, and requirements with lines', () => {
    const parsed = parseGoMod(goMod, 'svc/go.mod');
    expect(parsed.error).toBeUndefined();
    expect(parsed.name).toBe('github.com/acme/orders');
    expect(parsed.toolchain).toEqual({
      value: '1.22',
      file: 'svc/go.mod',
      line: 3,
    });
    expect(parsed.settings).toEqual({
      goVersion: '1.22',
      toolchainDirective: 'go1.22.5',
    });
    expect(parsed.dependencies).toEqual([
      {
        name: 'github.com/go-chi/chi/v5',
        version: 'v5.2.1',
        scope: 'runtime',
        file: 'svc/go.mod',
        line: 8,
      },
      {
        name: 'go.opentelemetry.io/otel',
        version: 'v1.35.0',
        scope: 'runtime',
        file: 'svc/go.mod',
        line: 9,
      },
      {
        name: 'google.golang.org/grpc',
        version: 'v1.71.0',
        scope: 'runtime',
        indirect: true,
        file: 'svc/go.mod',
        line: 10,
      },
      {
        name: 'github.com/sony/gobreaker/v2',
        version: 'v2.1.0',
        scope: 'runtime',
        file: 'svc/go.mod',
        line: 13,
      },
    ]);
  });

  it('names server frameworks from direct requirements only', () => {
    expect(parseGoMod(goMod, 'go.mod').serverFrameworks).toEqual([
      'github.com/go-chi/chi/v5',
    ]);
    const onlyIndirect = parseGoMod(
      'module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.0 // indirect\n',
      'go.mod',
    );
    expect(onlyIndirect.serverFrameworks).toEqual([]);
  });

  it('reads a go.mod saved with a byte-order mark or other white space, and stops on any input', () => {
    const parsed = parseGoMod(
      `\ufeff${goMod.replace(/\t/g, '\u00a0')}`,
      'go.mod',
    );
    expect(parsed.name).toBe('github.com/acme/orders');
    expect(parsed.dependencies.map(d => d.name)).toContain(
      'github.com/go-chi/chi/v5',
    );
    // Found by the reliability fuzzer: this input once made the tokenizer loop until memory ran out.
    expect(() =>
      parseGoMod('\ufeff>//on:\u000b\u000c', 'go.mod'),
    ).not.toThrow();
  });

  it('accepts quoted module paths and a module without requirements', () => {
    const parsed = parseGoMod(
      'module "example.com/quoted"\ngo 1.21\n',
      'go.mod',
    );
    expect(parsed.name).toBe('example.com/quoted');
    expect(parsed.dependencies).toEqual([]);
  });

  it.each([
    ['an unclosed block', 'module x\nrequire (\n\ta v1.0.0\n'],
    ['a stray parenthesis', 'module x\n)\n'],
    ['an unterminated string', 'module "x\n'],
    ['a require line without version', 'module x\nrequire a\n'],
  ])('reports %s as an error', (_, text) => {
    const parsed = parseGoMod(text, 'go.mod');
    expect(parsed.error).toMatch(/go\.mod line \d+/);
    expect(parsed.dependencies).toEqual([]);
  });
});

describe('parseGoSum', () => {
  it('lists each module version once', () => {
    const lock = parseGoSum(
      [
        'github.com/go-chi/chi/v5 v5.2.1 h1:abc=',
        'github.com/go-chi/chi/v5 v5.2.1/go.mod h1:def=',
        'golang.org/x/net v0.39.0/go.mod h1:ghi=',
        '',
      ].join('\n'),
      'go.sum',
    );
    expect(lock).toEqual({
      ecosystem: 'go',
      file: 'go.sum',
      format: 'go-sum',
      packages: [
        { name: 'github.com/go-chi/chi/v5', version: 'v5.2.1' },
        { name: 'golang.org/x/net', version: 'v0.39.0' },
      ],
    });
  });

  it('reports a malformed line', () => {
    expect(parseGoSum('just-two fields\n', 'go.sum').error).toMatch(/line 1/);
  });
});
