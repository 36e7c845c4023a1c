import {
  fencedLines,
  headingKey,
  parseFrontMatter,
  plainText,
  readHeading,
  readLabelled,
  splitFrontMatter,
  yamlText,
} from './markdownBlocks';
import type { RepositoryAdr } from './types';

/*
 * ADR files found in service repositories are listed, not imported, so this reads only what a list
 * shows (title, status, date, format) and never throws: a file that cannot be read is listed with
 * the reason, because hiding it would make a repository look like it has fewer decisions.
 */

/** ADR metadata sits at the top of a file; reading further only costs time on huge files. */
const SCAN_LIMIT = 200_000;
/** Long enough for any real title or status; keeps hostile files from bloating responses. */
const MAX_FIELD = 200;

// Headings only MADR uses; a file with any of them is MADR even without front matter.
const madrSections = new Set([
  'context and problem statement',
  'decision drivers',
  'considered options',
  'decision outcome',
  'pros and cons of the options',
]);
const nygardSections = new Set(['context', 'decision', 'consequences']);

function field(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const value = plainText(text);
  if (!value) return undefined;
  return value.length > MAX_FIELD ? `${value.slice(0, MAX_FIELD - 1)}…` : value;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) ||
      code === 0xfffd
    ) {
      control++;
    }
  }
  return control > sample.length * 0.05;
}

function unreadable(file: string, error: string): RepositoryAdr {
  return { file, format: 'unknown', error };
}

function parse(file: string, input: string): RepositoryAdr {
  if (typeof input !== 'string')
    return unreadable(file, 'the file is not text');
  const text = input
    .slice(0, SCAN_LIMIT)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (text.trim() === '') return unreadable(file, 'the file is empty');
  if (looksBinary(text)) {
    return unreadable(file, 'the file is not text (it contains binary data)');
  }

  const split = splitFrontMatter(text);
  if (split.unterminated) {
    return unreadable(file, 'the front matter is not closed by a "---" line');
  }
  let front: Record<string, unknown> | undefined;
  if (split.yaml !== undefined) {
    const parsed = parseFrontMatter(split.yaml);
    if ('error' in parsed) return unreadable(file, parsed.error);
    front = parsed.value;
  }

  const lines = split.body.split('\n');
  const fenced = fencedLines(lines);
  let title: string | undefined;
  const header = new Map<string, string>();
  const sections = new Map<string, string[]>();
  let section: string[] | undefined;
  lines.forEach((line, i) => {
    const heading = fenced[i] ? undefined : readHeading(line);
    if (heading && title === undefined) {
      if (heading.level === 1 && heading.text) title = heading.text;
      return;
    }
    if (heading && heading.level <= 2) {
      const key = headingKey(heading.text);
      section = sections.get(key) ?? [];
      if (!sections.has(key)) sections.set(key, section);
      return;
    }
    if (title === undefined) return;
    if (section) {
      section.push(line);
      return;
    }
    // Between the title and the first section: MADR 2 bullets and Nygard's "Date:" line.
    const labelled = fenced[i] ? undefined : readLabelled(line);
    if (labelled && !header.has(labelled.label)) {
      header.set(labelled.label, labelled.value);
    }
  });
  if (title === undefined) {
    return unreadable(file, 'the file has no "# title" heading');
  }

  const statusSection = sections
    .get('status')
    ?.map(line => line.trim())
    .find(line => line !== '');
  const status = field(
    yamlText(front?.status) ?? header.get('status') ?? statusSection,
  );
  const date = field(yamlText(front?.date) ?? header.get('date'));

  const keys = [...sections.keys()];
  let format: RepositoryAdr['format'] = 'unknown';
  if (
    front !== undefined ||
    header.has('status') ||
    keys.some(key => madrSections.has(key))
  ) {
    format = 'madr';
  } else if (
    sections.has('status') ||
    (header.has('date') && keys.some(key => nygardSections.has(key)))
  ) {
    format = 'nygard';
  }

  const adr: RepositoryAdr = { file, format, title: field(title) };
  if (status) adr.status = status;
  if (date) adr.date = date;
  return adr;
}

/**
 * Reads the title, status and date of an ADR file from a repository and detects whether it is MADR
 * or Nygard style. Never throws: a file that cannot be read comes back with format `unknown` and
 * an `error` saying why.
 *
 * @public
 */
export function parseRepositoryAdr(file: string, text: string): RepositoryAdr {
  try {
    return parse(file, text);
  } catch (e) {
    return unreadable(
      file,
      `the file could not be read: ${
        e instanceof Error ? e.message : String(e)
      }`,
    );
  }
}

const defaultAdrFolders = ['docs/adr', 'doc/adr', 'docs/decisions'];

const excludedNames = new Set(['readme', 'index', 'template', 'adr-template']);

/** Repository-relative folder of a path, without `./` and surrounding slashes; undefined if it escapes the repository. */
function folderOf(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.join('/');
}

/**
 * Whether a repository path is an ADR file: a markdown file directly inside `docs/adr`, `doc/adr`,
 * `docs/decisions` or the folder named by the `backstage.io/adr-location` annotation (relative to
 * the repository root), other than README, index and template files.
 *
 * @public
 */
export function isAdrPath(path: string, adrLocation?: string): boolean {
  const normalised = folderOf(path);
  if (!normalised) return false;
  const slash = normalised.lastIndexOf('/');
  const folder = slash < 0 ? '' : normalised.slice(0, slash);
  const name = normalised.slice(slash + 1);
  const extension = /\.(md|markdown)$/i.exec(name);
  if (!extension) return false;
  const stem = name.slice(0, extension.index).toLocaleLowerCase('en-US');
  if (excludedNames.has(stem) || /^0+-.*template/.test(stem)) return false;

  if (defaultAdrFolders.includes(folder.toLocaleLowerCase('en-US')))
    return true;
  if (adrLocation === undefined || /^[a-z][a-z0-9+.-]*:/i.test(adrLocation)) {
    return false;
  }
  const location = folderOf(adrLocation);
  return location !== undefined && location === folder;
}
