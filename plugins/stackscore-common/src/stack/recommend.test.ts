import { guidanceDocuments } from '../catalogue/documents';
import { radarSeed } from '../radar/seed';
import {
  requirementMatrix,
  stackFrameworks,
  stackRequirementIds,
  stackRules,
  type StackLanguage,
} from './matrices';
import {
  recommendStack,
  stackRecommendRequestSchema,
  type StackRecommendRequest,
} from './recommend';

const order = (request: StackRecommendRequest) =>
  recommendStack(request).ranked.map(r => r.language);
const ranked = (request: StackRecommendRequest, language: StackLanguage) =>
  recommendStack(request).ranked.find(r => r.language === language)!;
const position = (request: StackRecommendRequest, language: StackLanguage) =>
  order(request).indexOf(language);

describe('recommendStack', () => {
  it('puts Rust first and Go second for the highest RPS / lowest latency', () => {
    expect(
      order({ requirements: ['highest-rps-lowest-latency'] }).slice(0, 2),
    ).toEqual(['rust', 'go']);
  });

  it('puts Python first for AI/ML serving', () => {
    expect(
      order({ requirements: ['ai-ml-serving-or-data-pipelines'] })[0],
    ).toBe('python');
  });

  it('puts Java first for an existing large JVM codebase', () => {
    expect(order({ requirements: ['existing-large-jvm-codebase'] })[0]).toBe(
      'java',
    );
  });

  it('does not put Rust first for a team unfamiliar with systems programming', () => {
    expect(
      order({ requirements: ['team-unfamiliar-with-systems-programming'] })[0],
    ).not.toBe('rust');
  });

  it('ranks Go and Java ahead of Rust for CRUD APIs with moderate traffic', () => {
    const request: StackRecommendRequest = {
      requirements: ['crud-rest-apis-moderate-traffic'],
    };
    expect(position(request, 'go')).toBeLessThan(position(request, 'rust'));
    expect(position(request, 'java')).toBeLessThan(position(request, 'rust'));
    expect(ranked(request, 'rust').reasons.map(r => r.text)).toContainEqual(
      expect.stringMatching(/CRUD/),
    );
  });

  it('reads constraints alone: sub-10 ms p99 and 200K RPS put Rust and Go on top', () => {
    expect(new Set(order({ constraints: { p99Ms: 5 } }).slice(0, 2))).toEqual(
      new Set(['rust', 'go']),
    );
    expect(
      new Set(order({ constraints: { rps: 200_000 } }).slice(0, 2)),
    ).toEqual(new Set(['rust', 'go']));
    const go = ranked({ constraints: { p99Ms: 5 } }, 'go');
    expect(go.reasons[0].text).toMatch(/from p99 target of 5 ms/);
  });

  it('reads constraints alone: ML needs put Python first', () => {
    expect(order({ constraints: { mlNeeds: true } })[0]).toBe('python');
  });

  it('reads constraints alone: cold-start sensitivity puts Go or Rust ahead of Java', () => {
    const request: StackRecommendRequest = {
      constraints: { coldStartSensitive: true },
    };
    const java = position(request, 'java');
    expect(
      Math.min(position(request, 'go'), position(request, 'rust')),
    ).toBeLessThan(java);
    expect(position(request, 'go')).toBeLessThan(java);
    expect(position(request, 'rust')).toBeLessThan(java);
  });

  it('reads constraints alone: an existing JVM codebase and a team new to systems programming', () => {
    expect(order({ constraints: { existingJvmCodebase: true } })[0]).toBe(
      'java',
    );
    expect(
      order({ constraints: { teamKnowsSystemsProgramming: false } })[0],
    ).not.toBe('rust');
  });

  it('lists every language with a neutral score and a cited reason for an empty request', () => {
    const result = recommendStack({});
    expect(result.ranked.map(r => r.language)).toEqual([
      'dotnet',
      'go',
      'java',
      'node',
      'python',
      'rust',
    ]);
    for (const language of result.ranked) {
      expect(language.score).toBe(0);
      expect(language.reasons).toEqual([
        expect.objectContaining({
          text: expect.stringMatching(/Nothing in the request/),
          points: 0,
        }),
      ]);
    }
    expect(recommendStack()).toEqual(result);
  });

  it('explains a language the matrix does not rate', () => {
    const node = ranked({ requirements: ['memory-safe-systems'] }, 'node');
    expect(node.score).toBe(0);
    expect(node.reasons[0].text).toMatch(
      /rates only Go, Python, Rust and Java/,
    );
  });

  it('cites a document for every reason and adds the reasons up to the score', () => {
    const result = recommendStack({
      requirements: [...stackRequirementIds],
      constraints: {
        p99Ms: 5,
        rps: 5_000,
        coldStartSensitive: true,
        cpuHeavy: true,
        mlNeeds: true,
        teamKnowsSystemsProgramming: false,
        existingJvmCodebase: true,
        realTime: true,
        concurrentConnections: 5_000,
        deepOperability: true,
        manyTeamsLongLife: true,
      },
    });
    for (const language of result.ranked) {
      expect(language.reasons.length).toBeGreaterThan(0);
      for (const reason of language.reasons) {
        expect(reason.reference.document in guidanceDocuments).toBe(true);
        expect(reason.reference.section).not.toBe('');
      }
      expect(language.score).toBeCloseTo(
        language.reasons.reduce((sum, r) => sum + r.points, 0),
      );
    }
    const scores = result.ranked.map(r => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('orders frameworks by fit to the request', () => {
    const fast: StackRecommendRequest = {
      requirements: ['highest-rps-lowest-latency'],
    };
    const names = (request: StackRecommendRequest, language: StackLanguage) =>
      ranked(request, language).frameworks.map(f => f.name);
    expect(names(fast, 'go').slice(0, 2)).toEqual(['Gin', 'chi']);
    expect(names(fast, 'rust')[0]).toBe('Axum + Tokio');
    expect(names(fast, 'java')[0]).toBe('Quarkus (native)');
    expect(names(fast, 'python')[0]).toBe('Litestar');
    expect(ranked(fast, 'python').frameworks[0].why).toMatch(
      /^Suits high throughput\./,
    );

    const crud: StackRecommendRequest = {
      requirements: ['crud-rest-apis-moderate-traffic'],
    };
    expect(names(crud, 'java')[0]).toBe('Spring Boot 3');
    expect(names(crud, 'python')[0]).toBe('FastAPI');
    expect(ranked(crud, 'java').frameworks[0].radarEntryId).toBe('spring-boot');
  });
});

describe('stackRecommendRequestSchema', () => {
  it('accepts requirements and constraints', () => {
    expect(
      stackRecommendRequestSchema.parse({
        requirements: ['rapid-prototyping'],
        constraints: { p99Ms: 50, rps: 2000, mlNeeds: false },
      }),
    ).toEqual({
      requirements: ['rapid-prototyping'],
      constraints: { p99Ms: 50, rps: 2000, mlNeeds: false },
    });
  });

  it('rejects unknown requirements, unknown fields and non-positive targets', () => {
    expect(
      stackRecommendRequestSchema.safeParse({ requirements: ['blockchain'] })
        .success,
    ).toBe(false);
    expect(
      stackRecommendRequestSchema.safeParse({ language: 'go' }).success,
    ).toBe(false);
    expect(
      stackRecommendRequestSchema.safeParse({ constraints: { budget: 1 } })
        .success,
    ).toBe(false);
    expect(
      stackRecommendRequestSchema.safeParse({ constraints: { p99Ms: 0 } })
        .success,
    ).toBe(false);
    expect(
      stackRecommendRequestSchema.safeParse({ constraints: { rps: -5 } })
        .success,
    ).toBe(false);
  });
});

describe('stack decision data', () => {
  it('has one matrix row per requirement id, in order', () => {
    expect(requirementMatrix.map(row => row.id)).toEqual([
      ...stackRequirementIds,
    ]);
  });

  it('points frameworks at existing radar entries', () => {
    const ids = new Set(radarSeed.map(e => e.id));
    const unknown = stackFrameworks.filter(
      f => f.radarEntryId !== undefined && !ids.has(f.radarEntryId),
    );
    expect(unknown.map(f => f.id)).toEqual([]);
    expect(new Set(stackFrameworks.map(f => f.id)).size).toBe(
      stackFrameworks.length,
    );
  });

  it('gives every rule an effect', () => {
    for (const rule of stackRules) {
      expect(rule.weight).toBeGreaterThan(0);
      expect(
        rule.favours.length + (rule.disfavours ?? []).length,
      ).toBeGreaterThan(0);
    }
  });
});
