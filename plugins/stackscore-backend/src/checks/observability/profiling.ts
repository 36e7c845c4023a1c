import type {
  CheckOutcome,
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, notApplicable, pass } from '../outcomes';
import { virtualThreadsSetting } from '../slo/javaRuntime';
import {
  dependencyEvidence,
  findDeclared,
  judgeRuntimeModules,
  moduleSignals,
  signalEvidence,
} from './moduleEvidence';

const pythonProfilers = [
  'py-spy',
  'pyinstrument',
  'scalene',
  'memray',
  'pyroscope-io',
];
const goProfilers = [
  'github.com/grafana/pyroscope-go',
  'cloud.google.com/go/profiler',
  'github.com/felixge/fgprof',
];
const pinnedFlag = '-Djdk.tracePinnedThreads=';

function judgeJava(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const virtual = virtualThreadsSetting(facts, module);
  if (!virtual) {
    return notApplicable(
      'Virtual threads are off; pinned-thread tracing is asked for only when they are on',
    );
  }
  const plugins = module.settings.plugins;
  const pluginConfig = JSON.stringify(plugins ?? {});
  if (pluginConfig.includes(pinnedFlag)) {
    return pass({
      message: `${pinnedFlag}… in the test plugin arguments`,
      file: module.manifests[0],
    });
  }
  const flag = moduleSignals(
    facts,
    module,
    'observability.trace-pinned-threads',
  )[0];
  if (flag) return pass(signalEvidence(flag, 'Pinned-thread tracing'));
  return fail({
    message:
      'Virtual threads are on but tests do not run with -Djdk.tracePinnedThreads=full',
    ...virtual,
  });
}

function judgeProfiling(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  if (module.ecosystem === 'java') return judgeJava(facts, module);
  if (module.ecosystem === 'python') {
    const profiler = findDeclared(facts, module, pythonProfilers, [
      'runtime',
      'dev',
    ]);
    if (profiler) return pass(dependencyEvidence(profiler));
    return fail({
      message: `No profiler declared (${pythonProfilers.join(', ')})`,
      file: module.manifests[0],
    });
  }
  const pprof = moduleSignals(facts, module, 'observability.go-pprof', {
    runtimeOnly: true,
  })[0];
  if (pprof) return pass(signalEvidence(pprof, 'pprof'));
  const profiler = findDeclared(facts, module, goProfilers);
  if (profiler) return pass(dependencyEvidence(profiler));
  return fail({
    message:
      'net/http/pprof is not wired in and no continuous profiler is declared',
    file: module.manifests[0],
  });
}

/**
 * `observability.profiling-tooling`.
 *
 * @internal
 */
export const profilingChecks: CheckImplementation[] = [
  {
    id: 'observability.profiling-tooling',
    evaluate: facts =>
      judgeRuntimeModules(facts, m => judgeProfiling(facts, m), {
        ecosystems: ['python', 'java', 'go'],
      }),
  },
];
