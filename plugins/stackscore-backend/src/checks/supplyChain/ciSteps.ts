import type {
  CiStep,
  CiWorkflow,
  DockerfileFacts,
  EntityFacts,
  Evidence,
} from '@stackscore/plugin-stackscore-common';
import { perFacts, perFactsAnd } from '../memo';

/*
 * Shared reading of CI pipelines and Dockerfile RUN instructions for the security and supply-chain checks:
 * which steps run which tools, on which triggers, and whether a failure fails the pipeline. Shell text has
 * no parser we can afford, so commands are matched with patterns, one command at a time.
 */

type CiJob = CiWorkflow['jobs'][number];

/**
 * One CI step with its place and the facts checks ask about it.
 *
 * @internal
 */
export interface StepRef {
  workflow: CiWorkflow;
  job: CiJob;
  step: CiStep;
  file: string;
  line?: number;
  /** The step runs for pull requests (or GitLab merge requests). */
  onPullRequest: boolean;
  /** A failure of the step fails the pipeline (no continue-on-error / allow_failure). */
  blocking: boolean;
}

/**
 * One shell command of a CI step or Dockerfile `RUN`, with where it came from.
 *
 * @internal
 */
export interface CommandRef {
  text: string;
  file: string;
  line?: number;
  /** Set for CI commands. */
  step?: StepRef;
  /** Set for Dockerfile commands. */
  dockerfile?: DockerfileFacts;
  /** True when the command came from a package.json script that a CI command runs. */
  viaScript?: boolean;
}

const pullRequestTriggers = new Set([
  'pull_request',
  'pull_request_target',
  'merge_request',
  'merge_group',
]);

function jobTriggers(workflow: CiWorkflow, job: CiJob): string[] {
  return job.triggers ?? workflow.triggers;
}

/** Paths of workflows other PR workflows call with `uses: ./.github/workflows/x.yml`. */
function calledFromPullRequests(facts: EntityFacts): Set<string> {
  const called = new Set<string>();
  for (const workflow of facts.ci) {
    for (const job of workflow.jobs) {
      if (!jobTriggers(workflow, job).some(t => pullRequestTriggers.has(t))) {
        continue;
      }
      for (const step of job.steps) {
        const uses = step.uses?.replace(/^\.\//, '').replace(/@.*$/, '');
        if (uses) called.add(uses);
      }
    }
  }
  return called;
}

/**
 * True when a job runs for pull requests. GitLab branch pipelines run for every push to a merge request's
 * branch, so a GitLab pipeline without rules (or with `push`) counts too.
 *
 * @internal
 */
export function runsOnPullRequest(
  workflow: CiWorkflow,
  job: CiJob,
  calledByPullRequests: ReadonlySet<string> = new Set(),
): boolean {
  const triggers = jobTriggers(workflow, job);
  if (triggers.some(t => pullRequestTriggers.has(t))) return true;
  if (workflow.provider === 'gitlab') {
    return triggers.length === 0 || triggers.includes('push');
  }
  return (
    triggers.includes('workflow_call') &&
    calledByPullRequests.has(workflow.file)
  );
}

/**
 * True when the only triggers of a job are schedules (and manual runs).
 *
 * @internal
 */
export function isScheduleOnly(workflow: CiWorkflow, job: CiJob): boolean {
  const triggers = jobTriggers(workflow, job);
  return (
    triggers.includes('schedule') &&
    triggers.every(t => t === 'schedule' || t === 'workflow_dispatch')
  );
}

/**
 * Every step of every readable pipeline, with its trigger and blocking facts.
 *
 * @internal
 */
function computeCiSteps(facts: EntityFacts): StepRef[] {
  const called = calledFromPullRequests(facts);
  const steps: StepRef[] = [];
  for (const workflow of facts.ci) {
    if (workflow.error) continue;
    for (const job of workflow.jobs) {
      const onPullRequest = runsOnPullRequest(workflow, job, called);
      for (const step of job.steps) {
        steps.push({
          workflow,
          job,
          step,
          file: workflow.file,
          line: step.line,
          onPullRequest,
          blocking: !step.continueOnError && !job.continueOnError,
        });
      }
    }
  }
  return steps;
}

/**
 * The action a step uses, lower-cased, without `@ref` and `docker://`.
 *
 * @internal
 */
export function actionName(step: CiStep): string | undefined {
  if (!step.uses) return undefined;
  return step.uses
    .trim()
    .toLowerCase()
    .replace(/^docker:\/\//, '')
    .replace(/@.*$/, '');
}

/**
 * True when a step uses one of the actions (a prefix match, so `zaproxy/action-` matches every ZAP action).
 *
 * @internal
 */
export function usesAction(step: CiStep, ...names: string[]): boolean {
  const name = actionName(step);
  return (
    name !== undefined &&
    names.some(
      n => name === n.toLowerCase() || name.startsWith(n.toLowerCase()),
    )
  );
}

/**
 * Splits shell text into commands: line continuations joined, then split on newlines, `&&` and `;`.
 * `||` stays attached so `cmd || true` can be seen.
 *
 * @internal
 */
export function shellCommands(script: string): string[] {
  return script
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n|&&|;/)
    .map(c => c.trim())
    .filter(c => c !== '' && !c.startsWith('#'));
}

/**
 * True when a command swallows its own failure (`|| true`, `|| exit 0`, `|| :`, `|| echo …`).
 *
 * @internal
 */
export function swallowsFailure(command: string): boolean {
  return /\|\|\s*(?:true\b|:|exit\s+0\b|echo\b)/.test(command);
}

const scriptRunner =
  /(?:^|\s)(?:npm|pnpm|yarn|bun)\s+(?:(?:-{1,2}[\w-]+(?:[= ][^\s-][^\s]*)?)\s+)*(?:run(?:-script)?\s+)?([\w:.-]+)/;

function nodeScripts(facts: EntityFacts): Map<string, string[]> {
  const scripts = new Map<string, string[]>();
  for (const module of facts.modules) {
    if (module.ecosystem !== 'node') continue;
    const declared = module.settings.scripts;
    if (!declared || typeof declared !== 'object') continue;
    for (const [name, text] of Object.entries(declared)) {
      if (typeof text !== 'string') continue;
      scripts.set(name, [...(scripts.get(name) ?? []), text]);
    }
  }
  return scripts;
}

/** Script bodies that `npm run x` / `pnpm x` / `yarn x` resolves to, followed a few levels deep. */
function expandScripts(
  command: string,
  scripts: Map<string, string[]>,
  depth = 0,
  seen = new Set<string>(),
): string[] {
  if (depth > 3) return [];
  const match = scriptRunner.exec(command);
  if (!match) return [];
  let name = match[1];
  if (name === 't') name = 'test';
  if (seen.has(name)) return [];
  seen.add(name);
  const bodies = scripts.get(name) ?? [];
  return bodies.flatMap(body =>
    shellCommands(body).flatMap(c => [
      c,
      ...expandScripts(c, scripts, depth + 1, seen),
    ]),
  );
}

/**
 * Every shell command CI runs, including the package.json scripts that `npm run x` and friends invoke.
 *
 * @internal
 */
function computeCiCommands(
  facts: EntityFacts,
  options: { expandScripts?: boolean },
): CommandRef[] {
  const scripts = options.expandScripts ? nodeScripts(facts) : new Map();
  const commands: CommandRef[] = [];
  for (const step of ciSteps(facts)) {
    if (!step.step.run) continue;
    for (const text of shellCommands(step.step.run)) {
      commands.push({ text, file: step.file, line: step.line, step });
      for (const expanded of expandScripts(text, scripts)) {
        commands.push({
          text: expanded,
          file: step.file,
          line: step.line,
          step,
          viaScript: true,
        });
      }
    }
  }
  return commands;
}

/**
 * Every command of the `RUN` instructions of readable Dockerfiles.
 *
 * @internal
 */
function computeDockerCommands(
  facts: EntityFacts,
  options: { productionOnly?: boolean },
): CommandRef[] {
  const commands: CommandRef[] = [];
  for (const dockerfile of facts.dockerfiles) {
    if (dockerfile.error) continue;
    if (options.productionOnly && !dockerfile.production) continue;
    for (const stage of dockerfile.stages) {
      for (const run of stage.run) {
        for (const text of shellCommands(run.value)) {
          commands.push({
            text,
            file: dockerfile.file,
            line: run.line,
            dockerfile,
          });
        }
      }
    }
  }
  return commands;
}

/**
 * True when a command can fail its pipeline: a blocking step and no swallowed exit code. Dockerfile commands
 * always block the image build.
 *
 * @internal
 */
export function commandBlocks(command: CommandRef): boolean {
  if (swallowsFailure(command.text)) return false;
  return command.step ? command.step.blocking : true;
}

/**
 * Evidence naming a step or command.
 *
 * @internal
 */
export function evidenceAt(
  where: { file: string; line?: number },
  message: string,
): Evidence {
  return where.line === undefined
    ? { message, file: where.file }
    : { message, file: where.file, line: where.line };
}

/**
 * A short label of a step for evidence: its `uses`, else its first command.
 *
 * @internal
 */
export function stepLabel(step: CiStep): string {
  if (step.uses) return step.uses;
  const first = shellCommands(step.run ?? '')[0] ?? step.name ?? 'step';
  return first.length > 100 ? `${first.slice(0, 97)}...` : first;
}

/**
 * Pipeline files whose includes name a GitLab template (e.g. `SAST.gitlab-ci.yml`), with the include.
 *
 * @internal
 */
export function gitlabIncludes(
  facts: EntityFacts,
  template: RegExp,
): { workflow: CiWorkflow; include: string }[] {
  return facts.ci.flatMap(workflow =>
    workflow.includes
      .filter(include => template.test(include))
      .map(include => ({ workflow, include })),
  );
}

/**
 * CI steps whose job image matches (e.g. GitLab `image:` or GitHub `container:`).
 *
 * @internal
 */
export function jobImageMatches(step: StepRef, image: RegExp): boolean {
  return step.job.image !== undefined && image.test(step.job.image);
}

/**
 * Errors of pipelines that could not be parsed, as evidence.
 *
 * @internal
 */
export function unreadablePipelines(facts: EntityFacts): Evidence[] {
  return facts.ci
    .filter(w => w.error)
    .map(w => ({
      message: `Could not read ${w.file}: ${w.error}`,
      file: w.file,
    }));
}

/**
 * How a tool shows up in CI: actions it is used through, a command pattern, GitLab templates, or a job
 * image combined with a command.
 *
 * @internal
 */
export interface ToolSpec {
  actions?: string[];
  command?: RegExp;
  gitlabTemplate?: RegExp;
  /** Follow package.json scripts that CI commands run. */
  expandScripts?: boolean;
  /** Only steps whose `with:` satisfies this count (e.g. trivy-action with an image scan). */
  withFilter?: (values: Record<string, string>) => boolean;
}

/**
 * One place a tool runs in CI.
 *
 * @internal
 */
export interface ToolUse {
  file: string;
  line?: number;
  /** What was found, e.g. `govulncheck ./...` or `golang/govulncheck-action@v1`. */
  label: string;
  onPullRequest: boolean;
  scheduleOnly: boolean;
  blocking: boolean;
  step?: StepRef;
  /** The command text, for command matches. */
  command?: string;
}

/**
 * Every place CI runs a tool.
 *
 * @internal
 */
function computeToolUses(facts: EntityFacts, spec: ToolSpec): ToolUse[] {
  const uses: ToolUse[] = [];
  if (spec.actions) {
    for (const step of ciSteps(facts)) {
      if (!usesAction(step.step, ...spec.actions)) continue;
      if (spec.withFilter && !spec.withFilter(step.step.with ?? {})) continue;
      uses.push({
        file: step.file,
        line: step.line,
        label: step.step.uses ?? '',
        onPullRequest: step.onPullRequest,
        scheduleOnly: isScheduleOnly(step.workflow, step.job),
        blocking: step.blocking,
        step,
      });
    }
  }
  if (spec.command) {
    const pattern = spec.command;
    for (const command of ciCommands(facts, {
      expandScripts: spec.expandScripts,
    })) {
      if (!pattern.test(command.text) || !command.step) continue;
      uses.push({
        file: command.file,
        line: command.line,
        label:
          command.text.length > 100
            ? `${command.text.slice(0, 97)}...`
            : command.text,
        onPullRequest: command.step.onPullRequest,
        scheduleOnly: isScheduleOnly(command.step.workflow, command.step.job),
        blocking: commandBlocks(command),
        step: command.step,
        command: command.text,
      });
    }
  }
  if (spec.gitlabTemplate) {
    for (const { workflow, include } of gitlabIncludes(
      facts,
      spec.gitlabTemplate,
    )) {
      const pseudoJob = {
        id: include,
        continueOnError: true,
        env: {},
        steps: [],
      };
      uses.push({
        file: workflow.file,
        label: `include ${include}`,
        onPullRequest: runsOnPullRequest(workflow, pseudoJob),
        scheduleOnly: isScheduleOnly(workflow, pseudoJob),
        // GitLab's security templates report findings to the merge request; their jobs allow failure.
        blocking: false,
      });
    }
  }
  return uses;
}

/**
 * Evidence line for a tool use: where it is and what it is.
 *
 * @internal
 */
export function toolEvidence(use: ToolUse, prefix: string): Evidence {
  return evidenceAt(use, `${prefix}: \`${use.label}\` in ${use.file}`);
}

const cachedCiSteps = perFacts(computeCiSteps);
const cachedCiCommands = perFactsAnd((facts, withScripts: boolean) =>
  computeCiCommands(facts, { expandScripts: withScripts }),
);
const cachedDockerCommands = perFactsAnd((facts, productionOnly: boolean) =>
  computeDockerCommands(facts, { productionOnly }),
);
const cachedToolUses = perFactsAnd(computeToolUses);

/**
 * Every step of every readable pipeline, with its trigger and blocking facts (derived once per entity).
 *
 * @internal
 */
export function ciSteps(facts: EntityFacts): StepRef[] {
  return cachedCiSteps(facts);
}

/**
 * Every shell command CI runs, optionally with the package.json scripts that `npm run x` invokes.
 *
 * @internal
 */
export function ciCommands(
  facts: EntityFacts,
  options: { expandScripts?: boolean } = {},
): CommandRef[] {
  return cachedCiCommands(facts, Boolean(options.expandScripts));
}

/**
 * Every command of the `RUN` instructions of readable Dockerfiles.
 *
 * @internal
 */
export function dockerCommands(
  facts: EntityFacts,
  options: { productionOnly?: boolean } = {},
): CommandRef[] {
  return cachedDockerCommands(facts, Boolean(options.productionOnly));
}

/**
 * Where a tool runs in CI (actions, commands, images), derived once per entity and tool spec.
 *
 * @internal
 */
export function findToolUses(facts: EntityFacts, spec: ToolSpec): ToolUse[] {
  return cachedToolUses(facts, spec);
}
