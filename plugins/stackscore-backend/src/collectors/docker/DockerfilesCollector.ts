import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from '../types';
import { readOrRecord } from '../types';
import { isInScopeDockerfile, isProductionDockerfile } from '../paths';
import { parseDockerfile } from './parseDockerfile';

/**
 * Reads every in-scope Dockerfile (outside excluded folders and `.devcontainer/`) into `facts.dockerfiles`.
 *
 * @internal
 */
export class DockerfilesCollector implements RepositoryCollector {
  readonly id = 'dockerfiles';

  wants(path: string): boolean {
    return isInScopeDockerfile(path);
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    for (const file of context.files) {
      if (!this.wants(file)) continue;
      const text = await readOrRecord(context, facts, this.id, file);
      const production = isProductionDockerfile(file);
      if (text === undefined) {
        facts.dockerfiles.push({
          file,
          production,
          stages: [],
          globalArgs: {},
          error: 'could not be read',
        });
        continue;
      }
      const parsed = parseDockerfile(file, text, production);
      if (parsed.error) {
        facts.errors.push({ collector: this.id, file, message: parsed.error });
      }
      facts.dockerfiles.push(parsed);
    }
  }
}
