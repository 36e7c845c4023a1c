import type { CheckImplementation } from '../types';
import { catalogChecks } from './catalog';
import { loggingChecks } from './logging';
import { metricsChecks } from './metrics';
import { profilingChecks } from './profiling';
import { telemetryChecks } from './telemetry';

/**
 * Logic of the 16 `observability.*` checks.
 *
 * @internal
 */
export const observabilityCheckImplementations: CheckImplementation[] = [
  ...telemetryChecks,
  ...metricsChecks,
  ...loggingChecks,
  ...catalogChecks,
  ...profilingChecks,
];
