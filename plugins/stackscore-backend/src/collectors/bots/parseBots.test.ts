import fc from 'fast-check';
import { emptyFacts } from '../collectFacts';
import {
  parseDependabot,
  parseRenovateConfig,
  renovateFromPackageJson,
  stripJsonComments,
} from './parseBots';
import { UpdateBotsCollector } from './UpdateBotsCollector';
import { catalogFacts, memoryContext } from '../testing';

const dependabot = `version: 2
updates:
  - package-ecosystem: gomod
    directory: /
    schedule: { interval: weekly }
  - package-ecosystem: docker
    directories: [/, /deploy]
    schedule: { interval: weekly }
  - package-ecosystem: github-actions
    directory: "/"
`;

const renovate5 = `// Renovate config
{
  extends: ['config:recommended'], /* shared */
  packageRules: [
    { matchUpdateTypes: ["patch"], automerge: true, description: "http://x//y" },
  ],
}
`;

describe('parseDependabot', () => {
  it('reads ecosystems, directories and lines', () => {
    const parsed = parseDependabot('.github/dependabot.yml', dependabot);
    expect(parsed.error).toBeUndefined();
    expect(parsed.value.updates).toEqual([
      { ecosystem: 'gomod', directory: '/', line: 3 },
      { ecosystem: 'docker', directory: '/', line: 6 },
      { ecosystem: 'docker', directory: '/deploy', line: 6 },
      { ecosystem: 'github-actions', directory: '/', line: 9 },
    ]);
  });

  it('records malformed files', () => {
    expect(parseDependabot('d.yml', 'updates: [').error).toBeDefined();
    expect(parseDependabot('d.yml', 'version: 2').error).toBe(
      'no updates list',
    );
  });
});

describe('parseRenovateConfig', () => {
  it('reads JSON and JSON5 with comments, single quotes and trailing commas', () => {
    expect(parseRenovateConfig('{"extends": ["config:base"]}').value).toEqual({
      extends: ['config:base'],
    });
    const parsed = parseRenovateConfig(renovate5);
    expect(parsed.error).toBeUndefined();
    expect(parsed.value).toEqual({
      extends: ['config:recommended'],
      packageRules: [
        {
          matchUpdateTypes: ['patch'],
          automerge: true,
          description: 'http://x//y',
        },
      ],
    });
  });

  it('records malformed configs', () => {
    expect(parseRenovateConfig('{ "a": ').error).toBeDefined();
    expect(parseRenovateConfig('"just a string"').error).toBe(
      'Renovate config is not an object',
    );
  });

  it('keeps comment markers inside strings', () => {
    expect(stripJsonComments('{"a": "/* x */", // y\n"b": 1}')).toBe(
      '{"a": "/* x */", \n"b": 1}',
    );
  });

  it('reads package.json#renovate', () => {
    expect(
      renovateFromPackageJson('{"name":"x","renovate":{"extends":["a"]}}'),
    ).toEqual({ extends: ['a'] });
    expect(renovateFromPackageJson('{"name":"x"}')).toBeUndefined();
    expect(renovateFromPackageJson('{')).toBeUndefined();
  });
});

describe('UpdateBotsCollector', () => {
  it('reads Dependabot and the first Renovate config in Renovate order', async () => {
    const facts = emptyFacts(catalogFacts());
    await new UpdateBotsCollector().collect(
      memoryContext({
        '.github/dependabot.yml': dependabot,
        '.github/renovate.json5': renovate5,
        '.renovaterc': '{ broken',
        'package.json': '{"renovate": {"extends": ["ignored"]}}',
      }),
      facts,
    );
    expect(facts.updateBots.dependabot?.updates).toHaveLength(4);
    expect(facts.updateBots.renovate?.file).toBe('.github/renovate.json5');
    expect(facts.errors).toEqual([]);
  });

  it('falls back to package.json#renovate and records broken configs', async () => {
    const facts = emptyFacts(catalogFacts());
    await new UpdateBotsCollector().collect(
      memoryContext({
        '.github/dependabot.yaml': 'updates: [',
        'package.json': '{"renovate": {"extends": ["config:base"]}}',
      }),
      facts,
    );
    expect(facts.updateBots.renovate).toEqual({
      file: 'package.json',
      config: { extends: ['config:base'] },
    });
    // The file stays known, with why it could not be used, so checks answer error rather than judge it.
    expect(facts.updateBots.dependabot).toEqual({
      file: '.github/dependabot.yaml',
      updates: [],
      error: expect.stringContaining('Flow sequence'),
    });
    expect(facts.errors).toHaveLength(1);
    expect(facts.errors[0]).toMatchObject({
      collector: 'update-bots',
      file: '.github/dependabot.yaml',
    });
  });
});

describe('bot parser properties', () => {
  const mutate = (fixture: string) =>
    fc
      .array(
        fc.tuple(
          fc.nat({ max: fixture.length }),
          fc.constantFrom('"', "'", '/', '*', ',', '{', ']', '\n', ' ', ':'),
          fc.boolean(),
        ),
        { maxLength: 10 },
      )
      .map(edits => {
        let text = fixture;
        for (const [at, char, replace] of edits) {
          text = text.slice(0, at) + char + text.slice(at + (replace ? 1 : 0));
        }
        return text;
      });

  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), text => {
        expect(parseDependabot('d.yml', text).value.file).toBe('d.yml');
        expect(typeof parseRenovateConfig(text).value).toBe('object');
        expect(() => renovateFromPackageJson(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on mutations of valid configs', () => {
    fc.assert(
      fc.property(mutate(dependabot), mutate(renovate5), (d, r) => {
        expect(Array.isArray(parseDependabot('d.yml', d).value.updates)).toBe(
          true,
        );
        expect(typeof parseRenovateConfig(r).value).toBe('object');
      }),
      { numRuns: 500 },
    );
  });
});
