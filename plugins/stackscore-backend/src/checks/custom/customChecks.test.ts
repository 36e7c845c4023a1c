import { ConfigReader } from '@backstage/config';
import { serviceFacts, module } from '../testing/facts';
import { readCustomCheckConfig } from './config';
import { createCustomChecks, evaluateCustomRule } from './customChecks';

const base = {
  id: 'security.codeowners-present',
  scorecard: 'security',
  level: 'bronze',
  severity: 'medium',
  title: 'CODEOWNERS is present',
  remediation: 'Add .github/CODEOWNERS naming the owning team.',
  rule: { fileExists: '.github/CODEOWNERS' },
};

const read = (customChecks: unknown[]) =>
  readCustomCheckConfig(
    new ConfigReader({ stackscore: { customChecks } } as any),
  );

describe('stackscore.customChecks configuration', () => {
  it('accepts every rule kind', () => {
    const checks = read([
      base,
      { ...base, id: 'security.openapi', rule: { glob: '**/openapi.y*ml' } },
      {
        ...base,
        id: 'security.helmet',
        ecosystems: ['node'],
        rule: { dependency: { ecosystem: 'node', name: 'helmet' } },
      },
      {
        ...base,
        id: 'security.tier',
        rule: { annotation: { key: 'example.com/tier', matches: '^(1|2)$' } },
      },
      {
        ...base,
        id: 'security.node-20',
        rule: {
          document: {
            file: 'package.json',
            path: 'engines.node',
            equals: '20',
          },
        },
      },
    ]);
    expect(checks.map(c => c.id)).toHaveLength(5);
  });

  it('names the key of a bad rule', () => {
    expect(() =>
      read([
        base,
        {
          ...base,
          id: 'security.helmet',
          rule: { dependency: { ecosystem: 'cobol', name: 'x' } },
        },
      ]),
    ).toThrow(/stackscore\.customChecks\[1\]\.rule/);
    expect(() => read([{ ...base, level: 'platinum' }])).toThrow(
      /stackscore\.customChecks\[0\]\.level/,
    );
    expect(() => read([{ ...base, id: 'slo.codeowners' }])).toThrow(
      'stackscore.customChecks[0].id: id must start with its scorecard',
    );
    expect(() =>
      read([{ ...base, rule: { annotation: { key: 'x', matches: '(' } } }]),
    ).toThrow(/is not a valid regular expression/);
    expect(() => read([base, base])).toThrow(/declared twice/);
  });

  it('is empty when nothing is configured', () => {
    expect(readCustomCheckConfig(new ConfigReader({}))).toEqual([]);
  });
});

describe('evaluateCustomRule', () => {
  const facts = serviceFacts({
    files: ['.github/CODEOWNERS', 'api/openapi.yaml', 'package.json'],
    modules: [
      module({
        ecosystem: 'node',
        dependencies: [
          {
            name: 'helmet',
            version: '^8.0.0',
            scope: 'runtime',
            file: 'package.json',
            line: 7,
          },
        ],
      }),
    ],
    configFiles: {
      'package.json': '{"engines":{"node":"20"},"list":[{"a":1}]}',
    },
  });
  facts.catalog.annotations['example.com/tier'] = '1';

  it('passes and fails on files and globs', () => {
    expect(
      evaluateCustomRule({ fileExists: '.github/CODEOWNERS' }, facts).status,
    ).toBe('pass');
    expect(evaluateCustomRule({ fileExists: 'CODEOWNERS' }, facts)).toEqual({
      status: 'fail',
      evidence: [{ message: 'CODEOWNERS is missing' }],
    });
    expect(
      evaluateCustomRule({ glob: '**/openapi.y*ml' }, facts).evidence[0].file,
    ).toBe('api/openapi.yaml');
    expect(evaluateCustomRule({ glob: '**/*.proto' }, facts).status).toBe(
      'fail',
    );
  });

  it('finds declared dependencies with their location', () => {
    expect(
      evaluateCustomRule(
        { dependency: { ecosystem: 'node', name: 'helmet' } },
        facts,
      ),
    ).toEqual({
      status: 'pass',
      evidence: [
        { message: 'helmet ^8.0.0 is declared', file: 'package.json', line: 7 },
      ],
    });
    expect(
      evaluateCustomRule(
        { dependency: { ecosystem: 'node', name: 'cors' } },
        facts,
      ).status,
    ).toBe('fail');
  });

  it('tests annotations for presence, equality and patterns', () => {
    expect(
      evaluateCustomRule({ annotation: { key: 'example.com/tier' } }, facts)
        .status,
    ).toBe('pass');
    expect(
      evaluateCustomRule(
        { annotation: { key: 'example.com/tier', equals: '2' } },
        facts,
      ).status,
    ).toBe('fail');
    expect(
      evaluateCustomRule(
        { annotation: { key: 'example.com/tier', matches: '^[12]$' } },
        facts,
      ).status,
    ).toBe('pass');
    expect(
      evaluateCustomRule({ annotation: { key: 'missing' } }, facts).status,
    ).toBe('fail');
  });

  it('reads values from YAML or JSON documents, including array indexes', () => {
    expect(
      evaluateCustomRule(
        {
          document: {
            file: 'package.json',
            path: 'engines.node',
            equals: '20',
          },
        },
        facts,
      ).status,
    ).toBe('pass');
    expect(
      evaluateCustomRule(
        { document: { file: 'package.json', path: 'list[0].a', equals: 1 } },
        facts,
      ).status,
    ).toBe('pass');
    expect(
      evaluateCustomRule(
        { document: { file: 'package.json', path: 'engines.bun' } },
        facts,
      ).status,
    ).toBe('fail');
    expect(
      evaluateCustomRule({ document: { file: 'app.yaml', path: 'a' } }, facts)
        .evidence[0].message,
    ).toBe('app.yaml is missing');
  });

  it('reports an unparseable document as an error naming the file', () => {
    const broken = serviceFacts({
      configFiles: { 'app.yaml': 'a: [unclosed' },
    });
    const outcome = evaluateCustomRule(
      { document: { file: 'app.yaml', path: 'a' } },
      broken,
    );
    expect(outcome.status).toBe('error');
    expect(outcome.evidence[0]).toMatchObject({ file: 'app.yaml' });
  });

  it('builds catalogue entries that apply to the configured ecosystems', () => {
    const [check] = createCustomChecks(
      read([{ ...base, ecosystems: ['go'], types: ['service'] }]),
    );
    expect(check.definition).toMatchObject({
      id: 'security.codeowners-present',
      applicability: {
        ecosystems: ['go'],
        kinds: ['component'],
        types: ['service'],
      },
      remediation: {
        summary: 'Add .github/CODEOWNERS naming the owning team.',
      },
    });
    expect(
      check.implementation.evaluate(facts, {
        internalNpmScopes: [],
        installScriptAllowlist: [],
      }).status,
    ).toBe('pass');
  });
});
