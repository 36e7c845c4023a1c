import type {
  CheckOutcome,
  DockerfileFacts,
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
import { ciCommands, ciSteps, findToolUses, usesAction } from './ciSteps';
import { words } from './installs';
import { imageLabel, unpinnedReason } from './images';
import { type ReadableBots, judgeReadableBots } from './updateBots';

/** Last path segment of an image name without tag or digest. */
function shortName(reference: string): string {
  const withoutDigest = reference.split('@')[0];
  const lastSegment = withoutDigest.split('/').pop() ?? withoutDigest;
  return lastSegment.split(':')[0].toLowerCase();
}

/**
 * Images that CI builds from a Dockerfile of this repository, by short name, with the Dockerfile.
 *
 * @internal
 */
export function imagesBuiltInRepo(facts: EntityFacts): Map<string, string> {
  const built = new Map<string, string>();
  for (const command of ciCommands(facts)) {
    if (
      !/\bdocker\s+(?:buildx\s+)?build\b|\bpodman\s+build\b|\bbuildah\s+(?:bud|build)\b/.test(
        command.text,
      )
    )
      continue;
    const args = words(command.text);
    const at = args.findIndex(a => a === 'build' || a === 'bud');
    let dockerfile: string | undefined;
    let context = '.';
    const tags: string[] = [];
    for (let i = at + 1; i < args.length; i++) {
      const arg = args[i];
      if (arg === '-t' || arg === '--tag') tags.push(args[++i] ?? '');
      else if (arg.startsWith('--tag=')) tags.push(arg.slice(6));
      else if (arg === '-f' || arg === '--file') dockerfile = args[++i];
      else if (arg.startsWith('--file=')) dockerfile = arg.slice(7);
      else if (
        /^--?(build-arg|target|platform|label|secret|cache-from|cache-to|output|progress|network)$/.test(
          arg,
        )
      )
        i++;
      else if (!arg.startsWith('-')) context = arg;
    }
    dockerfile = normalizePath(dockerfile ?? `${context}/Dockerfile`);
    tags.forEach(t => built.set(shortName(t), dockerfile));
  }
  for (const step of ciSteps(facts)) {
    if (!usesAction(step.step, 'docker/build-push-action')) continue;
    const values = step.step.with ?? {};
    const dockerfile = normalizePath(
      values.file ?? `${values.context ?? '.'}/Dockerfile`,
    );
    for (const tag of (values.tags ?? '').split(/[\s,]+/).filter(Boolean)) {
      built.set(shortName(tag), dockerfile);
    }
  }
  return built;
}

function builtByOtherDockerfile(
  built: Map<string, string>,
  image: string,
  dockerfile: DockerfileFacts,
): boolean {
  const source = built.get(shortName(image));
  return source !== undefined && source !== dockerfile.file;
}

function normalizePath(path: string): string {
  return path
    .split('/')
    .filter(part => part !== '.' && part !== '')
    .join('/');
}

function pinnedOutcome(
  dockerfile: DockerfileFacts,
  built: Map<string, string>,
): CheckOutcome {
  if (dockerfile.error) {
    return errored({
      message: `Could not read ${dockerfile.file}: ${dockerfile.error}`,
      file: dockerfile.file,
    });
  }
  const problems: Evidence[] = [];
  const pinned: Evidence[] = [];
  const unresolved: Evidence[] = [];
  for (const stage of dockerfile.stages) {
    const { from } = stage;
    if (from.isStage || from.image.toLowerCase() === 'scratch') continue;
    if (builtByOtherDockerfile(built, from.image, dockerfile)) continue;
    const at = { file: dockerfile.file, line: from.line };
    if (from.unresolved) {
      unresolved.push({
        ...at,
        message: `\`FROM ${from.raw}\` in ${dockerfile.file} uses an ARG without a default; its version cannot be judged`,
      });
      continue;
    }
    const reason = unpinnedReason(from);
    if (reason)
      problems.push({
        ...at,
        message: `\`FROM ${imageLabel(from)}\` in ${
          dockerfile.file
        } is not pinned: it ${reason}`,
      });
    else
      pinned.push({
        ...at,
        message: `\`FROM ${imageLabel(from)}\` in ${dockerfile.file} is pinned${
          from.digest ? ' by digest' : ''
        }`,
      });
  }
  if (problems.length > 0) return fail(...problems);
  if (unresolved.length > 0) return errored(...unresolved);
  if (pinned.length === 0)
    return pass({
      message: `${dockerfile.file} only builds on scratch, its own stages or images built in this repository`,
      file: dockerfile.file,
    });
  return pass(...pinned);
}

const baseImagePinned: CheckImplementation = {
  id: 'supply-chain.base-image-pinned',
  evaluate(facts) {
    if (facts.dockerfiles.length === 0)
      return notApplicable('The repository has no Dockerfile');
    const built = imagesBuiltInRepo(facts);
    return combineOutcomes(facts.dockerfiles.map(d => pinnedOutcome(d, built)));
  },
};

function renovateManagesDocker(
  config: Record<string, unknown>,
): string | undefined {
  if (config.enabled === false)
    return 'Renovate is disabled (`enabled: false`)';
  const managers = config.enabledManagers;
  if (
    Array.isArray(managers) &&
    !managers.some(
      m =>
        m === 'dockerfile' ||
        m === 'docker-compose' ||
        m === 'kubernetes' ||
        m === 'helm-values',
    )
  ) {
    return '`enabledManagers` leaves out the dockerfile manager';
  }
  for (const key of ['dockerfile', 'docker']) {
    const section = config[key] as Record<string, unknown> | undefined;
    if (section && section.enabled === false)
      return `\`${key}.enabled\` is false`;
  }
  return undefined;
}

const baseImageRefresh: CheckImplementation = {
  id: 'supply-chain.base-image-refresh',
  evaluate(facts) {
    if (facts.dockerfiles.length === 0)
      return notApplicable('The repository has no Dockerfile');
    return judgeReadableBots(facts, bots => refreshOutcome(facts, bots));
  },
};

function refreshOutcome(
  facts: EntityFacts,
  { dependabot, renovate }: ReadableBots,
): CheckOutcome {
  const docker = dependabot?.updates.find(u => u.ecosystem === 'docker');
  if (docker) {
    return pass({
      message: `Dependabot updates the docker ecosystem (${dependabot!.file})`,
      file: dependabot!.file,
      ...(docker.line ? { line: docker.line } : {}),
    });
  }
  const problems: Evidence[] = [];
  if (renovate) {
    const disabled = renovateManagesDocker(renovate.config);
    if (!disabled)
      return pass({
        message: `Renovate manages Dockerfiles by default (${renovate.file})`,
        file: renovate.file,
      });
    problems.push({
      message: `${renovate.file}: ${disabled}`,
      file: renovate.file,
    });
  }
  const rebuild = findToolUses(facts, {
    actions: ['docker/build-push-action'],
    command:
      /\bdocker\s+(?:buildx\s+)?build\b|\bpodman\s+build\b|\bbuildah\s+(?:bud|build)\b|\bkaniko\b/,
  }).find(
    use =>
      use.step?.workflow.triggers.includes('schedule') ||
      use.step?.job.triggers?.includes('schedule'),
  );
  if (rebuild) {
    return pass({
      message: `Images are rebuilt on a schedule: \`${rebuild.label}\` in ${rebuild.file}`,
      file: rebuild.file,
      ...(rebuild.line ? { line: rebuild.line } : {}),
    });
  }
  return fail(...problems, {
    message: dependabot
      ? `Dependabot (${dependabot.file}) has no docker entry, no Renovate config manages Dockerfiles, and no scheduled workflow rebuilds the images`
      : `No Dependabot docker entry, no ${
          renovate
            ? 'Renovate config that manages Dockerfiles'
            : 'Renovate config'
        } and no scheduled rebuild workflow refreshes the base images`,
    ...(dependabot ? { file: dependabot.file } : {}),
  });
}

/**
 * Checks about Dockerfile base images.
 *
 * @internal
 */
export const dockerChecks: CheckImplementation[] = [
  baseImagePinned,
  baseImageRefresh,
];
