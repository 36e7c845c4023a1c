import { checkCatalogue } from '@stackscore/plugin-stackscore-common';
import { sloCheckImplementations } from './index';

describe('sloCheckImplementations', () => {
  it('implements every slo check of the catalogue exactly once', () => {
    const ids = sloCheckImplementations.map(c => c.id).sort();
    const catalogue = checkCatalogue
      .filter(c => c.scorecard === 'slo')
      .map(c => c.id)
      .sort();
    expect(ids).toEqual(catalogue);
    expect(ids).toHaveLength(15);
  });
});
