import type { CheckResult } from '@stackscore/plugin-stackscore-common';
import { applyExemptions } from './applyExemptions';

const result = (
  checkId: string,
  status: CheckResult['status'],
  level: CheckResult['level'] = 'bronze',
): CheckResult => ({
  checkId,
  scorecard: 'security',
  level,
  severity: 'high',
  status,
  evidence: [],
});

describe('applyExemptions', () => {
  const results = [
    result('security.sast-in-ci', 'fail'),
    result('security.cors-allowlist', 'pass'),
    result('security.dast', 'not-applicable', 'gold'),
  ];

  it('counts an exempted failure as passed and lifts the level', () => {
    const without = applyExemptions(results, new Set());
    expect(without.scorecards.find(s => s.id === 'security')?.level).toBe(
      'none',
    );

    const withExemption = applyExemptions(
      results,
      new Set(['security.sast-in-ci']),
    );
    expect(withExemption.results[0]).toMatchObject({
      status: 'fail',
      exempted: true,
    });
    expect(
      withExemption.scorecards.find(s => s.id === 'security'),
    ).toMatchObject({
      level: 'gold',
      passed: 2,
      applicable: 2,
    });
  });

  it('leaves passing and not-applicable results alone', () => {
    const { results: marked } = applyExemptions(
      results,
      new Set(['security.cors-allowlist', 'security.dast']),
    );
    expect(marked[1].exempted).toBeUndefined();
    expect(marked[2].exempted).toBeUndefined();
  });
});
