import { parseConfigDocument, unparseableConfig } from '../configDocuments';
import type {
  CheckOutcome,
  Ecosystem,
  EntityFacts,
  Evidence,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import {
  combineOutcomes,
  errored,
  fail,
  notApplicable,
  pass,
} from '../outcomes';
import {
  ToolSpec,
  ToolUse,
  evidenceAt,
  findToolUses,
  unreadablePipelines,
} from '../supplyChain/ciSteps';
import {
  baseNameOf,
  ecosystemsOf,
  mentions,
  pluginConfig,
  readableModules,
} from '../supplyChain/manifests';
import { codeSignals, signalEvidence } from './signals';
import { tsconfigStrict, tsconfigsFor } from './tsconfig';

function uses(facts: EntityFacts, ...specs: ToolSpec[]): ToolUse[] {
  return specs.flatMap(spec => findToolUses(facts, spec));
}

function where(use: ToolUse, what: string): Evidence {
  return evidenceAt(use, `${what}: \`${use.label}\` in ${use.file}`);
}

const jvmBuild: ToolSpec = {
  command:
    /\b(?:mvn|mvnw|gradle|gradlew)\b.*\b(?:verify|install|package|deploy|build|check|spotbugs\w*)\b/,
};

/** golangci-lint configs that enable gosec. */
function golangciEnablesGosec(facts: EntityFacts): string | undefined {
  for (const file of Object.keys(facts.configFiles)) {
    if (!/^\.golangci\.ya?ml$/.test(baseNameOf(file))) continue;
    // An unreadable config enables nothing we can see.
    const parsed = parseConfigDocument(facts, file);
    if (!('value' in parsed)) continue;
    const config = parsed.value as
      | { linters?: Record<string, unknown> }
      | undefined;
    const linters = config?.linters ?? {};
    const enabled = Array.isArray(linters.enable) ? linters.enable : [];
    if (
      enabled.includes('gosec') ||
      linters.default === 'all' ||
      linters['enable-all'] === true
    ) {
      return file;
    }
  }
  return undefined;
}

function javaSpotbugs(
  facts: EntityFacts,
): { findsecbugs: boolean; file: string } | undefined {
  for (const module of readableModules(facts, 'java')) {
    const plugin = pluginConfig(
      module,
      'spotbugs-maven-plugin',
      'com.github.spotbugs',
    );
    if (plugin) {
      const findsecbugs =
        mentions(plugin.config, 'findsecbugs') ||
        module.dependencies.some(d => d.name.includes('findsecbugs'));
      return { findsecbugs, file: module.manifests[0] };
    }
  }
  const gradle = codeSignals(facts, 'supply-chain.gradle-spotbugs', {
    includeTests: true,
  })[0];
  if (gradle) {
    const findsecbugs =
      codeSignals(facts, 'supply-chain.gradle-findsecbugs', {
        includeTests: true,
      }).length > 0 ||
      facts.modules.some(m =>
        m.dependencies.some(d => d.name.includes('findsecbugs')),
      );
    return { findsecbugs, file: gradle.file };
  }
  return undefined;
}

function sastUses(facts: EntityFacts): ToolUse[] {
  const found = uses(
    facts,
    { actions: ['github/codeql-action/analyze'] },
    { actions: ['semgrep/semgrep-action', 'returntocorp/semgrep-action'] },
    { command: /\bsemgrep\s+(?:ci|scan|--config)\b/ },
    { gitlabTemplate: /(?:^|\/)SAST(?:\.latest)?\.gitlab-ci\.yml$/ },
  );
  const ecosystems = ecosystemsOf(facts);
  if (ecosystems.includes('go')) {
    found.push(
      ...uses(facts, { actions: ['securego/gosec'], command: /\bgosec\b/ }),
    );
    if (golangciEnablesGosec(facts)) {
      found.push(
        ...uses(facts, {
          actions: ['golangci/golangci-lint-action'],
          command: /\bgolangci-lint\s+run\b/,
        }),
      );
    }
  }
  if (ecosystems.includes('java')) {
    const spotbugs = javaSpotbugs(facts);
    if (spotbugs?.findsecbugs) found.push(...uses(facts, jvmBuild));
  }
  return found;
}

const sastInCi: CheckImplementation = {
  id: 'security.sast-in-ci',
  evaluate(facts) {
    const found = sastUses(facts);
    const onPullRequests = found.filter(u => u.onPullRequest);
    if (onPullRequests.length > 0)
      return pass(
        ...onPullRequests.map(u => where(u, 'SAST runs on pull requests')),
      );
    if (found.length > 0) {
      return fail(
        ...found.map(u =>
          where(
            u,
            u.scheduleOnly
              ? 'SAST runs only on a schedule'
              : 'SAST does not run on pull requests',
          ),
        ),
      );
    }
    return fail(
      {
        message:
          'No SAST in CI: no CodeQL analyze, Semgrep, GitLab SAST template, gosec, or SpotBugs with FindSecBugs',
      },
      ...unreadablePipelines(facts),
    );
  },
};

const secretScanning: CheckImplementation = {
  id: 'security.secret-scanning',
  evaluate(facts) {
    const scanners = uses(
      facts,
      { actions: ['gitleaks/gitleaks-action', 'trufflesecurity/trufflehog'] },
      {
        command:
          /\bgitleaks\s+(?:detect|git|dir|protect|scan)\b|\btrufflehog\b/,
      },
      { gitlabTemplate: /Secret-Detection(?:\.latest)?\.gitlab-ci\.yml$/ },
    );
    const configFile = facts.files.find(f =>
      ['.gitleaks.toml', 'gitleaks.toml'].includes(baseNameOf(f)),
    );
    // gitleaks refuses to start with a configuration it cannot parse, so such a file configures nothing.
    const unreadable = configFile && unparseableConfig(facts, configFile);
    const config = unreadable ? undefined : configFile;
    const leaks = codeSignals(
      facts,
      ['security.aws-access-key-id', 'security.private-key-block'],
      { includeTests: true },
    );
    const problems: Evidence[] = leaks.map(l =>
      signalEvidence(
        l,
        l.signal === 'security.aws-access-key-id'
          ? 'AWS access key id committed'
          : 'Private key committed',
      ),
    );
    if (scanners.length === 0 && unreadable) {
      return problems.length > 0
        ? fail(...problems, unreadable)
        : errored(unreadable);
    }
    if (scanners.length === 0 && !config) {
      problems.unshift({
        message:
          'No secret scanner: no gitleaks or TruffleHog in CI and no .gitleaks.toml',
      });
    }
    if (problems.length > 0) return fail(...problems);
    const evidence = scanners.map(u => where(u, 'Secret scanning'));
    if (config)
      evidence.push({
        message: `gitleaks is configured by ${config}`,
        file: config,
      });
    evidence.push({
      message:
        'No AWS access key id or private key block found in the repository',
    });
    return pass(...evidence);
  },
};

function lintGo(facts: EntityFacts): CheckOutcome {
  const found = uses(facts, {
    actions: ['golangci/golangci-lint-action', 'dominikh/staticcheck-action'],
    command: /\bgolangci-lint\b|\bstaticcheck\b|\bgo\s+vet\b/,
  });
  return found.length > 0
    ? pass(where(found[0], 'go: lint'))
    : fail({ message: 'go: no golangci-lint, staticcheck or go vet in CI' });
}

function lintRust(facts: EntityFacts): CheckOutcome {
  const clippy = uses(
    facts,
    { command: /\bcargo\s+clippy\b/, expandScripts: true },
    { actions: ['actions-rs/clippy-check', 'giraffate/clippy-action'] },
  );
  if (clippy.length === 0)
    return fail({ message: 'rust: no `cargo clippy` in CI' });
  const denies = (text: string) =>
    /-D\s*warnings|--deny[=\s]+warnings|-D\s*clippy::/.test(text);
  const strict = clippy.find(u => {
    const env = { ...u.step?.workflow.env, ...u.step?.job.env };
    return (
      denies(u.command ?? '') ||
      denies(Object.values(u.step?.step.with ?? {}).join(' ')) ||
      denies(env.RUSTFLAGS ?? '')
    );
  });
  return strict
    ? pass(where(strict, 'rust: clippy with warnings denied'))
    : fail(where(clippy[0], 'rust: clippy runs without `-D warnings`'));
}

function lintPython(facts: EntityFacts): CheckOutcome {
  const ruff = uses(
    facts,
    { actions: ['astral-sh/ruff-action', 'chartboost/ruff-action'] },
    { command: /\bruff\s+(?:check\b|\.)/, expandScripts: true },
  );
  const mypy = uses(facts, { command: /\bmypy\b/, expandScripts: true });
  const missing: Evidence[] = [];
  if (ruff.length === 0)
    missing.push({ message: 'python: no `ruff check` in CI' });
  if (mypy.length === 0) missing.push({ message: 'python: no `mypy` in CI' });
  if (missing.length > 0) return fail(...missing);
  return pass(where(ruff[0], 'python: ruff'), where(mypy[0], 'python: mypy'));
}

const eslintConfig =
  /^(?:\.eslintrc(?:\.(?:js|cjs|json|ya?ml))?|eslint\.config\.[cm]?[jt]s|biome\.jsonc?)$/;

function lintNode(facts: EntityFacts): CheckOutcome {
  const modules = readableModules(facts, 'node');
  const problems: Evidence[] = [];
  const found: Evidence[] = [];
  const config =
    Object.keys(facts.configFiles).find(f =>
      eslintConfig.test(baseNameOf(f)),
    ) ??
    facts.files.find(f => eslintConfig.test(baseNameOf(f))) ??
    modules.find(m => m.settings.eslintConfig !== undefined)?.manifests[0];
  const lint = uses(facts, {
    command: /\beslint\b|\bbiome\s+(?:check|lint|ci)\b|\bnext\s+lint\b/,
    expandScripts: true,
  });
  if (!config)
    problems.push({ message: 'node: no ESLint or Biome configuration' });
  else
    found.push({ message: `node: lint configured by ${config}`, file: config });
  if (lint.length === 0)
    problems.push({ message: 'node: CI does not run ESLint or Biome' });
  else found.push(where(lint[0], 'node: lint'));
  const typescript = modules.filter(
    m =>
      tsconfigsFor(facts, m.dir).length > 0 ||
      m.dependencies.some(d => d.name === 'typescript'),
  );
  if (typescript.length > 0) {
    const nextIgnoresErrors = Object.entries(facts.configFiles).some(
      ([file, content]) =>
        /^next\.config\./.test(baseNameOf(file)) &&
        /ignoreBuildErrors\s*:\s*true/.test(content),
    );
    const typecheck = uses(facts, {
      command: nextIgnoresErrors
        ? /\b(?:tsc|vue-tsc)\b|\breact-scripts\s+build\b/
        : /\b(?:tsc|vue-tsc)\b|\breact-scripts\s+build\b|\bnext\s+build\b/,
      expandScripts: true,
    });
    if (typecheck.length === 0)
      problems.push({
        message:
          'node: CI runs no type check (`tsc --noEmit` or an equivalent build)',
      });
    else found.push(where(typecheck[0], 'node: type check'));
    const judged = new Set<string>();
    for (const module of typescript) {
      for (const file of tsconfigsFor(facts, module.dir)) {
        if (judged.has(file)) continue;
        judged.add(file);
        const strict = tsconfigStrict(facts, file);
        if (strict === true)
          found.push({ message: `node: ${file} sets strict: true`, file });
        else if (strict === false)
          problems.push({
            message: `node: ${file} does not set "strict": true`,
            file,
          });
      }
      if (tsconfigsFor(facts, module.dir).length === 0) {
        problems.push({
          message: `node: ${module.manifests[0]} uses TypeScript but no tsconfig.json was found`,
          file: module.manifests[0],
        });
      }
    }
  }
  return problems.length > 0 ? fail(...problems) : pass(...found);
}

function lintJava(facts: EntityFacts): CheckOutcome {
  const spotbugs = javaSpotbugs(facts);
  if (!spotbugs) return fail({ message: 'java: SpotBugs is not configured' });
  const build = uses(facts, jvmBuild)[0];
  if (!build)
    return fail({
      message: `java: SpotBugs is configured in ${spotbugs.file} but CI runs no Maven/Gradle build`,
      file: spotbugs.file,
    });
  return pass(
    {
      message: `java: SpotBugs configured in ${spotbugs.file}`,
      file: spotbugs.file,
    },
    where(build, 'java: build'),
  );
}

const lintAndTypecheck: CheckImplementation = {
  id: 'security.lint-and-typecheck',
  evaluate(facts) {
    const judges: Record<Ecosystem, (f: EntityFacts) => CheckOutcome> = {
      go: lintGo,
      rust: lintRust,
      python: lintPython,
      node: lintNode,
      java: lintJava,
    };
    return combineOutcomes(
      ecosystemsOf(facts).map(e => judges[e](facts)),
      'No go, node, python, rust or java manifest found',
    );
  },
};

const dast: CheckImplementation = {
  id: 'security.dast',
  evaluate(facts) {
    if (!facts.modules.some(m => m.isServer && !m.error)) {
      return notApplicable(
        'No server module: the component does not serve HTTP',
      );
    }
    const found = uses(
      facts,
      { actions: ['zaproxy/action-'] },
      {
        command: /\bzap-(?:baseline|full-scan|api-scan)(?:\.py)?\b|\bzap\.sh\b/,
      },
      { gitlabTemplate: /DAST(?:-API)?(?:\.latest)?\.gitlab-ci\.yml$/ },
    );
    if (found.length > 0) return pass(...found.map(u => where(u, 'DAST')));
    return fail({
      message:
        'No DAST: no OWASP ZAP action or zap-*.py scan and no GitLab DAST template',
    });
  },
};

const containerImageScan: CheckImplementation = {
  id: 'security.container-image-scan',
  evaluate(facts) {
    if (!facts.dockerfiles.some(d => d.production)) {
      return notApplicable('No production Dockerfile');
    }
    const found = uses(
      facts,
      {
        actions: ['aquasecurity/trivy-action'],
        withFilter: values => ['', 'image'].includes(values['scan-type'] ?? ''),
      },
      {
        actions: [
          'anchore/scan-action',
          'snyk/actions/docker',
          'docker/scout-action',
        ],
      },
      {
        command:
          /\btrivy\s+(?:image|i)\b|\bsnyk\s+container\s+test\b|\bgrype\b|\bdocker\s+scout\s+(?:cves|quickview)\b/,
      },
      { gitlabTemplate: /Container-Scanning(?:\.latest)?\.gitlab-ci\.yml$/ },
    );
    if (found.length > 0)
      return pass(...found.map(u => where(u, 'Image scan')));
    const ecr = codeSignals(facts, 'security.ecr-scan-on-push', {
      includeTests: true,
    })[0];
    if (ecr) return pass(signalEvidence(ecr, 'ECR scans images on push'));
    return fail({
      message:
        'No container image scan: no Trivy image scan, `snyk container test`, or ECR scan_on_push',
    });
  },
};

/**
 * Security checks judged on CI pipelines.
 *
 * @internal
 */
export const ciSecurityChecks: CheckImplementation[] = [
  sastInCi,
  secretScanning,
  lintAndTypecheck,
  dast,
  containerImageScan,
];
