import type {
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { signalLanguageOf } from '../../collectors/signals/languages';

/*
 * Small readers of module settings shared by the security and supply-chain checks.
 */

/**
 * The modules of an ecosystem that could be parsed.
 *
 * @internal
 */
export function readableModules(
  facts: EntityFacts,
  ecosystem: ModuleFacts['ecosystem'],
): ModuleFacts[] {
  return facts.modules.filter(m => m.ecosystem === ecosystem && !m.error);
}

/**
 * The ecosystems the repository has modules (or detected files) for.
 *
 * @internal
 */
export function ecosystemsOf(facts: EntityFacts): ModuleFacts['ecosystem'][] {
  const all = new Set([
    ...facts.ecosystems,
    ...facts.modules.map(m => m.ecosystem),
  ]);
  return (['go', 'java', 'node', 'python', 'rust'] as const).filter(e =>
    all.has(e),
  );
}

/**
 * A Maven plugin's (or Gradle plugin's) configuration from `settings.plugins`, when the plugin is declared.
 * Plugins are keyed by artifactId (Maven) or plugin id (Gradle).
 *
 * @internal
 */
export function pluginConfig(
  module: ModuleFacts,
  ...names: string[]
): { name: string; config: unknown } | undefined {
  const plugins = module.settings.plugins;
  if (!plugins || typeof plugins !== 'object') return undefined;
  for (const [name, config] of Object.entries(plugins)) {
    const short = name.split(':').pop() ?? name;
    if (names.includes(name) || names.includes(short)) {
      return { name, config };
    }
  }
  return undefined;
}

/**
 * True when a configuration object mentions a word anywhere (keys or values).
 *
 * @internal
 */
export function mentions(config: unknown, word: string | RegExp): boolean {
  let text: string;
  try {
    text = JSON.stringify(config) ?? '';
  } catch {
    return false;
  }
  return typeof word === 'string' ? text.includes(word) : word.test(text);
}

/**
 * True when `dir` is the folder itself or one of its parents (`''` is the root).
 *
 * @internal
 */
export function isAncestorDir(ancestor: string, dir: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(`${ancestor}/`);
}

/**
 * Folder of a path (`''` for files at the root).
 *
 * @internal
 */
export function dirOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

/**
 * File name of a path.
 *
 * @internal
 */
export function baseNameOf(path: string): string {
  return path.split('/').pop() ?? path;
}

/**
 * Config files (by exact base name) in the module's folder or any parent folder, nearest first.
 *
 * @internal
 */
export function nearestConfigFiles(
  facts: EntityFacts,
  dir: string,
  names: readonly string[],
): { file: string; content: string }[] {
  return Object.entries(facts.configFiles)
    .filter(
      ([file]) =>
        names.includes(baseNameOf(file)) && isAncestorDir(dirOf(file), dir),
    )
    .sort(([a], [b]) => b.length - a.length)
    .map(([file, content]) => ({ file, content }));
}

/**
 * The module a file belongs to (of the file's own language when it has one): the deepest module folder containing it.
 *
 * @internal
 */
export function owningModule(
  facts: EntityFacts,
  file: string,
): ModuleFacts | undefined {
  const language = signalLanguageOf(file);
  const ecosystem = ['go', 'python', 'node', 'rust', 'java'].includes(
    language ?? '',
  )
    ? language
    : undefined;
  let best: ModuleFacts | undefined;
  for (const module of facts.modules) {
    if (!isAncestorDir(module.dir, dirOf(file))) continue;
    if (ecosystem && module.ecosystem !== ecosystem) continue;
    if (!best || module.dir.length > best.dir.length) best = module;
  }
  return best;
}

/**
 * True when a file is browser or build-tool code: it belongs to a Node package that is not a server
 * package (Semantics: "Server vs other packages"). Such files only count for the browser checks.
 *
 * @internal
 */
export function isNonServerNodeFile(facts: EntityFacts, file: string): boolean {
  const module = owningModule(facts, file);
  return module?.ecosystem === 'node' && !module.isServer;
}

/**
 * Dependencies declared by a module, by name, ignoring Go `// indirect` requirements.
 *
 * @internal
 */
export function declares(module: ModuleFacts, ...names: (string | RegExp)[]) {
  return module.dependencies.find(
    d =>
      !d.indirect &&
      names.some(n => (typeof n === 'string' ? d.name === n : n.test(d.name))),
  );
}
