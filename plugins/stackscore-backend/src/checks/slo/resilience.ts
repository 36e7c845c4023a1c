import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  ModuleFacts,
  SignalMatch,
} from '@stackscore/plugin-stackscore-common';
import { signalLanguageOf } from '../../collectors/signals/languages';
import type { CheckImplementation } from '../types';
import { fail, notApplicable, pass } from '../outcomes';
import {
  DependencyMatcher,
  dependencyEvidence,
  findDeclared,
  judgeRuntimeModules,
  moduleSignals,
  repoSignals,
  signalEvidence,
  describeMatcher,
} from '../observability/moduleEvidence';
import { outboundClientSignals } from './ecosystemSignals';
import { gracefulShutdown } from './shutdown';

/** How far below a `requests.*(` call a `timeout=` argument may sit (multi-line calls). */
const callSpanLines = 8;

const firstFew = (matches: SignalMatch[], what: string): Evidence[] =>
  matches.slice(0, 3).map(m => signalEvidence(m, what));

/** `requests` calls with no `timeout=` on the call line or the lines after it. */
function requestsWithoutTimeout(
  facts: EntityFacts,
  module: ModuleFacts,
): SignalMatch[] {
  const calls = moduleSignals(facts, module, 'slo.python-requests-call', {
    runtimeOnly: true,
  });
  const timeouts = moduleSignals(facts, module, 'slo.python-timeout');
  return calls.filter(
    call =>
      !timeouts.some(
        t =>
          t.file === call.file &&
          t.line >= call.line &&
          t.line <= call.line + callSpanLines,
      ),
  );
}

function judgeTimeouts(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const signals = (ids: string | string[]) =>
    moduleSignals(facts, module, ids, { runtimeOnly: true });
  const settings = signals('slo.timeout-setting');
  const problems: Evidence[] = [];
  let found: SignalMatch[] = [...settings];
  switch (module.ecosystem) {
    case 'go': {
      const server = signals('slo.go-server-timeout');
      const client = signals('slo.go-client-timeout');
      // Database handles take deadlines from the request context; only HTTP and gRPC clients are judged here.
      const outbound = signals('slo.go-outbound-client').filter(s =>
        /\b(http|grpc|resty)\./.test(s.text),
      );
      found = [...server, ...client, ...found];
      problems.push(
        ...firstFew(
          signals('slo.go-unbounded-call'),
          'Call without a timeout (uses a server or client with none)',
        ),
      );
      if (module.isServer && server.length === 0) {
        problems.push({
          message:
            'No server timeout: set ReadHeaderTimeout/ReadTimeout/WriteTimeout on an http.Server (or wrap handlers in http.TimeoutHandler)',
        });
      }
      if (outbound.length > 0 && client.length === 0) {
        problems.push(
          ...firstFew(
            outbound,
            'Outbound call with no client timeout or deadline',
          ),
        );
      }
      break;
    }
    case 'node':
      found = [...signals('slo.node-timeout'), ...found];
      break;
    case 'python':
      found = [...signals('slo.python-timeout'), ...found];
      problems.push(
        ...firstFew(
          requestsWithoutTimeout(facts, module),
          '`requests` call without `timeout=` waits forever',
        ),
      );
      break;
    case 'rust':
      found = [...signals('slo.rust-timeout'), ...found];
      break;
    case 'java': {
      found = [...signals('slo.java-timeout'), ...found];
      const limiter = findDeclared(facts, module, [
        /^io\.github\.resilience4j:resilience4j-timelimiter$/,
      ]);
      if (limiter) {
        return pass(dependencyEvidence(limiter, 'declared (TimeLimiter)'));
      }
      break;
    }
    default:
      break;
  }
  if (found.length === 0) {
    problems.push({
      message:
        'No server or outbound timeout found in the server code or its configuration',
    });
  }
  if (problems.length > 0) return fail(...problems);
  return pass(...firstFew(found, 'Timeout'));
}

const timeoutsConfigured: CheckImplementation = {
  id: 'slo.timeouts-configured',
  evaluate: facts => judgeRuntimeModules(facts, m => judgeTimeouts(facts, m)),
};

const resilienceLibraries: Record<
  ModuleFacts['ecosystem'],
  DependencyMatcher[]
> = {
  go: [
    /^github\.com\/sony\/gobreaker/,
    /^github\.com\/cenkalti\/backoff/,
    /^github\.com\/failsafe-go\/failsafe-go/,
    /^github\.com\/hashicorp\/go-retryablehttp/,
    /^github\.com\/avast\/retry-go/,
    /^github\.com\/eapache\/go-resiliency/,
  ],
  python: ['tenacity', 'stamina', 'pybreaker', 'backoff', 'aiobreaker'],
  node: ['opossum', 'cockatiel', 'p-retry', 'async-retry', 'axios-retry'],
  rust: ['backoff', 'tokio-retry', 'tokio-retry2', 'backon', 'reqwest-retry'],
  java: [
    /^io\.github\.resilience4j:/,
    'org.springframework.cloud:spring-cloud-starter-circuitbreaker-resilience4j',
    'org.springframework.retry:spring-retry',
    'dev.failsafe:failsafe',
    /^io\.quarkus:quarkus-smallrye-fault-tolerance$/,
  ],
};

function judgeRetries(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const outbound = moduleSignals(
    facts,
    module,
    outboundClientSignals[module.ecosystem],
    { runtimeOnly: true },
  );
  const dependsOn = facts.catalog.dependsOn;
  if (outbound.length === 0 && dependsOn.length === 0) {
    return notApplicable('No outbound client code in this module');
  }
  const towerRetry = findDeclared(facts, module, ['tower']);
  if (module.ecosystem === 'rust' && towerRetry?.features?.includes('retry')) {
    return pass(
      dependencyEvidence(towerRetry, 'declared with the retry feature'),
    );
  }
  const library = findDeclared(
    facts,
    module,
    resilienceLibraries[module.ecosystem],
  );
  if (library) return pass(dependencyEvidence(library));
  const reason =
    outbound.length > 0
      ? signalEvidence(outbound[0], 'Outbound client')
      : { message: `spec.dependsOn lists ${dependsOn.join(', ')}` };
  return fail(
    {
      message: `No retry/circuit-breaker library declared (${resilienceLibraries[
        module.ecosystem
      ]
        .map(describeMatcher)
        .join(', ')})`,
    },
    reason,
  );
}

const retriesAndCircuitBreakers: CheckImplementation = {
  id: 'slo.retries-and-circuit-breakers',
  evaluate(facts) {
    const anyOutbound = facts.modules.some(
      m =>
        moduleSignals(facts, m, outboundClientSignals[m.ecosystem], {
          runtimeOnly: true,
        }).length > 0,
    );
    if (facts.catalog.dependsOn.length === 0 && !anyOutbound) {
      return notApplicable(
        'No outbound calls: spec.dependsOn is empty and no client code was found',
      );
    }
    return judgeRuntimeModules(facts, m => judgeRetries(facts, m));
  },
};

/**
 * Code in the module that consumes messages, or undefined. A declared Kafka or queue client alone is not
 * enough: a service that only produces has no messages to dead-letter.
 */
function consumerEvidence(
  facts: EntityFacts,
  module: ModuleFacts,
): Evidence | undefined {
  const receive = moduleSignals(facts, module, 'slo.queue-consumer', {
    runtimeOnly: true,
  })[0];
  return receive ? signalEvidence(receive, 'Consumer') : undefined;
}

const isCode = (file: string) => {
  const language = signalLanguageOf(file);
  return language !== 'config' && language !== 'terraform';
};

function judgeDeadLetters(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  const consumer = consumerEvidence(facts, module);
  if (!consumer) return notApplicable('No Kafka, SQS or RabbitMQ consumer');
  // Queue definitions live in infrastructure and deployment files anywhere in the repository.
  const infrastructure = repoSignals(facts, [
    'slo.dead-letter',
    'slo.dead-letter-destination',
  ]).filter(s => !isCode(s.file));
  const code = moduleSignals(facts, module, 'slo.dead-letter', {
    runtimeOnly: true,
  }).filter(s => isCode(s.file));
  const found = [...code, ...infrastructure];
  if (found.length > 0) {
    return pass(...firstFew(found, 'Dead-letter handling'), consumer);
  }
  return fail(
    {
      message:
        'No dead-letter topic or queue: no DeadLetterPublishingRecoverer/@RetryableTopic/@DltHandler, no *.DLT/*-dlt/*.dlq name, no redrive_policy or dead_letter_config',
    },
    consumer,
  );
}

const deadLetterQueues: CheckImplementation = {
  id: 'slo.dead-letter-queues',
  evaluate: facts =>
    judgeRuntimeModules(facts, m => judgeDeadLetters(facts, m)),
};

/**
 * Runtime checks of how a service behaves under failure.
 *
 * @internal
 */
export const resilienceChecks: CheckImplementation[] = [
  timeoutsConfigured,
  retriesAndCircuitBreakers,
  gracefulShutdown,
  deadLetterQueues,
];
