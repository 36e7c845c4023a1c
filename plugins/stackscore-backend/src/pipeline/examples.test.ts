import path from 'path';
import type { ScorecardLevel } from '@stackscore/plugin-stackscore-common';
import { readEntityForDirectory } from '../cli/readEntity';
import { LocalDirectorySource } from '../sources/LocalDirectorySource';
import { createScoringPipeline } from './defaultPipeline';
import { scoreRepository } from './scoreRepository';

jest.setTimeout(120_000);

const repos = path.resolve(__dirname, '../../../../examples/repos');

/** Intended levels from examples/README.md: slo, observability, security, supply-chain. */
const expected: Record<
  string,
  [ScorecardLevel, ScorecardLevel, ScorecardLevel, ScorecardLevel]
> = {
  'checkout-api': ['gold', 'gold', 'gold', 'gold'],
  'fx-rates': ['silver', 'bronze', 'bronze', 'bronze'],
  'shipping-quotes': ['none', 'none', 'none', 'none'],
  'feature-flags': ['bronze', 'silver', 'none', 'silver'],
  'fraud-scoring': ['gold', 'gold', 'gold', 'gold'],
  'report-builder': ['bronze', 'none', 'bronze', 'bronze'],
  'customer-export': ['none', 'none', 'none', 'none'],
  notifications: ['gold', 'gold', 'gold', 'gold'],
  'storefront-web': ['silver', 'gold', 'gold', 'gold'],
  'promo-codes': ['none', 'none', 'none', 'none'],
  tokenizer: ['gold', 'gold', 'gold', 'gold'],
  'search-suggest': ['none', 'none', 'bronze', 'bronze'],
  'ledger-service': ['gold', 'gold', 'gold', 'gold'],
  'invoice-service': ['bronze', 'bronze', 'bronze', 'silver'],
};

describe('the example organisation', () => {
  const pipeline = createScoringPipeline();

  it.each(Object.keys(expected))(
    '%s reaches its intended levels',
    async name => {
      const dir = path.join(repos, name);
      const outcome = await scoreRepository({
        entity: await readEntityForDirectory(dir),
        source: new LocalDirectorySource(dir),
        pipeline,
        settings: {
          internalNpmScopes: ['larkspur'],
          installScriptAllowlist: [],
        },
      });
      if (outcome.status !== 'scored') throw new Error('not scored');
      const levels = outcome.scores.scorecards.map(s => s.level);
      const failing = outcome.scores.results
        .filter(r => r.status === 'fail' || r.status === 'error')
        .map(r => `${r.checkId}: ${r.evidence.map(e => e.message).join('; ')}`);
      // The failing checks are part of the message so a wrong level explains itself.
      expect({ levels, failing }).toEqual({ levels: expected[name], failing });
    },
  );
});
