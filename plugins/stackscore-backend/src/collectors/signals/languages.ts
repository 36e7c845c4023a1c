import type { SignalLanguage } from './types';

const byExtension: Record<string, SignalLanguage> = {
  go: 'go',
  py: 'python',
  js: 'node',
  mjs: 'node',
  cjs: 'node',
  jsx: 'node',
  ts: 'node',
  mts: 'node',
  cts: 'node',
  tsx: 'node',
  vue: 'node',
  svelte: 'node',
  rs: 'rust',
  java: 'java',
  kt: 'java',
  kts: 'java',
  groovy: 'java',
  yaml: 'config',
  yml: 'config',
  properties: 'config',
  json: 'config',
  toml: 'config',
  conf: 'config',
  cfg: 'config',
  ini: 'config',
  tf: 'terraform',
  html: 'html',
};

/**
 * The signal language of a file, from its extension; undefined for files signals never scan.
 *
 * @internal
 */
export function signalLanguageOf(path: string): SignalLanguage | undefined {
  const base = path.split('/').pop() ?? '';
  if (base === 'package-lock.json' || base.endsWith('.lock')) return undefined;
  if (base.startsWith('.env')) return 'config';
  const dot = base.lastIndexOf('.');
  if (dot < 0) return undefined;
  return byExtension[base.slice(dot + 1).toLowerCase()];
}
