import type { CheckImplementation } from '../types';
import { dockerChecks } from './docker';
import { jvmChecks } from './jvm';
import { lockfileChecks } from './lockfiles';
import { npmChecks } from './npm';
import { provenanceChecks } from './provenance';
import { scanningChecks } from './scanning';
import { updateChecks } from './updates';
import { versionChecks } from './versions';

/**
 * The logic of every `supply-chain.*` check of the catalogue.
 *
 * @internal
 */
export const supplyChainCheckImplementations: CheckImplementation[] = [
  ...lockfileChecks,
  ...versionChecks,
  ...scanningChecks,
  ...updateChecks,
  ...dockerChecks,
  ...npmChecks,
  ...jvmChecks,
  ...provenanceChecks,
];
