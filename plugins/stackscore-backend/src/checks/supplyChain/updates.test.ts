import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { supplyChainCheckImplementations } from '.';
import { workflow } from './testing';

function run(id: string, facts: EntityFacts) {
  const check = supplyChainCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

const dependabot = (...ecosystems: string[]) => ({
  dependabot: {
    file: '.github/dependabot.yml',
    updates: ecosystems.map((ecosystem, i) => ({ ecosystem, line: 4 + i })),
  },
});

describe('supply-chain.automated-updates', () => {
  const id = 'supply-chain.automated-updates';
  const modules = [
    module({ ecosystem: 'go' }),
    module({ ecosystem: 'python', dir: 'tools' }),
  ];

  it('passes Dependabot covering every ecosystem, uv included', () => {
    expect(
      run(id, serviceFacts({ modules, updateBots: dependabot('gomod', 'uv') }))
        .status,
    ).toBe('pass');
  });

  it('fails a missing ecosystem', () => {
    const outcome = run(
      id,
      serviceFacts({ modules, updateBots: dependabot('gomod') }),
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      evidence: [{ message: expect.stringContaining('python') }],
    });
  });

  it('passes Renovate, fails Renovate disabled or no bot', () => {
    expect(
      run(
        id,
        serviceFacts({
          modules,
          updateBots: { renovate: { file: 'renovate.json', config: {} } },
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          modules,
          updateBots: {
            renovate: { file: 'renovate.json', config: { enabled: false } },
          },
        }),
      ).status,
    ).toBe('fail');
    expect(run(id, serviceFacts({ modules })).status).toBe('fail');
  });

  it('is not applicable without an ecosystem', () => {
    expect(run(id, serviceFacts()).status).toBe('not-applicable');
  });
});

describe('supply-chain.patch-automerge', () => {
  const id = 'supply-chain.patch-automerge';

  it('passes Renovate patch automerge rules and presets', () => {
    const rule = {
      packageRules: [{ matchUpdateTypes: ['minor', 'patch'], automerge: true }],
    };
    expect(
      run(
        id,
        serviceFacts({
          updateBots: { renovate: { file: 'renovate.json', config: rule } },
        }),
      ).status,
    ).toBe('pass');
    const preset = { extends: ['config:recommended', ':automergeMinor'] };
    expect(
      run(
        id,
        serviceFacts({
          updateBots: { renovate: { file: 'renovate.json', config: preset } },
        }),
      ).status,
    ).toBe('pass');
  });

  it('passes a Dependabot auto-merge workflow', () => {
    const facts = serviceFacts({
      updateBots: dependabot('gomod'),
      ci: [
        workflow(
          [
            { uses: 'dependabot/fetch-metadata@v2' },
            'gh pr merge --auto --squash "$PR_URL"',
          ],
          { file: '.github/workflows/automerge.yml' },
        ),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });

  it('fails Renovate without automerge, and Dependabot without a merge workflow', () => {
    const majorOnly = {
      packageRules: [{ matchUpdateTypes: ['major'], automerge: true }],
    };
    expect(
      run(
        id,
        serviceFacts({
          updateBots: {
            renovate: { file: 'renovate.json', config: majorOnly },
          },
        }),
      ).status,
    ).toBe('fail');
    expect(
      run(id, serviceFacts({ updateBots: dependabot('gomod') })).status,
    ).toBe('fail');
  });
});

describe('update bot configurations that cannot be read', () => {
  const modules = [module({ ecosystem: 'node' })];
  const brokenRenovate = {
    file: 'renovate.json5',
    config: {},
    error: "not valid JSON5: Expected property name or '}'",
  };
  const brokenDependabot = {
    file: '.github/dependabot.yml',
    updates: [],
    error: 'no updates list',
  };

  it.each([
    ['supply-chain.automated-updates'],
    ['supply-chain.patch-automerge'],
  ])(
    '%s answers error naming the file instead of judging Renovate defaults',
    id => {
      expect(
        run(
          id,
          serviceFacts({ modules, updateBots: { renovate: brokenRenovate } }),
        ),
      ).toEqual({
        status: 'error',
        evidence: [
          {
            message: `Could not read renovate.json5: ${brokenRenovate.error}`,
            file: 'renovate.json5',
          },
          expect.anything(),
        ],
      });
    },
  );

  it('answers error for a Dependabot file without updates rather than "no npm entry"', () => {
    const outcome = run(
      'supply-chain.automated-updates',
      serviceFacts({ modules, updateBots: { dependabot: brokenDependabot } }),
    );
    expect(outcome.status).toBe('error');
    expect(outcome.evidence[0].message).toBe(
      'Could not read .github/dependabot.yml: no updates list',
    );
  });

  it('still passes when the other, readable bot covers everything', () => {
    expect(
      run(
        'supply-chain.automated-updates',
        serviceFacts({
          modules,
          updateBots: { ...dependabot('npm'), renovate: brokenRenovate },
        }),
      ).status,
    ).toBe('pass');
  });
});
