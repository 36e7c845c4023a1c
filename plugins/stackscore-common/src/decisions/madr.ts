import { stringify as stringifyYaml } from 'yaml';
import {
  fencedLines,
  headingKey,
  parseFrontMatter,
  plainText,
  readBullet,
  readHeading,
  readLabelled,
  splitFrontMatter,
  trimChars,
  yamlText,
} from './markdownBlocks';
import {
  decisionStatuses,
  normaliseDecisionMarkdown,
  type Decision,
  type DecisionContent,
  type DecisionOption,
  type DecisionStatus,
} from './types';

/*
 * MADR (https://adr.github.io/madr/) export and import. The export follows MADR 3/4: YAML front
 * matter, the standard section headings, "Chosen option: …, because …" and "Good/Bad, because …"
 * arguments. Stackscore-only fields (scope, links, template) go to "More Information" as labelled
 * bullets so the file stays readable in any repository, and so the import can restore them.
 *
 * The import is tolerant: MADR 2 bullet headers and Nygard-style sections are understood, and
 * anything without a field of its own is appended to the context rather than dropped.
 */

/**
 * What {@link toMadr} exports: decision content plus, for stored records, the bookkeeping worth
 * showing in the file.
 *
 * @public
 */
export type MadrExportInput = DecisionContent & {
  number?: number;
  supersedes?: string;
  supersededBy?: string;
};

/**
 * The result of {@link fromMadr}: the decision, and what could not be mapped exactly.
 *
 * @public
 */
export interface MadrImportResult {
  decision: DecisionContent;
  warnings: string[];
}

const headings = {
  context: 'Context and Problem Statement',
  drivers: 'Decision Drivers',
  options: 'Considered Options',
  outcome: 'Decision Outcome',
  consequences: 'Consequences',
  prosCons: 'Pros and Cons of the Options',
  more: 'More Information',
};

const info = {
  team: 'Team',
  entities: 'Entities',
  radarEntries: 'Radar entries',
  checks: 'Checks',
  template: 'Template',
  number: 'Number',
  supersedes: 'Supersedes',
  supersededBy: 'Superseded by',
};

type SectionKey =
  | 'context'
  | 'drivers'
  | 'options'
  | 'outcome'
  | 'consequences'
  | 'prosCons'
  | 'more'
  | 'status';

// Headings of MADR 2–4 and of Nygard's format, keyed as headingKey() spells them.
const sectionKeys: Record<string, SectionKey> = {
  'context and problem statement': 'context',
  context: 'context',
  'decision drivers': 'drivers',
  'considered options': 'options',
  'decision outcome': 'outcome',
  decision: 'outcome',
  consequences: 'consequences',
  'pros and cons of the options': 'prosCons',
  'more information': 'more',
  links: 'more',
  status: 'status',
};

const normalise = normaliseDecisionMarkdown;

function singleLine(text: string): string {
  return text
    .split(/[\r\n]+/)
    .map(part => part.trim())
    .filter(part => part !== '')
    .join(' ');
}

function bullets(items: string[]): string {
  return items.map(item => `* ${singleLine(item)}`).join('\n');
}

/** Text that would not read as the continuation of "…, because" on the same line. */
function startsWithBlock(text: string): boolean {
  return /^(?:[ \t]|#|>|[*+-](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3}|\||<|=)/.test(
    text,
  );
}

function outcomeBlock(decision: MadrExportInput): string {
  const outcome = normalise(decision.outcome);
  if (decision.chosenOption === undefined) return outcome;
  const chosen = `Chosen option: "${singleLine(decision.chosenOption)}"`;
  if (!outcome) return chosen;
  if (startsWithBlock(outcome)) return `${chosen}\n\n${outcome}`;
  return `${chosen}, because ${outcome}`;
}

/**
 * Renders a decision as a MADR 3/4 markdown document. User text is written as is; it is sanitised
 * where it is rendered, not here.
 *
 * @public
 */
export function toMadr(decision: MadrExportInput): string {
  const frontMatter: Record<string, unknown> = {
    status: decision.status,
    date: decision.date,
  };
  if (decision.deciders.length > 0) {
    frontMatter.deciders = decision.deciders.map(singleLine);
  }
  if (decision.tags.length > 0) {
    frontMatter.tags = decision.tags.map(singleLine);
  }
  const blocks = [
    `---\n${stringifyYaml(frontMatter, { lineWidth: 0 }).trimEnd()}\n---`,
    `# ${singleLine(decision.title)}`,
  ];
  const section = (heading: string, body: string) => {
    if (body) blocks.push(`## ${heading}`, body);
  };

  section(headings.context, normalise(decision.context));
  section(headings.drivers, bullets(decision.drivers));
  section(headings.options, bullets(decision.options.map(o => o.title)));

  const outcome = outcomeBlock(decision);
  const consequences = normalise(decision.consequences);
  if (outcome || consequences) {
    blocks.push(`## ${headings.outcome}`);
    if (outcome) blocks.push(outcome);
    if (consequences) blocks.push(`### ${headings.consequences}`, consequences);
  }

  const described = decision.options.filter(
    o => normalise(o.description ?? '') || o.pros.length || o.cons.length,
  );
  if (described.length > 0) {
    blocks.push(`## ${headings.prosCons}`);
    for (const o of described) {
      blocks.push(`### ${singleLine(o.title)}`);
      const description = normalise(o.description ?? '');
      if (description) blocks.push(description);
      const args = [
        ...o.pros.map(pro => `* Good, because ${singleLine(pro)}`),
        ...o.cons.map(con => `* Bad, because ${singleLine(con)}`),
      ];
      if (args.length > 0) blocks.push(args.join('\n'));
    }
  }

  const more: string[] = [];
  const add = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') more.push(`* ${label}: ${value}`);
  };
  add(info.team, decision.scope.team);
  add(info.entities, decision.scope.entities.join(', '));
  add(info.radarEntries, decision.links.radarEntries.join(', '));
  add(info.checks, decision.links.checks.join(', '));
  add(info.template, decision.templateId);
  add(info.number, decision.number);
  add(info.supersedes, decision.supersedes);
  add(info.supersededBy, decision.supersededBy);
  section(headings.more, more.join('\n'));

  return `${blocks.join('\n\n')}\n`;
}

interface Section {
  key: SectionKey | 'preamble' | undefined;
  heading: string;
  headingLine: string;
  lines: string[];
  fenced: boolean[];
}

function readList(section: Section): { items: string[]; rest: string } {
  const items: string[] = [];
  const rest: string[] = [];
  let open = false;
  section.lines.forEach((line, i) => {
    if (!section.fenced[i]) {
      const item = readBullet(line);
      if (item !== undefined) {
        open = item !== '';
        if (open) items.push(item);
        return;
      }
      if (open && /^[ \t]{2,}\S/.test(line)) {
        items[items.length - 1] += ` ${line.trim()}`;
        return;
      }
      if (line.trim() === '') {
        rest.push(line);
        return;
      }
    }
    open = false;
    rest.push(line);
  });
  return { items, rest: normalise(rest.join('\n')) };
}

/** `[Title](#anchor)` lists, common in MADR files, name the option by the link text. */
function optionTitle(item: string): string {
  const link = /^\[([^\]\n]+)\]\([^)\n]*\)$/.exec(item);
  return link ? link[1].trim() : item;
}

function looseKey(title: string): string {
  return trimChars(plainText(title), '"\'`*_').toLocaleLowerCase('en-US');
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const statusSynonyms: Record<string, DecisionStatus> = {
  approved: 'accepted',
  agreed: 'accepted',
  adopted: 'accepted',
  decided: 'accepted',
  done: 'accepted',
  draft: 'proposed',
  proposal: 'proposed',
  open: 'proposed',
  pending: 'proposed',
  declined: 'rejected',
  obsolete: 'deprecated',
  retired: 'deprecated',
  replaced: 'superseded',
};

function readStatus(
  raw: string | undefined,
  warnings: string[],
): DecisionStatus {
  const text = plainText(raw ?? '');
  if (!text) {
    warnings.push('The document has no status; it was imported as "proposed".');
    return 'proposed';
  }
  const word = /^[a-z]+/.exec(text.toLocaleLowerCase('en-US'))?.[0] ?? '';
  if ((decisionStatuses as readonly string[]).includes(word)) {
    return word as DecisionStatus;
  }
  if (statusSynonyms[word]) return statusSynonyms[word];
  warnings.push(`Unknown status "${text}"; it was imported as "proposed".`);
  return 'proposed';
}

function readTextList(value: unknown, separator: RegExp): string[] {
  if (Array.isArray(value)) {
    return value
      .map(item => yamlText(item))
      .filter((item): item is string => item !== undefined && item !== '');
  }
  const text = yamlText(value);
  if (text === undefined) return [];
  return text
    .split(separator)
    .map(item => item.trim())
    .filter(item => item !== '');
}

function readIds(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map(item => trimChars(item, '`'))
    .filter(item => item !== '');
}

/**
 * Splits the outcome section into the outcome proper and its consequences. Sub-headings before
 * "Consequences" (for example "Confirmation" in MADR 4) belong to the outcome, those after it to the
 * consequences; MADR 2's "Positive/Negative Consequences" keep their heading in the consequences.
 */
function splitOutcome(section: Section): {
  outcome: string;
  consequences: string[];
} {
  const outcome: string[] = [];
  const consequences: string[][] = [];
  let target = outcome;
  section.lines.forEach((line, i) => {
    const heading = section.fenced[i] ? undefined : readHeading(line);
    if (heading?.level === 3) {
      const key = headingKey(heading.text);
      if (key === 'consequences') {
        target = [];
        consequences.push(target);
        return;
      }
      if (key.endsWith(' consequences')) {
        target = [line];
        consequences.push(target);
        return;
      }
    }
    target.push(line);
  });
  return {
    outcome: normalise(outcome.join('\n')),
    consequences: consequences.map(lines => normalise(lines.join('\n'))),
  };
}

function readArguments(
  lines: string[],
  fenced: boolean[],
): { description: string; pros: string[]; cons: string[] } {
  const description: string[] = [];
  const pros: string[] = [];
  const cons: string[] = [];
  let last: string[] | undefined;
  lines.forEach((line, i) => {
    if (!fenced[i]) {
      const argument =
        /^ {0,3}[*+-][ \t]+(good|bad)\b,?[ \t]*because\b[ \t]?(.*)$/i.exec(
          line,
        );
      if (argument) {
        last = argument[1].toLocaleLowerCase('en-US') === 'good' ? pros : cons;
        last.push(argument[2].trim());
        return;
      }
      if (last && /^[ \t]{2,}\S/.test(line)) {
        last[last.length - 1] = `${
          last[last.length - 1]
        } ${line.trim()}`.trim();
        return;
      }
    }
    last = undefined;
    description.push(line);
  });
  return {
    description: normalise(description.join('\n')),
    pros: pros.filter(p => p !== ''),
    cons: cons.filter(c => c !== ''),
  };
}

function extractChosenOption(
  outcome: string,
  options: DecisionOption[],
  warnings: string[],
): { outcome: string; chosenOption?: string } {
  if (!/^chosen option/i.test(outcome)) return { outcome };
  const remainder = (rest: string): string | undefined => {
    if (rest === '' || /^[.,]?[ \t]*(?:\n|$)/.test(rest)) {
      return normalise(rest.replace(/^[.,]/, ''));
    }
    if (rest.startsWith(', because ')) return rest.slice(', because '.length);
    const because = /^,?[ \t]*because\b[ \t]*/i.exec(rest);
    return because ? normalise(rest.slice(because[0].length)) : undefined;
  };
  const byLength = [...options].sort((a, b) => b.title.length - a.title.length);
  for (const o of byLength) {
    const prefix = `Chosen option: "${o.title}"`;
    if (outcome.startsWith(prefix)) {
      const rest = remainder(outcome.slice(prefix.length));
      if (rest !== undefined) return { outcome: rest, chosenOption: o.title };
    }
  }
  // Other writers quote with bold or backticks, link the title, or leave it bare.
  const firstLine = outcome.split('\n', 1)[0];
  const loose =
    /^chosen option:?[ \t]*(?:"([^"\n]+)"|\*\*([^*\n]+)\*\*|`([^`\n]+)`|([^,\n]+))/i.exec(
      firstLine,
    );
  if (loose) {
    const named = loose[1] ?? loose[2] ?? loose[3] ?? loose[4];
    const match = options.find(o => looseKey(o.title) === looseKey(named));
    const rest = remainder(outcome.slice(loose[0].length));
    if (match && rest !== undefined) {
      return { outcome: rest, chosenOption: match.title };
    }
    warnings.push(
      `The chosen option "${plainText(
        named,
      )}" is not one of the considered options; the outcome was kept as written.`,
    );
  }
  return { outcome };
}

const headerLabels = new Set([
  'status',
  'date',
  'deciders',
  'decision-makers',
  'decision makers',
  'tags',
]);
const frontMatterKeys = new Set([
  'status',
  'date',
  'deciders',
  'decision-makers',
  'tags',
]);

/**
 * Reads a MADR document (MADR 2–4, with or without front matter; Nygard-style sections are
 * understood too). Tolerant: what has no field of its own is appended to the context and reported
 * in `warnings`. A missing date becomes `options.defaultDate`, or today (UTC).
 *
 * Throws when the document has no `# title` heading, since nothing identifies the decision then.
 *
 * @public
 */
export function fromMadr(
  markdown: string,
  options: { defaultDate?: string } = {},
): MadrImportResult {
  const warnings: string[] = [];
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  const split = splitFrontMatter(text);
  let front: Record<string, unknown> = {};
  if (split.unterminated) {
    warnings.push(
      'The front matter is not closed by a "---" line; it was read as text.',
    );
  } else if (split.yaml !== undefined) {
    const parsed = parseFrontMatter(split.yaml);
    if ('error' in parsed) {
      warnings.push(
        `${parsed.error[0].toUpperCase()}${parsed.error.slice(
          1,
        )}; it was ignored.`,
      );
    } else {
      front = parsed.value;
    }
  }
  const body = split.unterminated
    ? text.replace(/^---[^\n]*\n/, '')
    : split.body;
  const lines = body.split('\n');
  const fenced = fencedLines(lines);

  let titleIndex = -1;
  let title = '';
  for (let i = 0; i < lines.length && titleIndex < 0; i++) {
    const heading = fenced[i] ? undefined : readHeading(lines[i]);
    if (heading?.level === 1 && heading.text) {
      titleIndex = i;
      title = heading.text;
    }
  }
  if (titleIndex < 0) {
    throw new Error(
      'Cannot import the decision: the document has no "# title" heading',
    );
  }

  const preamble: Section = {
    key: 'preamble',
    heading: '',
    headingLine: '',
    lines: lines.slice(0, titleIndex),
    fenced: fenced.slice(0, titleIndex),
  };
  const sections: Section[] = [preamble];
  let current = preamble;
  for (let i = titleIndex + 1; i < lines.length; i++) {
    const heading = fenced[i] ? undefined : readHeading(lines[i]);
    if (heading && heading.level <= 2) {
      const key: SectionKey | undefined = sectionKeys[headingKey(heading.text)];
      // Headings inside the context are the author's own structure; keep them where they are.
      if (key === undefined && current.key === 'context') {
        current.lines.push(lines[i]);
        current.fenced.push(false);
        continue;
      }
      current = {
        key,
        heading: heading.text,
        headingLine: lines[i].trim(),
        lines: [],
        fenced: [],
      };
      sections.push(current);
      continue;
    }
    current.lines.push(lines[i]);
    current.fenced.push(fenced[i]);
  }

  const header = new Map<string, string>();
  const preambleText: string[] = [];
  const context: string[] = [];
  const appended: string[] = [];
  const append = (heading: string, content: string) => {
    if (!content) return;
    appended.push(`${heading}\n\n${content}`);
    warnings.push(
      `"${plainText(
        heading.replace(/^#+[ \t]*/, ''),
      )}" has no field of its own; it was appended to the context.`,
    );
  };
  const drivers: string[] = [];
  const considered: string[] = [];
  const outcomes: string[] = [];
  const consequences: string[] = [];
  const described: Array<{ title: string } & ReturnType<typeof readArguments>> =
    [];
  const more = new Map<string, string>();
  let statusSection: string | undefined;

  for (const section of sections) {
    const sectionText = () => normalise(section.lines.join('\n'));
    switch (section.key) {
      case 'preamble':
        section.lines.forEach((line, i) => {
          const labelled = section.fenced[i] ? undefined : readLabelled(line);
          if (labelled && headerLabels.has(labelled.label)) {
            header.set(labelled.label, labelled.value);
          } else {
            preambleText.push(line);
          }
        });
        break;
      case 'context':
        context.push(sectionText());
        break;
      case 'drivers': {
        const list = readList(section);
        drivers.push(...list.items);
        append(section.headingLine, list.rest);
        break;
      }
      case 'options': {
        const list = readList(section);
        considered.push(...list.items.map(optionTitle));
        append(section.headingLine, list.rest);
        break;
      }
      case 'outcome': {
        const parts = splitOutcome(section);
        if (parts.outcome) outcomes.push(parts.outcome);
        consequences.push(...parts.consequences);
        break;
      }
      case 'consequences':
        consequences.push(sectionText());
        break;
      case 'prosCons': {
        let chunk:
          | { title: string; lines: string[]; fenced: boolean[] }
          | undefined;
        const intro: string[] = [];
        const flush = () => {
          if (chunk) {
            described.push({
              title: chunk.title,
              ...readArguments(chunk.lines, chunk.fenced),
            });
          }
        };
        section.lines.forEach((line, i) => {
          const heading = section.fenced[i] ? undefined : readHeading(line);
          if (heading?.level === 3 && heading.text) {
            flush();
            chunk = { title: heading.text, lines: [], fenced: [] };
            return;
          }
          if (chunk) {
            chunk.lines.push(line);
            chunk.fenced.push(section.fenced[i]);
          } else {
            intro.push(line);
          }
        });
        flush();
        append(section.headingLine, normalise(intro.join('\n')));
        break;
      }
      case 'more': {
        const rest: string[] = [];
        section.lines.forEach((line, i) => {
          const labelled = section.fenced[i] ? undefined : readLabelled(line);
          const known = Object.entries(info).find(
            ([, label]) => labelled && headingKey(label) === labelled.label,
          );
          if (known && labelled) more.set(known[0], labelled.value);
          else rest.push(line);
        });
        append(section.headingLine, normalise(rest.join('\n')));
        break;
      }
      case 'status':
        statusSection ??= sectionText().split('\n', 1)[0];
        break;
      default:
        append(section.headingLine, sectionText());
        break;
    }
  }

  const intro = normalise(preambleText.join('\n'));
  const nygard = statusSection !== undefined;

  const decisionOptions: DecisionOption[] = [];
  const findOption = (name: string) =>
    decisionOptions.find(o => o.title === name) ??
    decisionOptions.find(o => looseKey(o.title) === looseKey(name));
  for (const name of considered) {
    if (findOption(name)) {
      warnings.push(`Option "${name}" is listed twice; it was imported once.`);
    } else {
      decisionOptions.push({ title: name, pros: [], cons: [] });
    }
  }
  for (const detail of described) {
    let target = findOption(detail.title);
    if (!target) {
      target = { title: detail.title, pros: [], cons: [] };
      decisionOptions.push(target);
    }
    target.pros.push(...detail.pros);
    target.cons.push(...detail.cons);
    if (detail.description) {
      target.description = target.description
        ? `${target.description}\n\n${detail.description}`
        : detail.description;
    }
  }

  const chosen = extractChosenOption(
    outcomes.join('\n\n'),
    decisionOptions,
    warnings,
  );

  const status = readStatus(
    yamlText(front.status) ?? header.get('status') ?? statusSection,
    warnings,
  );

  const rawDate = yamlText(front.date) ?? header.get('date');
  const dateText = rawDate ? plainText(rawDate).slice(0, 10) : undefined;
  let date: string;
  if (dateText && isIsoDate(dateText)) {
    date = dateText;
  } else {
    date = options.defaultDate ?? new Date().toISOString().slice(0, 10);
    warnings.push(
      rawDate
        ? `The date "${plainText(
            rawDate,
          )}" is not a YYYY-MM-DD date; ${date} was used.`
        : `The document has no date; ${date} was used.`,
    );
  }

  const frontDeciders = front.deciders ?? front['decision-makers'];
  const deciders =
    frontDeciders !== undefined
      ? readTextList(frontDeciders, /,/)
      : readTextList(
          header.get('deciders') ??
            header.get('decision-makers') ??
            header.get('decision makers'),
          /,/,
        ).map(plainText);
  const tags = readTextList(front.tags ?? header.get('tags'), /[\s,]+/);

  for (const key of Object.keys(front)) {
    if (!frontMatterKeys.has(key)) {
      warnings.push(
        `Front matter field "${key}" has no place in a decision record; it was ignored.`,
      );
    }
  }

  const scope: DecisionContent['scope'] = {
    entities: readIds(more.get('entities') ?? ''),
  };
  const team = readIds(more.get('team') ?? '')[0];
  if (team) scope.team = team;

  const decision: DecisionContent = {
    // adr-tools number their titles ("# 3. Use Kafka"); the number is not part of the title.
    title: nygard ? title.replace(/^\d+\.[ \t]+/, '') : title,
    status,
    context: [intro, ...context, ...appended]
      .filter(part => part !== '')
      .join('\n\n'),
    drivers,
    options: decisionOptions,
    outcome: chosen.outcome,
    consequences: consequences.filter(part => part !== '').join('\n\n'),
    date,
    deciders,
    scope,
    links: {
      radarEntries: readIds(more.get('radarEntries') ?? ''),
      checks: readIds(more.get('checks') ?? ''),
    },
    tags,
  };
  if (chosen.chosenOption !== undefined) {
    decision.chosenOption = chosen.chosenOption;
  }
  const template = readIds(more.get('template') ?? '')[0];
  if (template) decision.templateId = template;
  return { decision, warnings };
}

/**
 * The file name a MADR export is offered under, `NNNN-title.md`, the way ADR tools name their files.
 *
 * @public
 */
export function madrFileName(
  decision: Pick<Decision, 'number' | 'title'>,
): string {
  const slug = decision.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${String(decision.number).padStart(4, '0')}-${slug || 'decision'}.md`;
}
