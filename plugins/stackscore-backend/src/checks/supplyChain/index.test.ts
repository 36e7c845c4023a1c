import {
  securityChecks,
  supplyChainChecks,
} from '@stackscore/plugin-stackscore-common';
import { securityCheckImplementations } from '../security';
import { supplyChainCheckImplementations } from '.';

describe('implementations', () => {
  it.each([
    ['security', securityChecks, securityCheckImplementations],
    ['supply-chain', supplyChainChecks, supplyChainCheckImplementations],
  ] as const)(
    'cover every %s check of the catalogue exactly once',
    (_, definitions, implementations) => {
      const ids = implementations.map(i => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(definitions.map(d => d.id).sort());
    },
  );
});
