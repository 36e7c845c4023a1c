import { remediationUpdateSchema } from '@stackscore/plugin-stackscore-common';
import {
  actorName,
  daysLeftText,
  describeTarget,
  firstIssueText,
  shortRef,
} from './format';

describe('remediation wording', () => {
  it('says how far a deadline is, in both directions', () => {
    expect([5, 1, 0, -1, -3].map(daysLeftText)).toEqual([
      '5 days left',
      '1 day left',
      'today',
      '1 day past',
      '3 days past',
    ]);
  });

  it('names the field a schema refused, or "change" when the refusal is about the whole object', () => {
    const badDate = remediationUpdateSchema.safeParse({ dueDate: '31/12' });
    expect(badDate.success).toBe(false);
    expect(firstIssueText(badDate.error!)).toMatch(/^dueDate: /);

    const unknownField = remediationUpdateSchema.safeParse({ owner: 'x' });
    expect(unknownField.success).toBe(false);
    expect(firstIssueText(unknownField.error!)).toMatch(/^change: /);
  });

  it('shortens refs and names the system actor', () => {
    expect(shortRef('component:default/fx-rates')).toBe('fx-rates');
    expect(shortRef('component:finance/fx-rates')).toBe(
      'component:finance/fx-rates',
    );
    expect(actorName('stackscore')).toBe('Stackscore');
    expect(actorName('user:default/jane')).toBe('jane');
    expect(
      describeTarget({
        type: 'level',
        scorecard: 'supply-chain',
        level: 'silver',
      }),
    ).toBe('supply-chain silver');
  });
});
