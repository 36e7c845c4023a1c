import type { CheckDefinition } from '../types';
import { observabilityChecks } from './observability';
import { securityChecks } from './security';
import { sloChecks } from './slo';
import { supplyChainChecks } from './supplyChain';

export { observabilityChecks } from './observability';
export { securityChecks } from './security';
export { sloChecks } from './slo';
export { supplyChainChecks } from './supplyChain';

/**
 * Version of the check catalogue, stored with every scoring run.
 *
 * Bump rule: change it whenever any check's logic or definition changes (pass
 * criteria, level, severity, applicability, runtime flag, texts) or a check is
 * added, so stored results can be traced to the catalogue that produced them.
 * Format `YYYY.MM.N`, N counting the changes within that month.
 *
 * @public
 */
export const checkCatalogueVersion: string = '2026.11.2';

/**
 * Every check of the four scorecards, in scorecard order (slo, observability,
 * security, supply-chain) and table order within each.
 *
 * @public
 */
export const checkCatalogue: readonly CheckDefinition[] = [
  ...sloChecks,
  ...observabilityChecks,
  ...securityChecks,
  ...supplyChainChecks,
];

const checksById: ReadonlyMap<string, CheckDefinition> = new Map(
  checkCatalogue.map(check => [check.id, check]),
);

/**
 * Looks up a check definition by its id, e.g. `supply-chain.sbom`.
 *
 * @public
 */
export function getCheckDefinition(id: string): CheckDefinition | undefined {
  return checksById.get(id);
}
