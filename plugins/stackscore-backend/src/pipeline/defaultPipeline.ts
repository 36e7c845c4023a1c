import {
  CheckDefinition,
  checkCatalogue,
} from '@stackscore/plugin-stackscore-common';
import type {
  StackscoreCheck,
  StackscoreFactCollector,
} from '@stackscore/plugin-stackscore-node';
import { AdrCollector } from '../collectors/adrs/AdrCollector';
import { ConfigFilesCollector } from '../collectors/ConfigFilesCollector';
import { CiCollector } from '../collectors/ci';
import { UpdateBotsCollector } from '../collectors/bots';
import { DockerfilesCollector } from '../collectors/docker';
import { ManifestsCollector } from '../collectors/manifests';
import { SignalsCollector } from '../collectors/signals/SignalsCollector';
import { observabilitySignals } from '../collectors/signals/definitions/observability';
import { securitySignals } from '../collectors/signals/definitions/security';
import { sloSignals } from '../collectors/signals/definitions/slo';
import { supplyChainSignals } from '../collectors/signals/definitions/supplyChain';
import { SloCollector } from '../collectors/slo';
import type { RepositoryCollector } from '../collectors/types';
import type { RunnableCheck } from '../checks/evaluate';
import { observabilityCheckImplementations } from '../checks/observability';
import { securityCheckImplementations } from '../checks/security';
import { sloCheckImplementations } from '../checks/slo';
import { supplyChainCheckImplementations } from '../checks/supplyChain';
import type { CheckImplementation } from '../checks/types';
import {
  CustomDocumentsCollector,
  createCustomChecks,
} from '../checks/custom/customChecks';
import type { CustomCheckConfig } from '../checks/custom/config';

const builtInImplementations: CheckImplementation[] = [
  ...sloCheckImplementations,
  ...observabilityCheckImplementations,
  ...securityCheckImplementations,
  ...supplyChainCheckImplementations,
];

/**
 * The built-in catalogue joined with its logic. Throws at load time if a catalogue id has no
 * implementation or two, so a gap can never ship silently.
 *
 * @internal
 */
export function builtInChecks(): RunnableCheck[] {
  const byId = new Map<string, CheckImplementation>();
  for (const implementation of builtInImplementations) {
    if (byId.has(implementation.id)) {
      throw new Error(`Check ${implementation.id} is implemented twice`);
    }
    byId.set(implementation.id, implementation);
  }
  const known = new Set(checkCatalogue.map(c => c.id));
  for (const id of byId.keys()) {
    if (!known.has(id)) {
      throw new Error(`Check ${id} is implemented but not in the catalogue`);
    }
  }
  return checkCatalogue.map((definition: CheckDefinition) => {
    const implementation = byId.get(definition.id);
    if (!implementation) {
      throw new Error(`Check ${definition.id} has no implementation`);
    }
    return { definition, implementation };
  });
}

/**
 * Checks added by backend modules through the extension point, as runnable checks.
 *
 * @internal
 */
export function extensionChecks(
  checks: readonly StackscoreCheck[],
): RunnableCheck[] {
  return checks.map(check => ({
    definition: check.definition,
    implementation: {
      id: check.definition.id,
      evaluate: facts => check.evaluate(facts),
    },
  }));
}

/**
 * Everything one scoring pass needs: the collectors in order and every check.
 *
 * @internal
 */
export interface ScoringPipeline {
  collectors: RepositoryCollector[];
  /** Collectors added by backend modules; their output lands in `facts.extensions[id]`. */
  extensionCollectors: StackscoreFactCollector[];
  checks: RunnableCheck[];
}

/**
 * The built-in collectors and checks, plus checks from configuration and from extensions.
 *
 * @internal
 */
export function createScoringPipeline(
  options: {
    customChecks?: readonly CustomCheckConfig[];
    extensionChecks?: readonly StackscoreCheck[];
    extensionCollectors?: readonly StackscoreFactCollector[];
  } = {},
): ScoringPipeline {
  const customChecks = options.customChecks ?? [];
  const checks = [
    ...builtInChecks(),
    ...createCustomChecks(customChecks),
    ...extensionChecks(options.extensionChecks ?? []),
  ];
  const seen = new Set<string>();
  for (const { definition } of checks) {
    if (seen.has(definition.id)) {
      throw new Error(
        `Check id ${definition.id} is declared more than once (built-in, stackscore.customChecks or a backend module)`,
      );
    }
    seen.add(definition.id);
  }
  return {
    collectors: [
      new ManifestsCollector(),
      new DockerfilesCollector(),
      new CiCollector(),
      new UpdateBotsCollector(),
      new SloCollector(),
      new ConfigFilesCollector(),
      new AdrCollector(),
      new CustomDocumentsCollector(customChecks),
      new SignalsCollector([
        ...sloSignals,
        ...observabilitySignals,
        ...securitySignals,
        ...supplyChainSignals,
      ]),
    ],
    extensionCollectors: [...(options.extensionCollectors ?? [])],
    checks,
  };
}
