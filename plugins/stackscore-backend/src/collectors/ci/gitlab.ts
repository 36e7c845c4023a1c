import type { CiStep, CiWorkflow } from '@stackscore/plugin-stackscore-common';
import picomatch from 'picomatch';
import {
  defaultGitlabTriggers,
  onlyExceptTriggers,
  rulesTriggers,
} from './gitlabTriggers';
import {
  asText,
  isRecord,
  readYamlDocuments,
  textMap,
  YamlDocument,
} from './yaml';

type Job = CiWorkflow['jobs'][number];
type Mapping = Record<string, unknown>;

/**
 * One `include:` entry: local files are followed, the others are recorded as written.
 *
 * @internal
 */
export interface GitlabInclude {
  kind: 'local' | 'template' | 'remote' | 'project' | 'component';
  value: string;
}

/**
 * One parsed GitLab CI file (the root `.gitlab-ci.yml` or a file it includes).
 *
 * @internal
 */
export interface GitlabConfigFile {
  file: string;
  doc?: YamlDocument;
  root: Mapping;
  includes: GitlabInclude[];
  error?: string;
}

/** Top-level keys that configure the pipeline rather than name a job. */
const reservedKeys = new Set([
  'stages',
  'variables',
  'default',
  'include',
  'workflow',
  'image',
  'services',
  'before_script',
  'after_script',
  'cache',
  'types',
  'spec',
]);

const scriptKeys = ['before_script', 'script', 'after_script'] as const;

/** `extends:` chains deeper than GitLab's own limit are not followed. */
const maxExtendsDepth = 11;

function includesOf(include: unknown): GitlabInclude[] {
  let items: unknown[] = [];
  if (Array.isArray(include)) items = include;
  else if (include !== undefined) items = [include];
  const result: GitlabInclude[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      const remote = /^https?:\/\//.test(item);
      result.push({ kind: remote ? 'remote' : 'local', value: item });
      continue;
    }
    if (!isRecord(item)) continue;
    for (const kind of ['local', 'template', 'remote', 'component'] as const) {
      if (typeof item[kind] === 'string') {
        result.push({ kind, value: item[kind] as string });
      }
    }
    if (typeof item.project === 'string') {
      const files = Array.isArray(item.file) ? item.file : [item.file];
      for (const file of files) {
        if (typeof file === 'string') {
          result.push({ kind: 'project', value: `${item.project}:${file}` });
        }
      }
    }
  }
  return result;
}

/**
 * Parses one GitLab CI file. A leading `spec:` header document (CI/CD inputs) is skipped. Never throws.
 *
 * @internal
 */
export function readGitlabConfig(file: string, text: string): GitlabConfigFile {
  const docs = readYamlDocuments(text);
  const hasHeader =
    docs.length > 1 && isRecord(docs[0].value) && 'spec' in docs[0].value;
  const doc = hasHeader ? docs[1] : docs[0];
  if (!doc) return { file, root: {}, includes: [], error: 'empty file' };
  if (doc.error) return { file, root: {}, includes: [], error: doc.error };
  if (docs.length > (hasHeader ? 2 : 1)) {
    return { file, root: {}, includes: [], error: 'more than one document' };
  }
  if (!isRecord(doc.value)) {
    return {
      file,
      root: {},
      includes: [],
      error: 'pipeline is not a YAML mapping',
    };
  }
  return {
    file,
    doc,
    root: doc.value,
    includes: includesOf(doc.value.include),
  };
}

/**
 * Repository files a config's local includes name; `*` and `**` patterns are expanded.
 *
 * @internal
 */
export function localIncludeFiles(
  config: GitlabConfigFile,
  files: readonly string[],
): string[] {
  const found: string[] = [];
  for (const include of config.includes) {
    if (include.kind !== 'local') continue;
    const path = include.value.replace(/^\.?\//, '');
    if (path.includes('*')) {
      const matches = picomatch(path, { dot: true });
      found.push(...files.filter(file => matches(file)));
    } else if (files.includes(path)) {
      found.push(path);
    }
  }
  return [...new Set(found)];
}

function deepMerge(base: Mapping, over: Mapping): Mapping {
  const merged: Mapping = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === '__proto__') continue;
    const current = merged[key];
    merged[key] =
      isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

interface Definition {
  body: Mapping;
  config: GitlabConfigFile;
}

/** Every top-level mapping by name; a later file overrides an earlier one, as GitLab merges includes. */
function collectDefinitions(
  configs: readonly GitlabConfigFile[],
): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  // Included files are the base; the root file (first) is merged on top.
  for (const config of [...configs.slice(1), ...configs.slice(0, 1)]) {
    for (const [name, body] of Object.entries(config.root)) {
      if (reservedKeys.has(name) || !isRecord(body)) continue;
      const previous = definitions.get(name);
      definitions.set(name, {
        body: previous ? deepMerge(previous.body, body) : body,
        config,
      });
    }
  }
  return definitions;
}

function resolveExtends(
  body: Mapping,
  definitions: Map<string, Definition>,
  depth: number,
): Mapping {
  const declared = Array.isArray(body.extends) ? body.extends : [body.extends];
  const parents = declared.filter((p): p is string => typeof p === 'string');
  if (parents.length === 0 || depth > maxExtendsDepth) return body;
  let merged: Mapping = {};
  for (const parent of parents) {
    const definition = definitions.get(parent);
    if (!definition) continue;
    merged = deepMerge(
      merged,
      resolveExtends(definition.body, definitions, depth + 1),
    );
  }
  const { extends: _ignored, ...own } = body;
  return deepMerge(merged, own);
}

/** `[a, [b, c]]` from YAML anchors flattens to `[a, b, c]`, as GitLab does. */
function scriptLines(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.flatMap(item =>
    Array.isArray(item) ? scriptLines(item) : asText(item) ?? [],
  );
}

function imageName(image: unknown): string | undefined {
  if (typeof image === 'string') return image;
  if (isRecord(image) && typeof image.name === 'string') return image.name;
  return undefined;
}

/** GitLab variables are text or `{ value, description }`. */
function variablesOf(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const plain: Mapping = {};
  for (const [key, entry] of Object.entries(value)) {
    plain[key] = isRecord(entry) ? entry.value : entry;
  }
  return textMap(plain);
}

function inheritsDefaults(job: Mapping): boolean {
  return !(isRecord(job.inherit) && job.inherit.default === false);
}

function stepsOf(
  name: string,
  job: Mapping,
  own: Mapping,
  doc: YamlDocument | undefined,
): CiStep[] {
  const steps: CiStep[] = [];
  for (const key of scriptKeys) {
    const lines = scriptLines(job[key]);
    // Lines point into this file only when the job wrote the script itself as a flat list.
    const ownValue = own[key];
    const flat =
      Array.isArray(ownValue) && !ownValue.some(item => Array.isArray(item));
    lines.forEach((run, index) => {
      let line: number | undefined;
      if (flat) line = doc?.lineAt([name, key, index]);
      else if (typeof ownValue === 'string') line = doc?.lineAt([name, key]);
      steps.push({ run, continueOnError: false, line });
    });
  }
  const trigger = job.trigger;
  if (trigger !== undefined) {
    const target = isRecord(trigger)
      ? asText(trigger.project ?? trigger.include)
      : asText(trigger);
    steps.push({
      name: 'trigger',
      uses: target,
      continueOnError: false,
      line: doc?.lineAt([name]),
    });
  }
  return steps;
}

function readJob(
  name: string,
  definition: Definition,
  definitions: Map<string, Definition>,
  defaults: Mapping,
): Job {
  // Any other top-level mapping is a job, or an override of a job from an included template.
  let job = resolveExtends(definition.body, definitions, 0);
  if (inheritsDefaults(job)) {
    for (const key of ['image', 'before_script', 'after_script']) {
      if (!(key in job) && key in defaults)
        job = { ...job, [key]: defaults[key] };
    }
  }
  const triggers =
    rulesTriggers(job.rules) ?? onlyExceptTriggers(job.only, job.except);
  return {
    id: name,
    triggers,
    continueOnError: job.allow_failure === true,
    image: imageName(job.image),
    env: variablesOf(job.variables),
    steps: stepsOf(name, job, definition.body, definition.config.doc),
  };
}

/** `default:` and the legacy top-level image/scripts, root file winning over includes. */
function pipelineDefaults(configs: readonly GitlabConfigFile[]): Mapping {
  let defaults: Mapping = {};
  for (const config of [...configs.slice(1), ...configs.slice(0, 1)]) {
    const legacy: Mapping = {};
    for (const key of ['image', 'before_script', 'after_script']) {
      if (key in config.root) legacy[key] = config.root[key];
    }
    const declared = isRecord(config.root.default) ? config.root.default : {};
    defaults = { ...defaults, ...legacy, ...declared };
  }
  return defaults;
}

/**
 * Turns a GitLab pipeline (the root config first, then the local files it includes) into one workflow per
 * file. Jobs are listed under the file that defines them, with `extends:` and `default:` applied across
 * files; pipeline triggers come from the root file's `workflow:rules`. Never throws.
 *
 * @internal
 */
export function gitlabWorkflows(
  configs: readonly GitlabConfigFile[],
): CiWorkflow[] {
  const root = configs[0];
  if (!root) return [];
  const workflowSection = isRecord(root.root.workflow)
    ? root.root.workflow
    : {};
  const triggers = rulesTriggers(workflowSection.rules) ?? [
    ...defaultGitlabTriggers,
  ];
  const definitions = collectDefinitions(configs);
  const defaults = pipelineDefaults(configs);
  const env = variablesOf(root.root.variables);
  return configs.map(config => {
    const workflow: CiWorkflow = {
      provider: 'gitlab',
      file: config.file,
      name: config === root ? asText(workflowSection.name) : undefined,
      triggers: config.error ? [] : triggers,
      includes: config.includes.map(include => include.value),
      env: config === root ? env : variablesOf(config.root.variables),
      jobs: [],
      error: config.error,
    };
    for (const [name, definition] of definitions) {
      if (definition.config !== config || name.startsWith('.')) continue;
      workflow.jobs.push(readJob(name, definition, definitions, defaults));
    }
    return workflow;
  });
}
