import { compareScorecardLevels, computeScorecardScore } from './levels';
import type { CheckResult } from '../schemas/results';

type R = Pick<CheckResult, 'scorecard' | 'level' | 'status' | 'exempted'>;
const r = (
  level: R['level'],
  status: R['status'],
  extra: Partial<R> = {},
): R => ({ scorecard: 'security', level, status, ...extra });

describe('computeScorecardScore', () => {
  it('reaches gold when every applicable check passes', () => {
    const score = computeScorecardScore('security', [
      r('bronze', 'pass'),
      r('silver', 'pass'),
      r('gold', 'pass'),
      r('gold', 'not-applicable'),
    ]);
    expect(score).toEqual({
      id: 'security',
      level: 'gold',
      score: 1,
      passed: 3,
      applicable: 3,
    });
  });

  it('stops at the highest level whose checks and those below all pass', () => {
    const score = computeScorecardScore('security', [
      r('bronze', 'pass'),
      r('silver', 'fail'),
      r('gold', 'pass'),
    ]);
    expect(score.level).toBe('bronze');
    expect(score.score).toBeCloseTo(2 / 3);
  });

  it('is none when a bronze check fails, even if higher checks pass', () => {
    expect(
      computeScorecardScore('security', [
        r('bronze', 'fail'),
        r('silver', 'pass'),
      ]).level,
    ).toBe('none');
  });

  it('treats errors as applicable and not passed', () => {
    const score = computeScorecardScore('security', [
      r('bronze', 'error'),
      r('bronze', 'pass'),
    ]);
    expect(score).toMatchObject({ level: 'none', passed: 1, applicable: 2 });
  });

  it('counts an exempted failure as passed', () => {
    const score = computeScorecardScore('security', [
      r('bronze', 'fail', { exempted: true }),
      r('silver', 'pass'),
    ]);
    expect(score).toMatchObject({ level: 'gold', passed: 2 });
  });

  it('ignores other scorecards and reports nothing applicable as none with 0', () => {
    const score = computeScorecardScore('slo', [r('bronze', 'pass')]);
    expect(score).toEqual({
      id: 'slo',
      level: 'none',
      score: 0,
      passed: 0,
      applicable: 0,
    });
  });
});

describe('compareScorecardLevels', () => {
  it('orders none < bronze < silver < gold', () => {
    expect(compareScorecardLevels('none', 'bronze')).toBe(-1);
    expect(compareScorecardLevels('gold', 'silver')).toBe(1);
    expect(compareScorecardLevels('silver', 'silver')).toBe(0);
  });
});
