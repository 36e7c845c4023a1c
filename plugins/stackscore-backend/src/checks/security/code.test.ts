import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { securityCheckImplementations } from '.';
import { signal } from '../supplyChain/testing';

function run(id: string, facts: EntityFacts) {
  const check = securityCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

describe('security.cors-allowlist', () => {
  const id = 'security.cors-allowlist';

  it('fails a wildcard in server code, with file and line', () => {
    const facts = serviceFacts({
      signals: [
        signal(
          'security.cors-wildcard',
          'main.go',
          'AllowAllOrigins: true,',
          25,
        ),
      ],
    });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'main.go', line: 25 }],
    });
  });

  it('ignores tests, fixtures handled by the collector, and browser packages', () => {
    const facts = serviceFacts({
      modules: [
        module({ ecosystem: 'go', serverFrameworks: ['chi'] }),
        module({
          ecosystem: 'node',
          dir: 'web',
          manifests: ['web/package.json'],
        }),
      ],
      signals: [
        signal(
          'security.cors-wildcard',
          'internal/api/cors_test.go',
          'AllowAllOrigins: true,',
        ),
        signal('security.cors-wildcard', 'web/src/devServer.ts', "origin: '*'"),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });
});

describe('security.parameterized-sql', () => {
  const id = 'security.parameterized-sql';

  it('fails string-built SQL and passes without it', () => {
    const facts = serviceFacts({
      signals: [
        signal(
          'security.sql-go-sprintf',
          'db.go',
          'q := fmt.Sprintf("SELECT zone FROM z WHERE p = \'%s\'", p)',
          9,
        ),
      ],
    });
    expect(run(id, facts).status).toBe('fail');
    expect(run(id, serviceFacts()).status).toBe('pass');
  });
});

describe('security.no-unsafe-deserialization', () => {
  const id = 'security.no-unsafe-deserialization';

  it('fails pickle and unsafe yaml.load, passes clean code', () => {
    const facts = serviceFacts({
      signals: [
        signal(
          'security.python-pickle',
          'app.py',
          'rows = pickle.loads(cached)',
          48,
        ),
        signal(
          'security.python-yaml-load',
          'app.py',
          'yaml.load(request.data, Loader=yaml.Loader)',
          64,
        ),
      ],
    });
    expect(run(id, facts).evidence).toHaveLength(2);
    expect(run(id, serviceFacts()).status).toBe('pass');
  });
});

describe('security.raw-html-sanitized', () => {
  const id = 'security.raw-html-sanitized';

  it('passes a raw HTML file that imports DOMPurify and fails one that does not', () => {
    const safe = signal(
      'security.raw-html',
      'src/SafeHtml.tsx',
      '<div dangerouslySetInnerHTML={{ __html: clean }} />',
      8,
    );
    const purify = signal(
      'security.dompurify-import',
      'src/SafeHtml.tsx',
      "import DOMPurify from 'dompurify';",
    );
    expect(run(id, serviceFacts({ signals: [safe, purify] })).status).toBe(
      'pass',
    );
    const unsafe = signal(
      'security.raw-html',
      'web/src/FlagDescription.tsx',
      '<div dangerouslySetInnerHTML={{ __html: html }} />',
      10,
    );
    expect(
      run(id, serviceFacts({ signals: [safe, purify, unsafe] })),
    ).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'web/src/FlagDescription.tsx', line: 10 }],
    });
  });
});

describe('security.token-storage', () => {
  const id = 'security.token-storage';

  it('fails tokens in localStorage, passes otherwise', () => {
    const facts = serviceFacts({
      signals: [
        signal(
          'security.token-web-storage',
          'public/admin/login.js',
          "localStorage.setItem('authToken', token);",
          14,
        ),
      ],
    });
    expect(run(id, facts).status).toBe('fail');
    expect(run(id, serviceFacts()).status).toBe('pass');
  });
});

describe('security.password-hashing', () => {
  const id = 'security.password-hashing';

  it('is not applicable without password handling', () => {
    expect(run(id, serviceFacts()).status).toBe('not-applicable');
  });

  it('fails weak hashing and the default BCryptPasswordEncoder', () => {
    const facts = serviceFacts({
      signals: [
        signal(
          'security.password-hash-weak',
          'Security.java',
          'return new BCryptPasswordEncoder();',
          37,
        ),
      ],
    });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [{ line: 37 }],
    });
  });

  it('passes Argon2 and fails bcrypt whose cost cannot be confirmed', () => {
    const strong = serviceFacts({
      signals: [
        signal(
          'security.password-hash-strong',
          'auth.py',
          'ph = PasswordHasher()',
        ),
      ],
    });
    expect(run(id, strong).status).toBe('pass');
    const unknownCost = serviceFacts({
      signals: [
        signal(
          'security.password-hash-call',
          'auth.js',
          'await bcrypt.hash(pw, ROUNDS)',
        ),
      ],
    });
    expect(run(id, unknownCost).status).toBe('fail');
  });
});

describe('security.secrets-externalized', () => {
  const id = 'security.secrets-externalized';

  it('fails a committed .env and key stores, but not .env.example', () => {
    const facts = serviceFacts({
      files: ['.env', '.env.example', 'certs/server.p12', 'src/app.py'],
    });
    expect(run(id, facts).evidence.map(e => e.file)).toEqual([
      '.env',
      'certs/server.p12',
    ]);
  });

  it('fails a literal password in properties but not in test resources or JSON', () => {
    const facts = serviceFacts({
      signals: [
        signal(
          'security.config-password-literal',
          'src/main/resources/application.properties',
          'spring.datasource.password=hunter2',
          3,
        ),
        signal(
          'security.config-password-literal',
          'src/test/resources/application.properties',
          'spring.datasource.password=test',
        ),
        signal(
          'security.config-password-literal',
          'fixtures.json',
          '"password": "x"',
        ),
      ],
    });
    expect(run(id, facts).evidence).toEqual([
      expect.objectContaining({
        file: 'src/main/resources/application.properties',
        line: 3,
      }),
    ]);
    expect(
      run(id, serviceFacts({ files: ['.env.sample', 'README.md'] })).status,
    ).toBe('pass');
  });
});
