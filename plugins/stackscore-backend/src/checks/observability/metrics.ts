import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, notApplicable, pass, runtimeModules } from '../outcomes';
import { kafkaClients } from '../slo/ecosystemSignals';
import {
  DependencyMatcher,
  dependencyEvidence,
  findDeclared,
  judgeRuntimeModules,
  moduleDockerfiles,
  moduleSignals,
  repoSignals,
  signalEvidence,
} from './moduleEvidence';

const actuator = 'org.springframework.boot:spring-boot-starter-actuator';

const prometheusPackages: Record<
  ModuleFacts['ecosystem'],
  DependencyMatcher[]
> = {
  go: ['go.opentelemetry.io/otel/exporters/prometheus'],
  node: [
    'prom-client',
    '@opentelemetry/exporter-prometheus',
    'express-prom-bundle',
    'fastify-metrics',
    '@willsoto/nestjs-prometheus',
  ],
  python: [
    'prometheus-client',
    'prometheus-fastapi-instrumentator',
    'django-prometheus',
    'starlette-exporter',
    'prometheus-flask-exporter',
    'opentelemetry-exporter-prometheus',
    'aioprometheus',
  ],
  rust: [
    'prometheus',
    'metrics-exporter-prometheus',
    'opentelemetry-prometheus',
    'axum-prometheus',
    'prometheus-client',
  ],
  java: [
    'io.quarkus:quarkus-micrometer-registry-prometheus',
    /^io\.prometheus:/,
    'io.opentelemetry:opentelemetry-exporter-prometheus',
  ],
};

function judgePrometheus(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  if (module.ecosystem === 'go') {
    const client = findDeclared(facts, module, [
      'github.com/prometheus/client_golang',
    ]);
    const handler = moduleSignals(
      facts,
      module,
      'observability.promhttp-handler',
      {
        runtimeOnly: true,
      },
    );
    if (client && handler.length > 0) {
      return pass(
        dependencyEvidence(client),
        signalEvidence(handler[0], '/metrics handler'),
      );
    }
    if (client) {
      return fail({
        message:
          'prometheus/client_golang is declared but no promhttp.Handler() serves /metrics',
        file: client.file,
      });
    }
  }
  if (module.ecosystem === 'java') {
    const registry = findDeclared(facts, module, [
      'io.micrometer:micrometer-registry-prometheus',
    ]);
    const endpoint = findDeclared(facts, module, [actuator]);
    if (registry && endpoint) {
      return pass(dependencyEvidence(endpoint), dependencyEvidence(registry));
    }
    if (registry) {
      return fail({
        message:
          'micrometer-registry-prometheus without spring-boot-starter-actuator: nothing serves /actuator/prometheus',
        file: registry.file,
      });
    }
  }
  const found = findDeclared(
    facts,
    module,
    prometheusPackages[module.ecosystem],
  );
  if (found) return pass(dependencyEvidence(found));
  return fail({
    message:
      'No Prometheus client or exporter declared; nothing serves /metrics',
    file: module.manifests[0],
  });
}

const prometheusMetrics: CheckImplementation = {
  id: 'observability.prometheus-metrics',
  evaluate: facts => judgeRuntimeModules(facts, m => judgePrometheus(facts, m)),
};

/** Libraries that record request rate, errors and duration on their own. */
const automaticRedMetrics: Record<
  ModuleFacts['ecosystem'],
  DependencyMatcher[]
> = {
  go: [],
  node: ['express-prom-bundle', 'fastify-metrics', 'aws-embedded-metrics'],
  python: [
    'django-prometheus',
    'prometheus-fastapi-instrumentator',
    'starlette-exporter',
    'prometheus-flask-exporter',
    'aws-embedded-metrics',
  ],
  rust: ['axum-prometheus'],
  java: ['io.quarkus:quarkus-micrometer'],
};

function judgeRed(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const duration = moduleSignals(
    facts,
    module,
    'observability.request-duration-metric',
    { runtimeOnly: true },
  );
  if (duration.length > 0) {
    const counter = moduleSignals(
      facts,
      module,
      'observability.request-counter-metric',
      { runtimeOnly: true },
    );
    return pass(
      signalEvidence(duration[0], 'Request duration'),
      ...(counter.length > 0
        ? [signalEvidence(counter[0], 'Request counter')]
        : []),
    );
  }
  if (module.ecosystem === 'java') {
    const endpoint = findDeclared(facts, module, [actuator]);
    const registry = findDeclared(facts, module, [
      /^io\.micrometer:micrometer-registry-/,
    ]);
    if (endpoint && registry) {
      return pass({
        message: `Actuator with ${registry.name} records http.server.requests (count and duration)`,
        file: registry.file,
        ...(registry.line ? { line: registry.line } : {}),
      });
    }
  }
  const automatic = findDeclared(
    facts,
    module,
    automaticRedMetrics[module.ecosystem],
  );
  if (automatic) {
    return pass(
      dependencyEvidence(automatic, 'declared (records request metrics)'),
    );
  }
  const cloudwatch = repoSignals(facts, 'observability.cloudwatch-metrics')[0];
  if (cloudwatch)
    return pass(signalEvidence(cloudwatch, 'CloudWatch metric filter'));
  return fail({
    message:
      'No request counter and duration histogram (http_server_request_duration_seconds, http_request_duration_seconds, http.server.requests)',
    file: module.manifests[0],
  });
}

const redMetrics: CheckImplementation = {
  id: 'observability.red-metrics',
  evaluate: facts => judgeRuntimeModules(facts, m => judgeRed(facts, m)),
};

const healthPackages: Record<ModuleFacts['ecosystem'], DependencyMatcher[]> = {
  go: ['github.com/heptiolabs/healthcheck', 'github.com/hellofresh/health-go'],
  node: ['@godaddy/terminus', '@nestjs/terminus', 'lightship'],
  python: ['django-health-check', 'fastapi-health'],
  rust: [],
  java: [
    actuator,
    'io.quarkus:quarkus-smallrye-health',
    'io.micronaut:micronaut-management',
  ],
};

/** Extra evidence: a Dockerfile HEALTHCHECK or a Kubernetes probe. */
function probeEvidence(facts: EntityFacts, module: ModuleFacts): Evidence[] {
  const healthchecks = moduleDockerfiles(facts, module).flatMap(d => {
    const stage = d.stages[d.stages.length - 1];
    return stage?.healthcheck
      ? [
          {
            message: `HEALTHCHECK ${stage.healthcheck.value}`,
            file: d.file,
            line: stage.healthcheck.line,
          },
        ]
      : [];
  });
  const probes = repoSignals(facts, 'observability.probe')
    .slice(0, 1)
    .map(s => signalEvidence(s, 'Probe'));
  return [...healthchecks, ...probes];
}

function judgeHealth(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const route = moduleSignals(
    facts,
    module,
    ['observability.health-route', 'observability.grpc-health'],
    { runtimeOnly: true },
  )[0];
  const found = route
    ? signalEvidence(route, 'Health route')
    : (() => {
        const dependency = findDeclared(
          facts,
          module,
          healthPackages[module.ecosystem],
        );
        return dependency
          ? dependencyEvidence(
              dependency,
              'declared (serves a health endpoint)',
            )
          : undefined;
      })();
  if (found) return pass(found, ...probeEvidence(facts, module));
  return fail({
    message:
      'No health route (/healthz, /health, /livez, /readyz, /ping, /status), Actuator/Quarkus health or gRPC health service',
    file: module.manifests[0],
  });
}

const healthEndpoint: CheckImplementation = {
  id: 'observability.health-endpoint',
  evaluate: facts => judgeRuntimeModules(facts, m => judgeHealth(facts, m)),
};

const consumerLagMonitored: CheckImplementation = {
  id: 'observability.consumer-lag-monitored',
  evaluate(facts) {
    const clients = runtimeModules(facts).flatMap(module => {
      const client = findDeclared(
        facts,
        module,
        kafkaClients[module.ecosystem],
      );
      return client
        ? [dependencyEvidence(client, 'declared (Kafka client)')]
        : [];
    });
    if (clients.length === 0) {
      return notApplicable('No Kafka client in the server code');
    }
    const annotation =
      facts.catalog.annotations['kafka.apache.org/consumer-groups'];
    const evidence: Evidence[] = [
      ...(annotation
        ? [
            {
              message: `Annotation kafka.apache.org/consumer-groups: ${annotation}`,
            },
          ]
        : []),
      ...repoSignals(facts, 'observability.kafka-lag-metric')
        .slice(0, 3)
        .map(s => signalEvidence(s, 'Consumer lag alert/dashboard')),
    ];
    if (evidence.length > 0) return pass(...evidence);
    return fail(
      {
        message:
          'Consumer lag is not monitored: no kafka_consumergroup_lag alert or dashboard, no MSK SumOffsetLag/MaxOffsetLag alarm, no kafka.apache.org/consumer-groups annotation',
      },
      ...clients,
    );
  },
};

/**
 * Checks of metrics and health endpoints.
 *
 * @internal
 */
export const metricsChecks: CheckImplementation[] = [
  prometheusMetrics,
  redMetrics,
  healthEndpoint,
  consumerLagMonitored,
];
