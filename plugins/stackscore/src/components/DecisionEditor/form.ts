import {
  DecisionContent,
  DecisionCreateRequest,
  DecisionStatus,
  DecisionUpdateRequest,
  decisionContentFields,
  decisionCreateSchema,
  templateDecision,
} from '@stackscore/plugin-stackscore-common';

/**
 * One considered option as the editor holds it: pros and cons are one per line.
 *
 * @internal
 */
export interface OptionForm {
  /** React key only; never sent. */
  key: string;
  title: string;
  description: string;
  pros: string;
  cons: string;
}

/**
 * A decision as the editor holds it: list fields are text (one item per line, or separated by commas where
 * the items are short), so typing never fights the form; `toRequest` turns it into the API's shape.
 *
 * @internal
 */
export interface DecisionForm {
  title: string;
  status: DecisionStatus;
  date: string;
  context: string;
  /** One per line. */
  drivers: string;
  options: OptionForm[];
  outcome: string;
  /** Title of the chosen option, '' for none. */
  chosenOption: string;
  consequences: string;
  /** Separated by commas or lines. */
  deciders: string;
  /** Group entity ref, '' for the organisation. */
  team: string;
  /** Separated by commas or lines. */
  entities: string;
  radarEntries: string[];
  checks: string[];
  /** Separated by commas or lines. */
  tags: string;
  /** '' for none. */
  templateId: string;
}

let nextKey = 0;

/** A key unique within the page, so removing an option keeps the others' inputs (and focus) in place. */
function optionKey(): string {
  nextKey += 1;
  return `option-${nextKey}`;
}

/**
 * Today as `YYYY-MM-DD` in UTC, the way decision dates are stored.
 *
 * @internal
 */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * An empty proposed decision dated today.
 *
 * @internal
 */
export function blankDecision(
  scope: DecisionContent['scope'] = { entities: [] },
): DecisionContent {
  return {
    title: '',
    status: 'proposed',
    context: '',
    drivers: [],
    options: [],
    outcome: '',
    consequences: '',
    date: today(),
    deciders: [],
    scope,
    links: { radarEntries: [], checks: [] },
    tags: [],
  };
}

/**
 * An empty option.
 *
 * @internal
 */
export function blankOption(): OptionForm {
  return { key: optionKey(), title: '', description: '', pros: '', cons: '' };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map(item => item.trim())
    .filter(Boolean);

const items = (text: string) =>
  text
    .split(/[,\r\n]+/)
    .map(item => item.trim())
    .filter(Boolean);

/**
 * The editor's form for stored or prefilled content.
 *
 * @internal
 */
export function toForm(content: DecisionContent): DecisionForm {
  return {
    title: content.title,
    status: content.status,
    date: content.date,
    context: content.context,
    drivers: content.drivers.join('\n'),
    options: content.options.map(option => ({
      key: optionKey(),
      title: option.title,
      description: option.description ?? '',
      pros: option.pros.join('\n'),
      cons: option.cons.join('\n'),
    })),
    outcome: content.outcome,
    chosenOption: content.chosenOption ?? '',
    consequences: content.consequences,
    deciders: content.deciders.join(', '),
    team: content.scope.team ?? '',
    entities: content.scope.entities.join('\n'),
    radarEntries: [...content.links.radarEntries],
    checks: [...content.links.checks],
    tags: content.tags.join(', '),
    templateId: content.templateId ?? '',
  };
}

/**
 * What the form sends when creating a record: every field, optional ones only when set.
 *
 * @internal
 */
export function toRequest(form: DecisionForm): DecisionCreateRequest {
  const request: DecisionCreateRequest = {
    title: form.title,
    status: form.status,
    date: form.date,
    context: form.context,
    drivers: lines(form.drivers),
    options: form.options.map(option => ({
      title: option.title,
      ...(option.description.trim() ? { description: option.description } : {}),
      pros: lines(option.pros),
      cons: lines(option.cons),
    })),
    outcome: form.outcome,
    consequences: form.consequences,
    deciders: items(form.deciders),
    scope: {
      ...(form.team ? { team: form.team } : {}),
      entities: items(form.entities),
    },
    links: { radarEntries: form.radarEntries, checks: form.checks },
    tags: items(form.tags),
  };
  if (form.chosenOption) request.chosenOption = form.chosenOption;
  if (form.templateId) request.templateId = form.templateId;
  return request;
}

/**
 * The form as content for the live preview, without validation: what the record would look like if saved.
 *
 * @internal
 */
export function previewContent(form: DecisionForm): DecisionContent {
  const request = toRequest(form);
  return {
    ...blankDecision(),
    ...request,
    status: form.status,
    options: request.options?.map(option => ({ ...option })) ?? [],
  } as DecisionContent;
}

/**
 * One validation problem, with the path of the field it concerns (`title`, `options.1.title`).
 *
 * @internal
 */
export interface FormProblem {
  path: string;
  message: string;
}

const fieldNames: Record<string, string> = {
  title: 'Title',
  status: 'Status',
  date: 'Date',
  context: 'Context',
  drivers: 'Drivers',
  options: 'Options',
  outcome: 'Outcome',
  chosenOption: 'Chosen option',
  consequences: 'Consequences',
  deciders: 'Deciders',
  'scope.team': 'Team',
  'scope.entities': 'Entities',
  'links.radarEntries': 'Radar entries',
  'links.checks': 'Checks',
  tags: 'Tags',
  templateId: 'Template',
};

const itemNames: Record<string, string> = {
  drivers: 'Driver',
  deciders: 'Decider',
  'scope.entities': 'Entity',
  'links.radarEntries': 'Radar entry',
  'links.checks': 'Check',
  tags: 'Tag',
};

/** "Option 2 title", "Tag 1", "Entity 3": the field a path points at, as the form labels it. */
function describePath(path: PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'options' && parts.length > 1) {
    const option = `Option ${Number(parts[1]) + 1}`;
    if (parts[2] === 'pros' || parts[2] === 'cons') {
      const kind = parts[2] === 'pros' ? 'pro' : 'con';
      return parts[3] !== undefined
        ? `${option}, ${kind} ${Number(parts[3]) + 1}`
        : `${option} ${parts[2]}`;
    }
    // The option's title is labelled "name" in the form.
    if (parts[2] === 'title') return `${option} name`;
    return parts[2] ? `${option} ${parts[2]}` : option;
  }
  for (let n = parts.length; n > 0; n -= 1) {
    const prefix = parts.slice(0, n).join('.');
    const index = parts[n];
    if (index !== undefined && /^\d+$/.test(index) && itemNames[prefix]) {
      return `${itemNames[prefix]} ${Number(index) + 1}`;
    }
    if (fieldNames[prefix]) return fieldNames[prefix];
  }
  return parts.join('.');
}

/**
 * The form checked with the API's own schema, so the editor refuses what the backend would refuse and says
 * why in the same words. Returns the normalised request or the problems.
 *
 * @internal
 */
export function validate(
  form: DecisionForm,
):
  | { ok: true; content: DecisionContent }
  | { ok: false; problems: FormProblem[] } {
  const result = decisionCreateSchema.safeParse(toRequest(form));
  if (result.success) return { ok: true, content: result.data };
  return {
    ok: false,
    problems: result.error.issues.map(issue => {
      const path = issue.path.map(String).join('.');
      const field = describePath(issue.path);
      let message = issue.message;
      // Zod's generic wording for empty and overlong text; the schema's own messages are already readable.
      if (issue.code === 'too_small' && issue.origin === 'string') {
        message = 'must not be empty';
      } else if (issue.code === 'too_big' && issue.origin === 'string') {
        message = `must be at most ${issue.maximum} characters`;
      } else if (issue.code === 'too_big' && issue.origin === 'array') {
        message = `must have at most ${issue.maximum} entries`;
      }
      // Cross-field rules name the field in code style ("chosenOption must be …"); the label says it already.
      const key = String(issue.path[issue.path.length - 1] ?? '');
      if (key && message.startsWith(`${key} `)) {
        message = message.slice(key.length + 1);
      }
      return { path, message: `${field}: ${message}` };
    }),
  };
}

const contentKeys = decisionContentFields;

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields an edit changed relative to the version it started from, as an update request. Sending only
 * these means a field someone else changed meanwhile is not overwritten with the stale copy the form held.
 * Cleared optional fields are sent as `null`, which the API reads as "remove".
 *
 * @internal
 */
export function changedFields(
  base: DecisionContent,
  edited: DecisionContent,
  version: number,
): DecisionUpdateRequest {
  const update: DecisionUpdateRequest = { version };
  const target = update as Record<string, unknown>;
  for (const key of contentKeys) {
    if (same(base[key] ?? null, edited[key] ?? null)) continue;
    target[key] = edited[key] ?? null;
  }
  return update;
}

const formKeys = Object.keys(toForm(blankDecision())) as Array<
  keyof DecisionForm
>;

/** A form field's value without React keys, for comparing. */
function comparable(form: DecisionForm, key: keyof DecisionForm): unknown {
  const value = form[key];
  if (key === 'options') {
    return (value as OptionForm[]).map(({ key: _key, ...rest }) => rest);
  }
  return value;
}

/**
 * After a conflict: the latest stored version with the user's edits laid over it. A field the user changed
 * keeps the user's value; a field they left alone takes the latest value, so reloading never discards an
 * edit and never resurrects the stale text of a field someone else changed.
 *
 * @internal
 */
export function mergeEdits(
  form: DecisionForm,
  startedFrom: DecisionContent,
  latest: DecisionContent,
): DecisionForm {
  const before = toForm(startedFrom);
  const after = toForm(latest);
  const merged = { ...form } as Record<keyof DecisionForm, unknown>;
  for (const key of formKeys) {
    if (same(comparable(form, key), comparable(before, key))) {
      merged[key] = after[key];
    }
  }
  return merged as unknown as DecisionForm;
}

/**
 * Fields of the form the last applied template filled on its own, as it left them. Fields where the
 * template's text was added to the user's are absent: they hold the user's writing.
 *
 * @internal
 */
export type TemplateFields = Partial<
  Pick<DecisionForm, 'title' | 'context' | 'drivers' | 'options'>
>;

/**
 * Applies a decision template: its context, drivers and options, title and radar links. Text the user
 * wrote is never thrown away: a field still holding the previous template's text (or nothing) is replaced,
 * anything else keeps the user's text and gets the template's added after it.
 *
 * @internal
 */
export function applyTemplate(
  form: DecisionForm,
  templateId: string,
  previous: TemplateFields | undefined,
): { form: DecisionForm; applied: TemplateFields } {
  const template = toForm(templateDecision(templateId));
  const replaceable = (key: keyof TemplateFields) => {
    const current = form[key];
    const empty = Array.isArray(current)
      ? current.length === 0
      : !String(current).trim();
    const left = previous?.[key];
    return (
      empty ||
      (left !== undefined &&
        same(comparable(form, key), comparable({ ...form, [key]: left }, key)))
    );
  };
  const applied: TemplateFields = {};
  const next: DecisionForm = { ...form, templateId };
  if (replaceable('title')) {
    next.title = template.title;
    applied.title = next.title;
  }
  if (replaceable('context')) {
    next.context = template.context;
    applied.context = next.context;
  } else {
    next.context = `${form.context.trimEnd()}\n\n${template.context}`;
  }
  if (replaceable('drivers')) {
    next.drivers = template.drivers;
    applied.drivers = next.drivers;
  } else {
    next.drivers = `${form.drivers.trimEnd()}\n${template.drivers}`;
  }
  if (replaceable('options')) {
    next.options = template.options;
    applied.options = next.options;
  } else {
    next.options = [
      ...form.options,
      ...template.options.filter(
        option => !form.options.some(o => o.title === option.title),
      ),
    ];
  }
  next.radarEntries = Array.from(
    new Set([...form.radarEntries, ...template.radarEntries]),
  );
  if (
    next.chosenOption &&
    !next.options.some(option => option.title === next.chosenOption)
  ) {
    next.chosenOption = '';
  }
  return { form: next, applied };
}

/**
 * The written part of a stored record, without its bookkeeping.
 *
 * @internal
 */
export function contentOf(decision: DecisionContent): DecisionContent {
  const content: DecisionContent = {
    title: decision.title,
    status: decision.status,
    context: decision.context,
    drivers: decision.drivers,
    options: decision.options,
    outcome: decision.outcome,
    consequences: decision.consequences,
    date: decision.date,
    deciders: decision.deciders,
    scope: decision.scope,
    links: decision.links,
    tags: decision.tags,
  };
  if (decision.chosenOption !== undefined) {
    content.chosenOption = decision.chosenOption;
  }
  if (decision.templateId !== undefined) {
    content.templateId = decision.templateId;
  }
  return content;
}
