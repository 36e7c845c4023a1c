import {
  decisionCreateSchema,
  templateDecision,
} from '@stackscore/plugin-stackscore-common';
import type { StackDecisionDraft } from '../StackDecisionsPage';
import { stackDraftDecision } from './stackDraft';

const reference = {
  document: 'enterprise-stack-guide' as const,
  section: 'Backend Decision Framework',
  lines: 'L120',
};

const go = {
  language: 'go',
  score: 7.25,
  frameworks: [
    { name: 'Gin', radarEntryId: 'gin', why: 'the most used Go web framework' },
    { name: 'chi', why: 'stays close to net/http' },
  ],
  reasons: [{ text: 'Primary choice for cloud tooling', reference }],
};
const rust = { language: 'rust', score: 5, frameworks: [], reasons: [] };
const cobol = { language: 'cobol', score: 1, frameworks: [], reasons: [] };

const draft = (option = go): StackDecisionDraft => ({
  option,
  rank: option === go ? 1 : 3,
  ranked: [go, rust, cobol],
  request: {
    requirements: ['cloud-infrastructure-devops-tooling'],
    constraints: { p99Ms: 50, coldStartSensitive: true },
  },
  team: 'group:default/payments',
});

describe('stackDraftDecision', () => {
  it('records the chosen language on the backend-language-framework template', () => {
    const template = templateDecision('backend-language-framework');
    const content = stackDraftDecision(draft());
    expect(content.templateId).toBe('backend-language-framework');
    expect(content.title).toBe('Backend language and framework: Go');
    expect(content.drivers).toEqual(template.drivers);
    expect(content.scope).toEqual({
      team: 'group:default/payments',
      entities: [],
    });

    // The template's Go option is chosen and carries the recommender's cited reasons.
    expect(content.chosenOption).toBe('Go (chi, Gin or net/http)');
    const chosen = content.options.find(o => o.title === content.chosenOption);
    expect(chosen?.pros).toContain(
      'Primary choice for cloud tooling (TechStack Comparisons — Enterprise Stack Guide — Backend Decision Framework (L120))',
    );
    expect(content.options).toHaveLength(template.options.length);

    expect(content.context).toContain(template.context);
    expect(content.context).toContain('* p99 latency target: 50 ms');
    expect(content.context).toContain('* Cold-start sensitive');
    expect(content.context).toContain('1. Go (score 7.3)');
    expect(content.outcome).toContain('Go, ranked 1 of 3');
    expect(content.outcome).toContain(
      '* **Gin** — the most used Go web framework',
    );
    expect(content.links.radarEntries).toEqual(
      expect.arrayContaining(['go', 'gin']),
    );

    // The draft is a valid record as it stands.
    expect(decisionCreateSchema.safeParse(content).success).toBe(true);
  });

  it('adds an option for a language the template does not name', () => {
    const content = stackDraftDecision(draft(cobol));
    expect(content.chosenOption).toBe('cobol');
    expect(content.options[content.options.length - 1]).toEqual({
      title: 'cobol',
      pros: [],
      cons: [],
    });
  });
});
