export { CiCollector, isGitlabCiPath } from './CiCollector';
export {
  conditionTriggers,
  githubTriggers,
  parseCompositeAction,
  parseGithubWorkflow,
} from './githubActions';
export { gitlabWorkflows, localIncludeFiles, readGitlabConfig } from './gitlab';
