import type {
  CheckOutcome,
  DockerfileFacts,
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, pass } from '../outcomes';
import {
  dependencyEvidence,
  findDeclared,
  judgeRuntimeModules,
  moduleDockerfiles,
  moduleSignals,
  signalEvidence,
  versionAtLeast,
} from '../observability/moduleEvidence';
import { appSetting, applicationSettings } from '../observability/springConfig';
import { springBootVersion } from './javaRuntime';

const pythonServers = ['uvicorn', 'gunicorn', 'hypercorn'];

/** Python servers that drain on SIGTERM, declared in the module (or `fastapi[standard]`, which brings uvicorn). */
function declaredPythonServers(
  facts: EntityFacts,
  module: ModuleFacts,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const name of pythonServers) {
    const dependency = findDeclared(facts, module, [name]);
    if (dependency) evidence.push(dependencyEvidence(dependency));
  }
  const fastapi = findDeclared(facts, module, ['fastapi']);
  if (fastapi?.features?.includes('standard')) {
    evidence.push(dependencyEvidence(fastapi, 'declared with [standard]'));
  }
  const listed = module.settings.asgiServers;
  if (evidence.length === 0 && Array.isArray(listed) && listed.length > 0) {
    evidence.push({
      message: `${listed.join(', ')} declared`,
      file: module.manifests[0],
    });
  }
  return evidence;
}

/** Why a Dockerfile does not start a draining Python server in exec form, or undefined when it does. */
function pythonStartProblem(dockerfile: DockerfileFacts): Evidence | undefined {
  const stage = dockerfile.stages[dockerfile.stages.length - 1];
  if (!stage) return undefined;
  const { entrypoint, cmd } = stage;
  const launcher = (text?: string) =>
    text !== undefined && /\b(uvicorn|gunicorn|hypercorn|fastapi)\b/.test(text);
  const at = (line: number) => ({ file: dockerfile.file, line });
  if (entrypoint && !entrypoint.execForm) {
    return {
      message: `ENTRYPOINT in shell form runs under /bin/sh, which does not pass SIGTERM on: \`${entrypoint.value}\``,
      ...at(entrypoint.line),
    };
  }
  const starter = [entrypoint, cmd].find(i => launcher(i?.value));
  if (!starter) {
    const shown = cmd ?? entrypoint;
    return shown
      ? {
          message: `The image starts \`${shown.value}\`, not uvicorn, gunicorn or hypercorn`,
          ...at(shown.line),
        }
      : undefined;
  }
  if (!starter.execForm) {
    return {
      message: `Server started in shell form; /bin/sh does not pass SIGTERM on: \`${starter.value}\``,
      ...at(starter.line),
    };
  }
  return undefined;
}

function judgePython(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const handler = moduleSignals(facts, module, 'slo.python-sigterm', {
    runtimeOnly: true,
  });
  if (handler.length > 0) {
    return pass(signalEvidence(handler[0], 'SIGTERM handler'));
  }
  const servers = declaredPythonServers(facts, module);
  if (servers.length === 0) {
    return fail({
      message:
        'No uvicorn, gunicorn or hypercorn declared and no SIGTERM handler: the process is killed with requests in flight',
      file: module.manifests[0],
    });
  }
  const images = moduleDockerfiles(facts, module).filter(d => {
    const stage = d.stages[d.stages.length - 1];
    return stage?.cmd || stage?.entrypoint;
  });
  const problems = images
    .map(pythonStartProblem)
    .filter((e): e is Evidence => e !== undefined);
  if (problems.length > 0) return fail(...problems);
  return pass(
    ...servers,
    images.length > 0
      ? {
          message: `Exec-form server start in ${images
            .map(d => d.file)
            .join(', ')}`,
        }
      : {
          message:
            'No Dockerfile starts the server; the declared server drains on SIGTERM',
        },
  );
}

function judgeGo(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const find = (id: string) =>
    moduleSignals(facts, module, id, { runtimeOnly: true });
  const notify = find('slo.go-signal-notify');
  const sigterm = find('slo.go-sigterm');
  const shutdown = find('slo.go-server-shutdown');
  const problems: Evidence[] = [];
  if (notify.length === 0 || sigterm.length === 0) {
    problems.push({
      message:
        'SIGTERM is not caught: no signal.NotifyContext/signal.Notify with syscall.SIGTERM',
    });
  }
  if (shutdown.length === 0) {
    problems.push({
      message:
        'No server.Shutdown(ctx) (or GracefulStop) drains in-flight requests',
    });
  }
  if (problems.length > 0) return fail(...problems);
  return pass(
    signalEvidence(notify[0], 'Signal handling'),
    signalEvidence(shutdown[0], 'Drain'),
  );
}

function judgeRust(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const graceful = moduleSignals(facts, module, 'slo.rust-graceful-shutdown', {
    runtimeOnly: true,
  });
  if (graceful.length > 0) {
    return pass(signalEvidence(graceful[0], 'Graceful shutdown'));
  }
  const actix = findDeclared(facts, module, ['actix-web']);
  const disabled = moduleSignals(
    facts,
    module,
    'slo.rust-actix-disable-signals',
  );
  if (actix && disabled.length === 0) {
    return pass(
      dependencyEvidence(actix, 'declared (drains on SIGTERM by default)'),
    );
  }
  return fail(
    disabled.length > 0
      ? signalEvidence(disabled[0], 'actix-web signal handling disabled')
      : {
          message:
            'No graceful shutdown: pass a shutdown signal to with_graceful_shutdown(…)',
        },
  );
}

const nodeShutdownLibraries = [
  '@godaddy/terminus',
  'close-with-grace',
  'http-terminator',
  'lightship',
  'fastify-graceful-shutdown',
];

function judgeNode(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const handler = moduleSignals(facts, module, 'slo.node-sigterm', {
    runtimeOnly: true,
  });
  if (handler.length > 0) {
    return pass(signalEvidence(handler[0], 'SIGTERM handler'));
  }
  const next = findDeclared(facts, module, ['next']);
  if (next) return pass(dependencyEvidence(next, 'declared (handles SIGTERM)'));
  const library = findDeclared(facts, module, nodeShutdownLibraries);
  if (library) return pass(dependencyEvidence(library));
  return fail({
    message:
      "No SIGTERM handler: add process.on('SIGTERM', …) that closes the server before exiting",
  });
}

function judgeJava(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const settings = applicationSettings(facts, module);
  const shutdown = appSetting(settings, 'server.shutdown');
  if (shutdown?.value.toLowerCase() === 'graceful') {
    return pass({
      message: 'server.shutdown=graceful',
      file: shutdown.file,
      ...(shutdown.line ? { line: shutdown.line } : {}),
    });
  }
  const quarkus = appSetting(settings, 'quarkus.shutdown.timeout');
  if (quarkus) {
    return pass({
      message: `quarkus.shutdown.timeout=${quarkus.value}`,
      file: quarkus.file,
    });
  }
  const boot = springBootVersion(facts, module);
  if (shutdown?.value.toLowerCase() === 'immediate') {
    return fail({
      message: 'server.shutdown=immediate cuts off requests in flight',
      file: shutdown.file,
      ...(shutdown.line ? { line: shutdown.line } : {}),
    });
  }
  if (boot && versionAtLeast(boot.version, [3, 4])) {
    return pass({
      message: `Spring Boot ${boot.version} shuts down gracefully by default`,
      file: boot.file,
    });
  }
  return fail({
    message: boot
      ? `Spring Boot ${boot.version} shuts down immediately unless server.shutdown=graceful is set (default from 3.4)`
      : 'No graceful shutdown setting (server.shutdown=graceful, quarkus.shutdown.timeout)',
    file: boot?.file ?? module.manifests[0],
  });
}

/**
 * `slo.graceful-shutdown`: SIGTERM drains in-flight work, by code, setting or framework default.
 *
 * @internal
 */
export const gracefulShutdown: CheckImplementation = {
  id: 'slo.graceful-shutdown',
  evaluate: facts =>
    judgeRuntimeModules(facts, module => {
      switch (module.ecosystem) {
        case 'go':
          return judgeGo(facts, module);
        case 'rust':
          return judgeRust(facts, module);
        case 'node':
          return judgeNode(facts, module);
        case 'java':
          return judgeJava(facts, module);
        default:
          return judgePython(facts, module);
      }
    }),
};
