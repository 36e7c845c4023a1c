import type { EntityFacts } from '@stackscore/plugin-stackscore-common';

/** The module whose folder is the deepest one containing the file. */
function owningModuleIndex(facts: EntityFacts, file: string): number {
  let best = -1;
  let bestDepth = -1;
  facts.modules.forEach((module, index) => {
    const inside = module.dir === '' || file.startsWith(`${module.dir}/`);
    const depth = module.dir === '' ? 0 : module.dir.split('/').length;
    if (inside && depth > bestDepth) {
      best = index;
      bestDepth = depth;
    }
  });
  return best;
}

/**
 * Go servers often use only the standard library, so no dependency reveals them: a Go module whose
 * non-test source starts an HTTP or gRPC server (signal `runtime.go-http-server`) is a server module.
 *
 * @internal
 */
export function markGoStandardLibraryServers(
  facts: EntityFacts,
  isTestOrTooling: (path: string) => boolean,
): void {
  for (const match of facts.signals) {
    if (match.signal !== 'runtime.go-http-server') continue;
    if (isTestOrTooling(match.file)) continue;
    const index = owningModuleIndex(facts, match.file);
    const module = facts.modules[index];
    if (!module || module.ecosystem !== 'go' || module.isServer) continue;
    module.isServer = true;
    module.serverFrameworks = [...module.serverFrameworks, 'net/http'];
  }
}
