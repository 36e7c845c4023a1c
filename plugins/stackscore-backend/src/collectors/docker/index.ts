export { DockerfilesCollector } from './DockerfilesCollector';
export { parseDockerfile } from './parseDockerfile';
export { splitImageReference, substituteVariables } from './imageReference';
