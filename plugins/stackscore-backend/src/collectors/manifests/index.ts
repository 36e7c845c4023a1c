export { ManifestsCollector } from './ManifestsCollector';
export { manifestFileKind } from './files';
