import type { CiStep, CiWorkflow } from '@stackscore/plugin-stackscore-common';
import { asText, isRecord, readYaml, textMap, YamlDocument } from './yaml';

type Job = CiWorkflow['jobs'][number];

/**
 * True when a path is a GitHub Actions workflow file.
 *
 * @internal
 */
export function isGithubWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/**
 * True when a path is a composite action defined in the repository.
 *
 * @internal
 */
export function isGithubActionPath(path: string): boolean {
  return /^\.github\/actions\/(.+\/)?action\.ya?ml$/.test(path);
}

/**
 * `continue-on-error` counts only when it is literally true; an expression such as
 * `${{ matrix.experimental }}` may be false and is not assumed to swallow failures.
 */
function isLiterallyTrue(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim().replace(/^\$\{\{\s*(.*?)\s*\}\}$/, '$1');
  return text === 'true';
}

/**
 * Normalises `on:` in its three shapes (a name, a list, a map). A push filtered on tags also counts as `tag`.
 *
 * @internal
 */
export function githubTriggers(on: unknown): string[] {
  const triggers = new Set<string>();
  if (typeof on === 'string') triggers.add(on);
  else if (Array.isArray(on)) {
    for (const event of on) if (typeof event === 'string') triggers.add(event);
  } else if (isRecord(on)) {
    for (const [event, filters] of Object.entries(on)) {
      triggers.add(event);
      if (event === 'push' && isRecord(filters) && 'tags' in filters) {
        triggers.add('tag');
      }
    }
  }
  return [...triggers];
}

const eventComparison =
  /github\.event_name\s*(==|!=)\s*['"]([\w-]+)['"]|['"]([\w-]+)['"]\s*(==|!=)\s*github\.event_name/g;

/**
 * The events a job-level `if:` restricts the job to, read from `github.event_name` comparisons. Undefined
 * when the condition does not restrict events in a way we can read, so the job runs on the workflow's
 * triggers.
 *
 * @internal
 */
export function conditionTriggers(
  condition: unknown,
  workflowTriggers: readonly string[],
): string[] | undefined {
  if (typeof condition !== 'string' || !condition.includes('event_name')) {
    return undefined;
  }
  // A disjunct that does not name the event lets the job run on any event.
  const disjuncts = condition.split('||');
  if (disjuncts.some(part => !part.includes('github.event_name'))) {
    return undefined;
  }
  if (/!\s*\(/.test(condition)) return undefined;
  const equal = new Set<string>();
  const notEqual = new Set<string>();
  for (const match of condition.matchAll(eventComparison)) {
    const operator = match[1] ?? match[4];
    const event = match[2] ?? match[3];
    (operator === '==' ? equal : notEqual).add(event);
  }
  if (equal.size === 0 && notEqual.size === 0) return undefined;
  // A reusable workflow sees its caller's event names, so the list is not a bound there.
  const bounded =
    workflowTriggers.length > 0 && !workflowTriggers.includes('workflow_call');
  let events: string[];
  if (equal.size > 0) events = [...equal].filter(e => !notEqual.has(e));
  else if (bounded) events = workflowTriggers.filter(e => !notEqual.has(e));
  else return undefined;
  return bounded ? events.filter(e => workflowTriggers.includes(e)) : events;
}

function containerImage(container: unknown): string | undefined {
  if (typeof container === 'string') return container;
  if (isRecord(container) && typeof container.image === 'string') {
    return container.image;
  }
  return undefined;
}

function readSteps(
  steps: unknown,
  doc: YamlDocument,
  path: readonly (string | number)[],
): CiStep[] {
  if (!Array.isArray(steps)) return [];
  const result: CiStep[] = [];
  steps.forEach((step, index) => {
    if (!isRecord(step)) return;
    const read: CiStep = {
      name: asText(step.name),
      uses: asText(step.uses),
      run: asText(step.run),
      continueOnError: isLiterallyTrue(step['continue-on-error']),
      line: doc.lineAt([...path, index]),
    };
    if (isRecord(step.with)) read.with = textMap(step.with);
    result.push(read);
  });
  return result;
}

function readJob(
  id: string,
  job: Record<string, unknown>,
  doc: YamlDocument,
  workflowTriggers: readonly string[],
): Job {
  const steps: CiStep[] = [];
  if (typeof job.uses === 'string') {
    // A reusable workflow call: the job is that one step.
    steps.push({
      name: asText(job.name),
      uses: job.uses,
      with: isRecord(job.with) ? textMap(job.with) : undefined,
      continueOnError: false,
      line: doc.lineAt(['jobs', id]),
    });
  }
  steps.push(...readSteps(job.steps, doc, ['jobs', id, 'steps']));
  return {
    id,
    triggers: conditionTriggers(job.if, workflowTriggers),
    continueOnError: isLiterallyTrue(job['continue-on-error']),
    image: containerImage(job.container),
    env: textMap(job.env),
    steps,
  };
}

function emptyWorkflow(file: string): CiWorkflow {
  return {
    provider: 'github',
    file,
    triggers: [],
    includes: [],
    env: {},
    jobs: [],
  };
}

/**
 * Reads a GitHub Actions workflow: triggers, env, jobs and steps with their lines. Never throws; invalid YAML
 * gives a workflow with `error`.
 *
 * @internal
 */
export function parseGithubWorkflow(file: string, text: string): CiWorkflow {
  const workflow = emptyWorkflow(file);
  const doc = readYaml(text);
  if (doc.error) return { ...workflow, error: doc.error };
  const root = doc.value;
  if (!isRecord(root)) {
    return { ...workflow, error: 'workflow is not a YAML mapping' };
  }
  workflow.name = asText(root.name);
  // YAML 1.1 readers turn `on` into true; accept that spelling too.
  workflow.triggers = githubTriggers(root.on ?? root.true);
  workflow.env = textMap(root.env);
  if (isRecord(root.jobs)) {
    for (const [id, job] of Object.entries(root.jobs)) {
      if (isRecord(job)) {
        workflow.jobs.push(readJob(id, job, doc, workflow.triggers));
      }
    }
  }
  return workflow;
}

/**
 * Reads a composite action (`runs.steps`) as a workflow with one job and no triggers of its own: it runs
 * wherever a workflow uses it.
 *
 * @internal
 */
export function parseCompositeAction(file: string, text: string): CiWorkflow {
  const workflow = emptyWorkflow(file);
  const doc = readYaml(text);
  if (doc.error) return { ...workflow, error: doc.error };
  const root = doc.value;
  if (!isRecord(root)) {
    return { ...workflow, error: 'action is not a YAML mapping' };
  }
  workflow.name = asText(root.name);
  const runs = isRecord(root.runs) ? root.runs : {};
  workflow.jobs.push({
    id: 'composite',
    continueOnError: false,
    env: {},
    steps: readSteps(runs.steps, doc, ['runs', 'steps']),
  });
  return workflow;
}
