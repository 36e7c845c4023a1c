import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from '../types';
import { readOrRecord } from '../types';
import {
  isGithubActionPath,
  isGithubWorkflowPath,
  parseCompositeAction,
  parseGithubWorkflow,
} from './githubActions';
import {
  GitlabConfigFile,
  gitlabWorkflows,
  localIncludeFiles,
  readGitlabConfig,
} from './gitlab';

const gitlabRootFiles = ['.gitlab-ci.yml', '.gitlab-ci.yaml'];

/** Folders where local GitLab includes usually live; only files the root config includes are read. */
const gitlabIncludeFolders = new Set(['.gitlab', 'gitlab', 'ci', '.ci']);

/** A pipeline including more files than this is read only up to the limit. */
const maxGitlabFiles = 50;

function isYaml(path: string): boolean {
  return path.endsWith('.yml') || path.endsWith('.yaml');
}

/**
 * True for a file that may be part of a GitLab pipeline: the root config, `*.gitlab-ci.yml`, or YAML under a
 * CI folder that a local `include:` may name.
 *
 * @internal
 */
export function isGitlabCiPath(path: string): boolean {
  if (!isYaml(path)) return false;
  const parts = path.split('/');
  const base = parts[parts.length - 1];
  return (
    base.endsWith('.gitlab-ci.yml') ||
    base.endsWith('.gitlab-ci.yaml') ||
    parts.slice(0, -1).some(folder => gitlabIncludeFolders.has(folder))
  );
}

/**
 * Reads CI pipeline definitions: GitHub Actions workflows and composite actions, and the GitLab pipeline
 * with its local includes.
 *
 * @internal
 */
export class CiCollector implements RepositoryCollector {
  readonly id = 'ci';

  wants(path: string): boolean {
    return (
      isGithubWorkflowPath(path) ||
      isGithubActionPath(path) ||
      isGitlabCiPath(path)
    );
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    for (const file of context.files) {
      let workflow = isGithubWorkflowPath(file)
        ? parseGithubWorkflow
        : undefined;
      if (isGithubActionPath(file)) workflow = parseCompositeAction;
      if (!workflow) continue;
      const text = await readOrRecord(context, facts, this.id, file);
      if (text === undefined) continue;
      const parsed = workflow(file, text);
      if (parsed.error) {
        facts.errors.push({ collector: this.id, file, message: parsed.error });
      }
      facts.ci.push(parsed);
    }
    await this.collectGitlab(context, facts);
  }

  private async collectGitlab(
    context: CollectorContext,
    facts: FactsDraft,
  ): Promise<void> {
    const entry = gitlabRootFiles.find(file => context.files.includes(file));
    if (!entry) return;
    const configs: GitlabConfigFile[] = [];
    const queue = [entry];
    const seen = new Set(queue);
    while (queue.length > 0 && configs.length < maxGitlabFiles) {
      const file = queue.shift()!;
      const text = await readOrRecord(context, facts, this.id, file);
      if (text === undefined) continue;
      const config = readGitlabConfig(file, text);
      configs.push(config);
      for (const included of localIncludeFiles(config, context.files)) {
        if (seen.has(included) || !this.wants(included)) continue;
        seen.add(included);
        queue.push(included);
      }
    }
    if (configs[0]?.file !== entry) return;
    for (const workflow of gitlabWorkflows(configs)) {
      if (workflow.error) {
        facts.errors.push({
          collector: this.id,
          file: workflow.file,
          message: workflow.error,
        });
      }
      facts.ci.push(workflow);
    }
  }
}
