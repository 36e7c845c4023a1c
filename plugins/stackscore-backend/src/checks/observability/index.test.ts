import { checkCatalogue } from '@stackscore/plugin-stackscore-common';
import { observabilityCheckImplementations } from './index';

describe('observabilityCheckImplementations', () => {
  it('implements every observability check of the catalogue exactly once', () => {
    const ids = observabilityCheckImplementations.map(c => c.id).sort();
    const catalogue = checkCatalogue
      .filter(c => c.scorecard === 'observability')
      .map(c => c.id)
      .sort();
    expect(ids).toEqual(catalogue);
    expect(ids).toHaveLength(16);
  });
});
