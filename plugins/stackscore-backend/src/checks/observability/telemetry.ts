import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, pass } from '../outcomes';
import {
  DependencyMatcher,
  dependencyEvidence,
  findDeclared,
  judgeRuntimeModules,
  moduleDockerfiles,
  moduleSignals,
  repoSignals,
  signalEvidence,
  describeMatcher,
} from './moduleEvidence';

/**
 * Where the OpenTelemetry Java agent is attached: a Dockerfile of the module or deployment config.
 *
 * @internal
 */
export function javaAgentEvidence(
  facts: EntityFacts,
  module: ModuleFacts,
): Evidence | undefined {
  for (const dockerfile of moduleDockerfiles(facts, module)) {
    for (const stage of dockerfile.stages) {
      const texts = [
        ...stage.env.map(e => ({ text: `${e.key}=${e.value}`, line: e.line })),
        ...[stage.entrypoint, stage.cmd, ...stage.run]
          .filter(i => i !== undefined)
          .map(i => ({ text: i!.value, line: i!.line })),
      ];
      const found = texts.find(t => t.text.includes('opentelemetry-javaagent'));
      if (found) {
        return {
          message: `OpenTelemetry Java agent attached: \`${found.text}\``,
          file: dockerfile.file,
          line: found.line,
        };
      }
    }
  }
  const config = repoSignals(facts, 'observability.java-agent')[0];
  return config
    ? signalEvidence(config, 'OpenTelemetry Java agent')
    : undefined;
}

/** The first of the dependencies, or the Java agent for Java, that is present. */
function anyOf(
  facts: EntityFacts,
  module: ModuleFacts,
  matchers: readonly DependencyMatcher[],
  options: { javaAgent?: boolean } = {},
): Evidence | undefined {
  const dependency = findDeclared(facts, module, matchers);
  if (dependency) return dependencyEvidence(dependency);
  return options.javaAgent && module.ecosystem === 'java'
    ? javaAgentEvidence(facts, module)
    : undefined;
}

const sdkPackages: Record<ModuleFacts['ecosystem'], DependencyMatcher[]> = {
  go: [],
  node: [
    '@opentelemetry/sdk-node',
    '@opentelemetry/sdk-trace-node',
    '@opentelemetry/sdk-trace-base',
  ],
  python: ['opentelemetry-sdk', 'opentelemetry-distro'],
  rust: ['opentelemetry_sdk', 'opentelemetry-sdk'],
  java: [
    'io.opentelemetry:opentelemetry-sdk',
    /:opentelemetry-spring-boot-starter$/,
    /:spring-boot-starter-opentelemetry$/,
    'io.micrometer:micrometer-tracing-bridge-otel',
    'io.quarkus:quarkus-opentelemetry',
  ],
};

function judgeSdk(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  if (module.ecosystem === 'go') {
    const api = findDeclared(facts, module, ['go.opentelemetry.io/otel']);
    const sdk = findDeclared(facts, module, [
      /^go\.opentelemetry\.io\/otel\/sdk$/,
    ]);
    if (api && sdk)
      return pass(dependencyEvidence(api), dependencyEvidence(sdk));
    return fail({
      message: `Missing ${[
        api ? undefined : 'go.opentelemetry.io/otel',
        sdk ? undefined : 'go.opentelemetry.io/otel/sdk',
      ]
        .filter(Boolean)
        .join(' and ')} in ${module.manifests[0]}`,
      file: module.manifests[0],
    });
  }
  if (module.ecosystem === 'rust') {
    const api = findDeclared(facts, module, ['opentelemetry']);
    const bridge = findDeclared(facts, module, ['tracing-opentelemetry']);
    if (api && bridge) {
      return pass(dependencyEvidence(api), dependencyEvidence(bridge));
    }
  }
  const found = anyOf(facts, module, sdkPackages[module.ecosystem], {
    javaAgent: true,
  });
  if (found) return pass(found);
  return fail({
    message: `No OpenTelemetry SDK declared (${sdkPackages[module.ecosystem]
      .map(describeMatcher)
      .join(', ')}${module.ecosystem === 'java' ? ', or the Java agent' : ''})`,
    file: module.manifests[0],
  });
}

const otelSdk: CheckImplementation = {
  id: 'observability.otel-sdk',
  evaluate: facts => judgeRuntimeModules(facts, m => judgeSdk(facts, m)),
};

const otlpExporters: Record<ModuleFacts['ecosystem'], DependencyMatcher[]> = {
  go: [/^go\.opentelemetry\.io\/otel\/exporters\/otlp\//],
  node: [/^@opentelemetry\/exporter-(trace|metrics|logs)-otlp-/],
  python: [/^opentelemetry-exporter-otlp/],
  rust: ['opentelemetry-otlp'],
  java: [
    /^io\.opentelemetry:opentelemetry-exporter-otlp/,
    // The OTel starters export over OTLP unless configured otherwise.
    /:opentelemetry-spring-boot-starter$/,
    /:spring-boot-starter-opentelemetry$/,
    'io.quarkus:quarkus-opentelemetry',
  ],
};

const vendorAgents: Record<ModuleFacts['ecosystem'], DependencyMatcher[]> = {
  go: [
    /^gopkg\.in\/DataDog\/dd-trace-go/,
    /^github\.com\/DataDog\/dd-trace-go/,
    /^github\.com\/newrelic\/go-agent/,
    /^github\.com\/aws\/aws-xray-sdk-go/,
  ],
  node: ['dd-trace', 'newrelic', /^aws-xray-sdk/],
  python: ['ddtrace', 'newrelic', /^aws-xray-sdk/],
  rust: [],
  java: [
    /^com\.datadoghq:/,
    /^com\.newrelic\.agent\.java:/,
    /^com\.amazonaws:aws-xray-recorder-sdk/,
  ],
};

function judgeExport(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const found =
    anyOf(facts, module, otlpExporters[module.ecosystem], {
      javaAgent: true,
    }) ??
    (() => {
      const config = [
        ...moduleSignals(facts, module, 'observability.otlp-endpoint'),
        ...repoSignals(facts, 'observability.otlp-endpoint'),
      ][0];
      return config
        ? signalEvidence(config, 'OTLP export configured')
        : undefined;
    })();
  if (found) return pass(found);
  const vendor = findDeclared(facts, module, vendorAgents[module.ecosystem]);
  return fail(
    vendor
      ? dependencyEvidence(
          vendor,
          'declared: a vendor SDK with no OTLP exporter',
        )
      : {
          message:
            'No OTLP exporter dependency and no OTEL_EXPORTER_OTLP_ENDPOINT in the deployment config',
          file: module.manifests[0],
        },
  );
}

const vendorNeutralExport: CheckImplementation = {
  id: 'observability.vendor-neutral-export',
  evaluate: facts => judgeRuntimeModules(facts, m => judgeExport(facts, m)),
};

const httpInstrumentations: Record<
  ModuleFacts['ecosystem'],
  DependencyMatcher[]
> = {
  go: [
    /^go\.opentelemetry\.io\/contrib\/instrumentation\/.+\/otel(http|gin|grpc|echo|mux|chi|fiber|restful|beego|macaron)$/,
    /^github\.com\/riandyrn\/otelchi/,
    /^github\.com\/gofiber\/contrib\/otelfiber/,
  ],
  node: [
    '@opentelemetry/auto-instrumentations-node',
    '@opentelemetry/instrumentation-http',
    '@opentelemetry/instrumentation-express',
    '@opentelemetry/instrumentation-fastify',
    '@fastify/otel',
    '@opentelemetry/instrumentation-koa',
    '@opentelemetry/instrumentation-hapi',
    '@opentelemetry/instrumentation-nestjs-core',
  ],
  python: [
    /^opentelemetry-instrumentation-(fastapi|django|flask|starlette|aiohttp-server|falcon|tornado|pyramid|asgi|wsgi|grpc)$/,
  ],
  rust: [],
  java: [
    'org.springframework.boot:spring-boot-starter-actuator',
    /:opentelemetry-spring-boot-starter$/,
    /:spring-boot-starter-opentelemetry$/,
    'io.micrometer:micrometer-tracing-bridge-otel',
    'io.quarkus:quarkus-opentelemetry',
  ],
};

function judgeHttpInstrumentation(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  if (module.ecosystem === 'rust') {
    const towerHttp = findDeclared(facts, module, ['tower-http']);
    const layer = moduleSignals(
      facts,
      module,
      'observability.rust-trace-layer',
      {
        runtimeOnly: true,
      },
    );
    if (towerHttp?.features?.includes('trace') && layer.length > 0) {
      return pass(
        dependencyEvidence(towerHttp, 'declared with the trace feature'),
        signalEvidence(layer[0], 'TraceLayer'),
      );
    }
    return fail({
      message: towerHttp?.features?.includes('trace')
        ? 'tower-http `trace` feature enabled but no TraceLayer is added to the router'
        : 'No tower-http with the `trace` feature and TraceLayer',
      file: module.manifests[0],
    });
  }
  const found = anyOf(facts, module, httpInstrumentations[module.ecosystem], {
    javaAgent: true,
  });
  if (found) return pass(found);
  return fail({
    message: `No HTTP/RPC instrumentation declared (${httpInstrumentations[
      module.ecosystem
    ]
      .map(describeMatcher)
      .join(', ')})`,
    file: module.manifests[0],
  });
}

const httpInstrumentation: CheckImplementation = {
  id: 'observability.http-instrumentation',
  evaluate: facts =>
    judgeRuntimeModules(facts, m => judgeHttpInstrumentation(facts, m)),
};

const logCorrelationPackages: Record<
  ModuleFacts['ecosystem'],
  DependencyMatcher[]
> = {
  go: [
    'go.opentelemetry.io/contrib/bridges/otelslog',
    'go.opentelemetry.io/contrib/bridges/otelzap',
    'go.opentelemetry.io/contrib/bridges/otellogrus',
  ],
  node: [
    '@opentelemetry/auto-instrumentations-node',
    '@opentelemetry/instrumentation-pino',
    '@opentelemetry/instrumentation-winston',
    '@opentelemetry/instrumentation-bunyan',
  ],
  python: ['opentelemetry-instrumentation-logging'],
  rust: ['tracing-opentelemetry'],
  // Micrometer Tracing and the OTel starters put traceId/spanId into the logging MDC.
  java: [
    'io.micrometer:micrometer-tracing-bridge-otel',
    'io.micrometer:micrometer-tracing-bridge-brave',
    /:opentelemetry-spring-boot-starter$/,
    /:spring-boot-starter-opentelemetry$/,
    'io.quarkus:quarkus-opentelemetry',
  ],
};

function judgeCorrelation(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  const signals = (id: string) =>
    moduleSignals(facts, module, id, { runtimeOnly: true });
  const logPackage = anyOf(
    facts,
    module,
    logCorrelationPackages[module.ecosystem],
    {
      javaAgent: true,
    },
  );
  const propagationSignal = [
    ...signals('observability.otel-propagator'),
    ...signals('observability.request-id'),
  ][0];
  const propagation =
    (propagationSignal
      ? signalEvidence(propagationSignal, 'Propagation')
      : undefined) ??
    anyOf(facts, module, httpInstrumentations[module.ecosystem]) ??
    // A log bridge carries ids but propagates nothing in Rust; elsewhere these packages do both.
    (module.ecosystem === 'rust' ? undefined : logPackage);
  const logSignal = signals('observability.log-correlation')[0];
  const logs =
    logPackage ??
    (logSignal ? signalEvidence(logSignal, 'Log field') : undefined);
  if (propagation && logs) return pass(propagation, logs);
  return fail(
    ...[
      propagation ??
        ({
          message:
            'No id is propagated across calls (no OTel propagator or instrumentation, no X-Request-ID/X-Correlation-ID handling)',
        } as Evidence),
      logs ??
        ({
          message:
            'Logs do not carry the id (no trace_id/correlation_id/request_id field, no OTel log bridge)',
        } as Evidence),
    ],
  );
}

const correlationIds: CheckImplementation = {
  id: 'observability.correlation-ids',
  evaluate: facts =>
    judgeRuntimeModules(facts, m => judgeCorrelation(facts, m)),
};

/**
 * Checks of tracing: SDK, export, instrumentation and correlation.
 *
 * @internal
 */
export const telemetryChecks: CheckImplementation[] = [
  otelSdk,
  vendorNeutralExport,
  httpInstrumentation,
  correlationIds,
];
