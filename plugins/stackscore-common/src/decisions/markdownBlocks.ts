import { parse as parseYaml } from 'yaml';

/*
 * Just enough markdown structure to read ADR files: front matter, ATX headings and bullets, with
 * fenced code skipped so that a heading or bullet inside a code sample is never mistaken for
 * structure. Not a markdown renderer; rendering (and sanitising) happens in the frontend.
 */

/** @internal */
export interface FrontMatterSplit {
  /** YAML text between the delimiters; absent when the document has no front matter. */
  yaml?: string;
  body: string;
  /** True when the document opens a front matter block that is never closed. */
  unterminated?: boolean;
}

/**
 * Splits off a leading `---` … `---` (or `...`) block. Expects `\n` line endings.
 *
 * @internal
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (!/^---[ \t]*(?:\n|$)/.test(text)) return { body: text };
  const start = text.indexOf('\n') + 1;
  if (start === 0) return { body: text, unterminated: true };
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(start);
  const match = close.exec(rest);
  if (!match) return { body: text, unterminated: true };
  const afterClose = start + match.index + match[0].length;
  return {
    yaml: rest.slice(0, match.index),
    body: text.slice(afterClose).replace(/^\n/, ''),
  };
}

/**
 * Parses front matter YAML into a plain object, or returns an error message. Aliases are capped
 * by the `yaml` package, so a hostile file cannot expand without bound.
 *
 * @internal
 */
export function parseFrontMatter(
  yaml: string,
): { value: Record<string, unknown> } | { error: string } {
  let value: unknown;
  try {
    value = parseYaml(yaml, { logLevel: 'error', maxAliasCount: 50 });
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { error: `the front matter is not valid YAML: ${reason}` };
  }
  if (value === null || value === undefined) return { value: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { error: 'the front matter is not a YAML mapping' };
  }
  return { value: value as Record<string, unknown> };
}

/**
 * For every line, whether it belongs to a fenced code block (delimiters included). Fences may be
 * indented because they often sit inside list items.
 *
 * @internal
 */
export function fencedLines(lines: readonly string[]): boolean[] {
  const flags: boolean[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of lines) {
    if (!fence) {
      const open = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
      // A backtick fence's info string may not contain backticks; otherwise it is inline code.
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fence = { char: open[1][0], length: open[1].length };
        flags.push(true);
      } else {
        flags.push(false);
      }
      continue;
    }
    flags.push(true);
    const close = /^\s*(`{3,}|~{3,})[ \t]*$/.exec(line);
    if (
      close &&
      close[1][0] === fence.char &&
      close[1].length >= fence.length
    ) {
      fence = undefined;
    }
  }
  return flags;
}

/** @internal */
export interface Heading {
  level: number;
  /** Heading text without markers, closing hashes or HTML comments. */
  text: string;
}

/*
 * Trimming and comment removal are loops rather than regular expressions: patterns such as
 * /[ \t]+#+$/ backtrack quadratically on long runs, and imported files are untrusted.
 */

/**
 * Removes any of `chars` from the start and the end of `text`.
 *
 * @internal
 */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start])) start++;
  while (end > start && chars.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

/**
 * Removes complete `<!-- … -->` comments.
 *
 * @internal
 */
export function stripHtmlComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 3;
  }
  return out + text.slice(from);
}

/** Drops an ATX heading's closing sequence (` ##`), which must follow a space or stand alone. */
function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length) return text;
  if (end === 0) return '';
  return text[end - 1] === ' ' || text[end - 1] === '\t'
    ? text.slice(0, end)
    : text;
}

/**
 * Reads an ATX heading (`## Title`); setext headings are not used by ADR tools.
 *
 * @internal
 */
export function readHeading(line: string): Heading | undefined {
  // Greedy capture and trimming afterwards: a lazy capture before [ \t]*$ is quadratic.
  const match = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/.exec(line);
  if (!match) return undefined;
  const text = stripHtmlComments(
    stripClosingHashes((match[2] ?? '').trimEnd()),
  ).trim();
  return { level: match[1].length, text };
}

/**
 * Lower-cases and tidies a heading so section names match however they were typed.
 *
 * @internal
 */
export function headingKey(text: string): string {
  const lower = text.toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();
  let end = lower.length;
  while (end > 0 && (lower[end - 1] === ':' || lower[end - 1] === '.')) end--;
  return lower.slice(0, end).trim();
}

/**
 * Reads a bullet or numbered list item; returns its text.
 *
 * @internal
 */
export function readBullet(line: string): string | undefined {
  const match = /^ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]+(.*)|[ \t]*$)/.exec(line);
  return match ? (match[1] ?? '').trim() : undefined;
}

/**
 * Replaces markdown links `[text](target)` by their text, and drops HTML comments.
 *
 * @internal
 */
export function plainText(text: string): string {
  return stripHtmlComments(text)
    .replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads `* Label: value` or `Label: value` lines of ADR headers.
 *
 * @internal
 */
export function readLabelled(
  line: string,
): { label: string; value: string } | undefined {
  const match =
    /^ {0,3}(?:[*+-][ \t]+)?(?:\*\*)?([A-Za-z][A-Za-z -]{0,30}?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(.*)$/.exec(
      line,
    );
  if (!match) return undefined;
  return { label: headingKey(match[1]), value: match[2].trim() };
}

/**
 * A YAML scalar or date as text, for fields such as `date` that YAML 1.1 tools may type.
 *
 * @internal
 */
export function yamlText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  return undefined;
}
