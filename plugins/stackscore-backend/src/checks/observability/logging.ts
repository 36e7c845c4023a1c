import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { parseConfigDocument } from '../configDocuments';
import { isTestOrToolingPath } from '../../collectors/paths';
import type { CheckImplementation } from '../types';
import { combineOutcomes, errored, fail, pass } from '../outcomes';
import {
  DependencyMatcher,
  dependencyEvidence,
  findDeclared,
  judgeRuntimeModules,
  moduleSignals,
  repoSignals,
  signalEvidence,
  describeMatcher,
} from './moduleEvidence';
import { appSettingsUnder, applicationSettings } from './springConfig';

const structuredLoggers: Record<ModuleFacts['ecosystem'], DependencyMatcher[]> =
  {
    go: [
      'go.uber.org/zap',
      'github.com/rs/zerolog',
      'github.com/go-kit/log',
      'github.com/go-kit/kit',
      'github.com/sirupsen/logrus',
    ],
    node: ['pino', 'winston', 'bunyan', 'nestjs-pino', 'pino-http'],
    python: ['structlog', 'python-json-logger', 'django-structlog'],
    rust: ['slog'],
    java: [
      'net.logstash.logback:logstash-logback-encoder',
      /^co\.elastic\.logging:/,
      'org.apache.logging.log4j:log4j-layout-template-json',
      'io.quarkus:quarkus-logging-json',
    ],
  };

/** Spring Boot 3.4+ structured logging (`logging.structured.format.console: ecs`), which writes JSON. */
function bootStructuredLogging(
  facts: EntityFacts,
  module: ModuleFacts,
): Evidence | undefined {
  const setting = appSettingsUnder(
    applicationSettings(facts, module),
    'logging.structured.format',
  )[0];
  return setting
    ? {
        message: `Spring Boot structured logging: ${setting.key}=${setting.value}`,
        file: setting.file,
        ...(setting.line ? { line: setting.line } : {}),
      }
    : undefined;
}

function judgeStructured(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  if (module.ecosystem === 'go') {
    const slog = moduleSignals(facts, module, 'observability.go-slog', {
      runtimeOnly: true,
    });
    if (slog.length > 0) return pass(signalEvidence(slog[0], 'log/slog'));
  }
  if (module.ecosystem === 'rust') {
    const tracing = findDeclared(facts, module, ['tracing']);
    const subscriber = findDeclared(facts, module, ['tracing-subscriber']);
    if (tracing && subscriber) {
      return pass(dependencyEvidence(tracing), dependencyEvidence(subscriber));
    }
  }
  if (module.ecosystem === 'java') {
    const boot = bootStructuredLogging(facts, module);
    if (boot) return pass(boot);
  }
  const logger = findDeclared(
    facts,
    module,
    structuredLoggers[module.ecosystem],
  );
  if (logger) return pass(dependencyEvidence(logger));
  return fail({
    message: `No structured logger declared (${[
      ...(module.ecosystem === 'go' ? ['log/slog'] : []),
      ...(module.ecosystem === 'rust' ? ['tracing + tracing-subscriber'] : []),
      ...structuredLoggers[module.ecosystem].map(describeMatcher),
    ].join(', ')})`,
    file: module.manifests[0],
  });
}

const structuredLogging: CheckImplementation = {
  id: 'observability.structured-logging',
  evaluate: facts => judgeRuntimeModules(facts, m => judgeStructured(facts, m)),
};

/** Loggers that write JSON without further configuration. */
const jsonByDefault: Record<ModuleFacts['ecosystem'], DependencyMatcher[]> = {
  go: ['github.com/rs/zerolog'],
  node: ['bunyan'],
  python: ['python-json-logger'],
  rust: [],
  java: [
    'net.logstash.logback:logstash-logback-encoder',
    /^co\.elastic\.logging:/,
    'org.apache.logging.log4j:log4j-layout-template-json',
    'io.quarkus:quarkus-logging-json',
  ],
};

function judgeJson(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const configured = moduleSignals(facts, module, 'observability.json-logger', {
    runtimeOnly: true,
  });
  if (configured.length > 0) {
    return pass(signalEvidence(configured[0], 'JSON log output'));
  }
  if (module.ecosystem === 'rust') {
    const subscriber = findDeclared(facts, module, ['tracing-subscriber']);
    if (subscriber?.features?.includes('json')) {
      return pass(
        dependencyEvidence(subscriber, 'declared with the json feature'),
      );
    }
  }
  if (module.ecosystem === 'java') {
    const boot = bootStructuredLogging(facts, module);
    if (boot) return pass(boot);
  }
  if (module.ecosystem === 'node') {
    const pino = findDeclared(facts, module, ['pino']);
    const pretty = findDeclared(facts, module, ['pino-pretty']);
    if (pino && pretty) {
      return fail(
        dependencyEvidence(
          pretty,
          'is a production dependency: logs are pretty-printed text',
        ),
      );
    }
    if (pino)
      return pass(dependencyEvidence(pino, 'declared (JSON by default)'));
  }
  const json = findDeclared(facts, module, jsonByDefault[module.ecosystem]);
  if (json) return pass(dependencyEvidence(json, 'declared (JSON output)'));
  return fail({
    message:
      'No JSON log output found (slog.NewJSONHandler, zap.NewProduction, zerolog, structlog JSONRenderer, tracing-subscriber json, pino, LogstashEncoder)',
    file: module.manifests[0],
  });
}

const jsonLogOutput: CheckImplementation = {
  id: 'observability.json-log-output',
  evaluate: facts => judgeRuntimeModules(facts, m => judgeJson(facts, m)),
};

/** More print calls than this fail the check. */
const maxPrintCalls = 5;

const printSignals = [
  'observability.go-print',
  'observability.python-print',
  'observability.node-print',
  'observability.rust-print',
  'observability.java-print',
];

function judgePrints(facts: EntityFacts, module: ModuleFacts): CheckOutcome {
  const prints = moduleSignals(facts, module, printSignals, {
    runtimeOnly: true,
  });
  const shown = prints.slice(0, 10).map(p => signalEvidence(p, 'Print call'));
  if (prints.length > maxPrintCalls) {
    return fail(
      {
        message: `${prints.length} print-style log calls outside tests, CLIs and scripts (at most ${maxPrintCalls} allowed)`,
      },
      ...shown,
    );
  }
  return pass(
    {
      message: `${prints.length} print-style call(s) outside tests, CLIs and scripts (at most ${maxPrintCalls} allowed)`,
    },
    ...shown,
  );
}

const noPrintLogging: CheckImplementation = {
  id: 'observability.no-print-logging',
  evaluate: facts => judgeRuntimeModules(facts, m => judgePrints(facts, m)),
};

const golangciFile = /(^|\/)\.golangci\.(ya?ml|toml)$/;

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const asStrings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];

/** Linters of interest a golangci-lint configuration enables. */
function enabledWrapLinters(config: unknown): string[] {
  const linters = asRecord(asRecord(config).linters);
  const enabled = asStrings(linters.enable);
  const disabled = asStrings(linters.disable);
  const all = linters['enable-all'] === true || linters.default === 'all';
  return ['errorlint', 'wrapcheck'].filter(
    name => (all || enabled.includes(name)) && !disabled.includes(name),
  );
}

const errorContext: CheckImplementation = {
  id: 'observability.error-context',
  evaluate(facts) {
    const configs = Object.entries(facts.configFiles).filter(([file]) =>
      golangciFile.test(file),
    );
    const outcomes: CheckOutcome[] = [];
    const lint: Evidence[] = [];
    for (const [file] of configs) {
      const parsed = parseConfigDocument(facts, file);
      if ('error' in parsed) {
        outcomes.push(
          errored({
            message: `Could not parse ${file}: ${parsed.error}`,
            file,
          }),
        );
        continue;
      }
      const linters = enabledWrapLinters(parsed.value);
      if (linters.length > 0) {
        lint.push({
          message: `golangci-lint enables ${linters.join(' and ')}`,
          file,
        });
      }
    }
    const flattened = repoSignals(
      facts,
      'observability.go-errorf-v-err',
    ).filter(s => !isTestOrToolingPath(s.file));
    const problems: Evidence[] = [];
    if (lint.length === 0 && outcomes.length === 0) {
      problems.push({
        message:
          configs.length > 0
            ? `${configs
                .map(([f]) => f)
                .join(', ')} enables neither errorlint nor wrapcheck`
            : 'No golangci-lint configuration enabling errorlint or wrapcheck',
        ...(configs.length > 0 ? { file: configs[0][0] } : {}),
      });
    }
    problems.push(
      ...flattened
        .slice(0, 5)
        .map(s =>
          signalEvidence(
            s,
            'Error formatted with %v instead of wrapped with %w',
          ),
        ),
    );
    if (problems.length > 0) outcomes.push(fail(...problems));
    else
      outcomes.push(
        pass(...lint, { message: 'No fmt.Errorf formats an error with %v' }),
      );
    return combineOutcomes(outcomes);
  },
};

/**
 * Checks of logging and error context.
 *
 * @internal
 */
export const loggingChecks: CheckImplementation[] = [
  structuredLogging,
  jsonLogOutput,
  noPrintLogging,
  errorContext,
];
