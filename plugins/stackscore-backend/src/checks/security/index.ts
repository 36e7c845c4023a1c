import type { CheckImplementation } from '../types';
import { ciSecurityChecks } from './ci';
import { codeSecurityChecks } from './code';
import { containerSecurityChecks } from './containers';
import { serverSecurityChecks } from './server';

/**
 * The logic of every `security.*` check of the catalogue.
 *
 * @internal
 */
export const securityCheckImplementations: CheckImplementation[] = [
  ...ciSecurityChecks,
  ...containerSecurityChecks,
  ...codeSecurityChecks,
  ...serverSecurityChecks,
];
