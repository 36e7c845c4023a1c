import type { CheckImplementation } from '../types';
import { deliveryChecks } from './delivery';
import { resilienceChecks } from './resilience';
import { runtimeTuningChecks } from './runtimeTuning';
import { sloSpecChecks } from './specs';

/**
 * Logic of the 15 `slo.*` checks.
 *
 * @internal
 */
export const sloCheckImplementations: CheckImplementation[] = [
  ...sloSpecChecks,
  ...resilienceChecks,
  ...deliveryChecks,
  ...runtimeTuningChecks,
];
