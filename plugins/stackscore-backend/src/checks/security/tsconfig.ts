import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { baseNameOf, dirOf } from '../supplyChain/manifests';

/**
 * Parses JSON with comments and trailing commas (tsconfig.json, biome.jsonc); undefined when unreadable.
 *
 * @internal
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const next = text[i + 1];
    if (inString) {
      out += char;
      if (char === '\\') {
        out += next ?? '';
        i++;
      } else if (char === '"') {
        inString = false;
      }
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (char === '/' && next === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else {
      out += char;
    }
  }
  // Trailing commas: a comma followed only by whitespace before a closing bracket.
  let cleaned = '';
  inString = false;
  for (let i = 0; i < out.length; i++) {
    const char = out[i];
    if (inString) {
      cleaned += char;
      if (char === '\\') {
        cleaned += out[i + 1] ?? '';
        i++;
      } else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (char === ',') {
      let j = i + 1;
      while (j < out.length && /\s/.test(out[j])) j++;
      if (out[j] === '}' || out[j] === ']') continue;
    }
    cleaned += char;
  }
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

function joinPath(dir: string, relative: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * Whether a tsconfig turns on `strict`, following `extends` into files of the repository and trusting
 * shared configs whose name says strict (`@tsconfig/strictest`). Undefined when it cannot be read.
 *
 * @internal
 */
export function tsconfigStrict(
  facts: EntityFacts,
  file: string,
  depth = 0,
): boolean | undefined {
  const content = facts.configFiles[file];
  if (content === undefined || depth > 5) return undefined;
  const parsed = parseJsonc(content) as
    | { compilerOptions?: { strict?: unknown }; extends?: unknown }
    | undefined;
  if (!parsed || typeof parsed !== 'object') return undefined;
  if (typeof parsed.compilerOptions?.strict === 'boolean') {
    return parsed.compilerOptions.strict;
  }
  let parents: unknown[] = [];
  if (Array.isArray(parsed.extends)) parents = parsed.extends;
  else if (parsed.extends) parents = [parsed.extends];
  // With several bases, later ones override earlier ones.
  for (const parent of [...parents].reverse()) {
    if (typeof parent !== 'string') continue;
    if (parent.startsWith('.')) {
      let target = joinPath(dirOf(file), parent);
      if (!target.endsWith('.json')) target += '.json';
      const strict = tsconfigStrict(facts, target, depth + 1);
      if (strict !== undefined) return strict;
    } else if (
      /strict/i.test(parent) ||
      parent.startsWith('@backstage/cli/config/tsconfig')
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The tsconfig files that govern a package folder: its own `tsconfig*.json`, else the nearest parent's.
 *
 * @internal
 */
export function tsconfigsFor(facts: EntityFacts, dir: string): string[] {
  const all = Object.keys(facts.configFiles).filter(f =>
    /^tsconfig(\..+)?\.json$/.test(baseNameOf(f)),
  );
  const candidates = all.filter(f => baseNameOf(f) === 'tsconfig.json');
  for (let current = dir; ; current = dirOf(current)) {
    const folder = current;
    const here = candidates.filter(f => dirOf(f) === folder);
    if (here.length > 0) return here;
    if (folder === '') return [];
  }
}
