export { UpdateBotsCollector } from './UpdateBotsCollector';
export {
  parseDependabot,
  parseRenovateConfig,
  renovateFromPackageJson,
  stripJsonComments,
} from './parseBots';
