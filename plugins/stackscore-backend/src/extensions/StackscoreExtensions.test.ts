import type { StackscoreCheck } from '@stackscore/plugin-stackscore-node';
import { StackscoreExtensions } from './StackscoreExtensions';

function check(id: string, scorecard = id.split('.')[0]): StackscoreCheck {
  return {
    definition: {
      id,
      scorecard: scorecard as StackscoreCheck['definition']['scorecard'],
      title: id,
      description: id,
      level: 'bronze',
      severity: 'low',
      applicability: { ecosystems: 'any', kinds: ['component'] },
      runtime: false,
      remediation: { summary: 'fix it' },
      references: [],
    },
    evaluate: () => ({ status: 'pass', evidence: [] }),
  };
}

describe('StackscoreExtensions', () => {
  const make = () => new StackscoreExtensions(new Set(['slo.defined']));

  it('keeps checks and collectors in the order they were added', () => {
    const extensions = make();
    extensions.addCheck(
      check('security.waf-enabled'),
      check('slo.budget-burn'),
    );
    extensions.addFactCollector({ id: 'pagerduty', collect: async () => ({}) });
    expect(extensions.checks.map(c => c.definition.id)).toEqual([
      'security.waf-enabled',
      'slo.budget-burn',
    ]);
    expect(extensions.collectors.map(c => c.id)).toEqual(['pagerduty']);
  });

  it('refuses to shadow a built-in check or add the same id twice', () => {
    const extensions = make();
    expect(() => extensions.addCheck(check('slo.defined'))).toThrow(
      "Stackscore check id 'slo.defined' is already registered",
    );
    extensions.addCheck(check('slo.budget-burn'));
    expect(() => extensions.addCheck(check('slo.budget-burn'))).toThrow(
      /already registered/,
    );
  });

  it('refuses ids that do not match their scorecard', () => {
    expect(() =>
      make().addCheck(check('observability.tracing', 'security')),
    ).toThrow("must look like '<scorecard>.<slug>' with scorecard 'security'");
    expect(() => make().addCheck(check('speed.fast'))).toThrow(
      "names unknown scorecard 'speed'",
    );
  });

  it('refuses a second collector with the same id', () => {
    const extensions = make();
    extensions.addFactCollector({ id: 'pagerduty', collect: async () => ({}) });
    expect(() =>
      extensions.addFactCollector({
        id: 'pagerduty',
        collect: async () => ({}),
      }),
    ).toThrow("Stackscore fact collector 'pagerduty' is already registered");
  });
});
