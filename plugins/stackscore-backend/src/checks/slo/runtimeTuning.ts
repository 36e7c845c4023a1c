import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, notApplicable, pass } from '../outcomes';
import {
  dependencyEvidence,
  findDeclared,
  judgeRuntimeModules,
  moduleDockerfiles,
  moduleSignals,
  repoSignals,
  signalEvidence,
  versionAtLeast,
} from '../observability/moduleEvidence';
import {
  javaMajorVersion,
  resolveVersion,
  springBootVersion,
  virtualThreadsSetting,
} from './javaRuntime';

function judgeGo(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  for (const dockerfile of moduleDockerfiles(facts, module)) {
    const stage = dockerfile.stages[dockerfile.stages.length - 1];
    const env = stage?.env.find(e => e.key === 'GOMEMLIMIT');
    if (env) {
      return pass({
        message: `ENV GOMEMLIMIT=${env.value}`,
        file: dockerfile.file,
        line: env.line,
      });
    }
  }
  const code = moduleSignals(facts, module, 'slo.go-memory-limit', {
    runtimeOnly: true,
  });
  if (code.length > 0) return pass(signalEvidence(code[0], 'Memory limit'));
  const deploy = repoSignals(facts, 'slo.gomemlimit-setting');
  if (deploy.length > 0)
    return pass(signalEvidence(deploy[0], 'Deployment env'));
  const automemlimit = findDeclared(facts, module, [
    'github.com/KimMachineGun/automemlimit',
  ]);
  if (automemlimit) return pass(dependencyEvidence(automemlimit));
  return fail({
    message:
      'No GOMEMLIMIT in the image or deployment env and no debug.SetMemoryLimit: the GC ignores the container memory limit',
  });
}

/** Worker count given in a command or setting: a number, `dynamic` (from a variable), or undefined. */
function workerCount(text: string): number | 'dynamic' | undefined {
  const patterns = [
    /(?:--workers|(?:^|[\s"'[,])-w)(?:=|\s+|["']\s*,\s*["'])([^\s"',\]]+)/,
    /WEB_CONCURRENCY["']?\s*[:=]\s*["']?([^\s"',]+)/,
    /^\s*workers\s*=\s*([^\s#]+)/m,
  ];
  for (const pattern of patterns) {
    const value = pattern.exec(text)?.[1];
    if (value === undefined) continue;
    return /^\d+$/.test(value) ? Number(value) : 'dynamic';
  }
  return undefined;
}

function judgePython(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const places: Array<Evidence & { text: string }> = [];
  for (const dockerfile of moduleDockerfiles(facts, module)) {
    const stage = dockerfile.stages[dockerfile.stages.length - 1];
    if (!stage) continue;
    for (const instruction of [stage.entrypoint, stage.cmd]) {
      if (instruction) {
        places.push({
          text: instruction.value,
          message: `\`${instruction.value}\``,
          file: dockerfile.file,
          line: instruction.line,
        });
      }
    }
    for (const env of stage.env.filter(e => e.key === 'WEB_CONCURRENCY')) {
      places.push({
        text: `WEB_CONCURRENCY=${env.value}`,
        message: `ENV WEB_CONCURRENCY=${env.value}`,
        file: dockerfile.file,
        line: env.line,
      });
    }
  }
  for (const [file, text] of Object.entries(facts.configFiles)) {
    if (file.endsWith('gunicorn.conf.py')) {
      places.push({ text, message: 'gunicorn.conf.py', file });
    }
  }
  for (const match of repoSignals(facts, 'slo.python-workers-setting')) {
    places.push({ text: match.text, ...signalEvidence(match) });
  }
  const counted = places
    .map(place => ({ place, count: workerCount(place.text) }))
    .filter(p => p.count !== undefined);
  const many = counted.find(
    p => p.count === 'dynamic' || (p.count as number) > 1,
  );
  if (many) {
    const { text, ...evidence } = many.place;
    return pass({
      ...evidence,
      message: `More than one worker: ${evidence.message}`,
    });
  }
  const single = counted.map(({ place: { text, ...evidence } }) => ({
    ...evidence,
    message: `One worker: ${evidence.message}`,
  }));
  return fail(
    ...(single.length > 0
      ? single
      : [
          {
            message:
              'No worker count found (--workers, -w, WEB_CONCURRENCY, gunicorn workers =): one process serves every request',
          },
        ]),
  );
}

const jdbcStarters = [
  'org.springframework.boot:spring-boot-starter-jdbc',
  'org.springframework.boot:spring-boot-starter-data-jpa',
  'org.springframework.boot:spring-boot-starter-data-jdbc',
  'com.zaxxer:HikariCP',
];

function judgeJava(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const java = javaMajorVersion(facts, module);
  if (java === undefined) {
    return notApplicable(
      'Java version not declared; the rule is gated on Java 21',
    );
  }
  if (java < 21) {
    return notApplicable(`Java ${java}: virtual threads need Java 21`);
  }
  const boot = springBootVersion(facts, module);
  if (!boot || !versionAtLeast(boot.version, [3, 2])) {
    return notApplicable(
      boot
        ? `Spring Boot ${boot.version}: the rule applies from Boot 3.2`
        : 'Not a Spring Boot 3.2+ application',
    );
  }
  const problems: Evidence[] = [];
  const good: Evidence[] = [];
  const virtual = virtualThreadsSetting(facts, module);
  if (virtual) {
    good.push({ message: 'spring.threads.virtual.enabled=true', ...virtual });
  } else {
    problems.push({
      message: `Java ${java} on Spring Boot ${boot.version} without spring.threads.virtual.enabled=true`,
    });
  }
  if (findDeclared(facts, module, jdbcStarters)) {
    const hikari = findDeclared(facts, module, ['com.zaxxer:HikariCP']);
    const version = hikari
      ? resolveVersion(facts, module, hikari.version)
      : undefined;
    // Without an explicit version Boot manages HikariCP: 5.0.1 in Boot 3.2, 5.1+ from Boot 3.3.
    const recent = version
      ? versionAtLeast(version, [5, 1])
      : versionAtLeast(boot.version, [3, 3]);
    const described = version
      ? `HikariCP ${version}`
      : `HikariCP managed by Spring Boot ${boot.version}`;
    if (recent === false) {
      problems.push({
        message: `${described} pins virtual threads; 5.1 or later is needed`,
        file: hikari?.file ?? boot.file,
      });
    } else {
      good.push({ message: described, file: hikari?.file ?? boot.file });
    }
  }
  return problems.length > 0 ? fail(...problems) : pass(...good);
}

const runtimeTuned: CheckImplementation = {
  id: 'slo.runtime-tuned',
  evaluate: facts =>
    judgeRuntimeModules(
      facts,
      module => {
        switch (module.ecosystem) {
          case 'go':
            return judgeGo(facts, module);
          case 'python':
            return judgePython(facts, module);
          default:
            return judgeJava(facts, module);
        }
      },
      { ecosystems: ['go', 'python', 'java'] },
    ),
};

/**
 * `slo.runtime-tuned`: memory and concurrency settings fit the container.
 *
 * @internal
 */
export const runtimeTuningChecks: CheckImplementation[] = [runtimeTuned];
