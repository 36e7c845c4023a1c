import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from '../types';
import { readOrRecord } from '../types';
import {
  parseDependabot,
  parseRenovateConfig,
  renovateFromPackageJson,
} from './parseBots';

const dependabotFiles = ['.github/dependabot.yml', '.github/dependabot.yaml'];

/** Renovate's own search order for a repository config; the first found wins. */
const renovateFiles = [
  'renovate.json',
  'renovate.json5',
  '.github/renovate.json',
  '.github/renovate.json5',
  '.gitlab/renovate.json',
  '.gitlab/renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.renovaterc.json5',
];

/** A bot configuration carrying why it could not be used, so checks can answer error instead of judging it. */
function withError<T extends object>(
  value: T,
  error: string | undefined,
): T & { error?: string } {
  return error ? { ...value, error } : value;
}

/**
 * Reads the dependency update bots configured: Dependabot and Renovate (including `package.json#renovate`).
 *
 * @internal
 */
export class UpdateBotsCollector implements RepositoryCollector {
  readonly id = 'update-bots';

  wants(path: string): boolean {
    return (
      dependabotFiles.includes(path) ||
      renovateFiles.includes(path) ||
      path === 'package.json'
    );
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    const dependabot = dependabotFiles.find(f => context.files.includes(f));
    if (dependabot) {
      const text = await readOrRecord(context, facts, this.id, dependabot);
      if (text !== undefined) {
        const parsed = parseDependabot(dependabot, text);
        facts.updateBots.dependabot = withError(parsed.value, parsed.error);
        this.recordError(facts, dependabot, parsed.error);
      }
    }
    await this.collectRenovate(context, facts);
  }

  private async collectRenovate(
    context: CollectorContext,
    facts: FactsDraft,
  ): Promise<void> {
    const file = renovateFiles.find(f => context.files.includes(f));
    if (file) {
      const text = await readOrRecord(context, facts, this.id, file);
      if (text === undefined) return;
      const parsed = parseRenovateConfig(text);
      facts.updateBots.renovate = withError(
        { file, config: parsed.value },
        parsed.error,
      );
      this.recordError(facts, file, parsed.error);
      return;
    }
    if (!context.files.includes('package.json')) return;
    const text = await readOrRecord(context, facts, this.id, 'package.json');
    const config =
      text === undefined ? undefined : renovateFromPackageJson(text);
    if (config) facts.updateBots.renovate = { file: 'package.json', config };
  }

  private recordError(facts: FactsDraft, file: string, error?: string) {
    if (error) facts.errors.push({ collector: this.id, file, message: error });
  }
}
