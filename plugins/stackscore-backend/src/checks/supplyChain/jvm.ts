import type {
  CheckOutcome,
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import {
  combineOutcomes,
  fail,
  moduleErrors,
  pass,
  signalsOf,
} from '../outcomes';
import { ciCommands } from './ciSteps';
import { words } from './installs';
import {
  baseNameOf,
  dirOf,
  isAncestorDir,
  mentions,
  pluginConfig,
  readableModules,
} from './manifests';

function isGradle(module: ModuleFacts): boolean {
  return module.manifests.some(f => /\.gradle(\.kts)?$/.test(f));
}

/** What locks a module's versions, or undefined. */
function lockedBy(facts: EntityFacts, module: ModuleFacts): string | undefined {
  const file = module.manifests[0];
  const gradleLock =
    facts.lockfiles.find(
      l =>
        l.format === 'gradle-lockfile' &&
        isAncestorDir(dirOf(l.file), module.dir),
    )?.file ??
    facts.files.find(
      f =>
        baseNameOf(f) === 'gradle.lockfile' &&
        isAncestorDir(dirOf(f), module.dir),
    );
  const locking =
    module.settings.dependencyLocking === true ||
    signalsOf(facts, 'supply-chain.gradle-dependency-locking', module.dir)
      .length > 0;
  if (locking && gradleLock)
    return `Gradle dependency locking with ${gradleLock}`;
  const bom = module.dependencies.find(d => d.scope === 'bom');
  if (bom) return `the imported BOM ${bom.name} in ${bom.file}`;
  const parent = module.settings.parent as { artifactId?: string } | undefined;
  if (
    parent?.artifactId === 'spring-boot-starter-parent' ||
    parent?.artifactId === 'spring-boot-dependencies'
  ) {
    return `the Spring Boot parent (${parent.artifactId}) in ${file}, which manages versions as a BOM`;
  }
  const enforcer = pluginConfig(module, 'maven-enforcer-plugin');
  if (
    enforcer &&
    mentions(enforcer.config, /banDynamicVersions|requireUpperBoundDeps/)
  ) {
    return `maven-enforcer-plugin with banDynamicVersions/requireUpperBoundDeps in ${file}`;
  }
  if (pluginConfig(module, 'io.spring.dependency-management')) {
    return `the io.spring.dependency-management plugin (Spring Boot BOM) in ${file}`;
  }
  const platform = signalsOf(
    facts,
    'supply-chain.gradle-platform',
    module.dir,
  )[0];
  if (platform && isGradle(module))
    return `a Gradle platform/BOM import in ${platform.file}`;
  return undefined;
}

function ancestorsFirst(
  facts: EntityFacts,
  module: ModuleFacts,
): ModuleFacts[] {
  return [
    module,
    ...readableModules(facts, 'java').filter(
      m => m !== module && isAncestorDir(m.dir, module.dir),
    ),
  ];
}

const jvmVersionLocking: CheckImplementation = {
  id: 'supply-chain.jvm-version-locking',
  evaluate(facts) {
    const modules = facts.modules.filter(m => m.ecosystem === 'java');
    const outcomes: CheckOutcome[] = readableModules(facts, 'java').map(
      module => {
        for (const candidate of ancestorsFirst(facts, module)) {
          const by = lockedBy(facts, candidate);
          if (by)
            return pass({
              message: `${module.manifests[0]}: versions are locked by ${by}`,
              file: candidate.manifests[0],
            });
        }
        return fail({
          message: `${module.manifests[0]}: no gradle.lockfile with dependencyLocking, no BOM import or Spring Boot parent, no enforcer banDynamicVersions/requireUpperBoundDeps`,
          file: module.manifests[0],
        });
      },
    );
    return combineOutcomes(
      [...outcomes, ...moduleErrors(modules)],
      'No Java build found',
    );
  },
};

function strictChecksumsIn(content: string): boolean {
  return words(content.replace(/\n/g, ' ')).some(
    w => w === '--strict-checksums' || w === '-C',
  );
}

const jvmIntegrityVerification: CheckImplementation = {
  id: 'supply-chain.jvm-integrity-verification',
  evaluate(facts) {
    const modules = facts.modules.filter(m => m.ecosystem === 'java');
    const outcomes: CheckOutcome[] = readableModules(facts, 'java').map(
      module => {
        if (isGradle(module)) {
          const metadata = facts.files.find(
            f =>
              f.endsWith('gradle/verification-metadata.xml') &&
              isAncestorDir(dirOf(dirOf(f)), module.dir),
          );
          if (metadata || module.settings.verificationMetadata === true) {
            return pass({
              message: `${
                module.manifests[0]
              }: Gradle verifies artefacts with ${
                metadata ?? 'gradle/verification-metadata.xml'
              }`,
              file: metadata,
            });
          }
          return fail({
            message: `${module.manifests[0]}: no gradle/verification-metadata.xml`,
            file: module.manifests[0],
          });
        }
        const config = Object.entries(facts.configFiles).find(
          ([file, content]) =>
            file.endsWith('.mvn/maven.config') &&
            isAncestorDir(dirOf(dirOf(file)), module.dir) &&
            strictChecksumsIn(content),
        );
        if (config)
          return pass({
            message: `${module.manifests[0]}: ${config[0]} sets strict checksums`,
            file: config[0],
          });
        const cli = ciCommands(facts).find(
          c =>
            /\bmvnw?\b/.test(c.text) &&
            /(^|\s)(--strict-checksums|-C)(\s|$)/.test(c.text),
        );
        if (cli)
          return pass({
            message: `${module.manifests[0]}: CI runs Maven with strict checksums (\`${cli.text}\`)`,
            file: cli.file,
            ...(cli.line ? { line: cli.line } : {}),
          });
        return fail({
          message: `${module.manifests[0]}: no --strict-checksums (or -C) in .mvn/maven.config`,
          file: module.manifests[0],
        });
      },
    );
    return combineOutcomes(
      [...outcomes, ...moduleErrors(modules)],
      'No Java build found',
    );
  },
};

/**
 * Checks about JVM dependency locking and artefact verification.
 *
 * @internal
 */
export const jvmChecks: CheckImplementation[] = [
  jvmVersionLocking,
  jvmIntegrityVerification,
];
