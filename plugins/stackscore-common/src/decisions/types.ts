import { z } from 'zod';
import {
  checkIdSchema as checkId,
  entityRefSchema as entityRef,
  groupRefSchema as groupRef,
  isoDateSchema,
  tagSchema as tag,
} from '../schemas/fields';

/**
 * Lifecycle of an architecture decision record. `superseded` is reached through the supersede
 * action, so a superseded record always points at its successor.
 *
 * @public
 */
export type DecisionStatus =
  | 'proposed'
  | 'accepted'
  | 'rejected'
  | 'deprecated'
  | 'superseded';

const decisionStatusIds = [
  'proposed',
  'accepted',
  'rejected',
  'deprecated',
  'superseded',
] as const satisfies readonly DecisionStatus[];

/**
 * Decision statuses in lifecycle order, for filters and pickers.
 *
 * @public
 */
export const decisionStatuses: ReadonlyArray<DecisionStatus> =
  decisionStatusIds;

/**
 * One option a decision weighed, with the arguments for and against it.
 *
 * @public
 */
export interface DecisionOption {
  /** Unique within the decision; {@link DecisionContent.chosenOption} refers to it. */
  title: string;
  /** Markdown. */
  description?: string;
  pros: string[];
  cons: string[];
}

/**
 * Who a decision belongs to and which catalog entities it governs.
 *
 * @public
 */
export interface DecisionScope {
  /** Group entity ref, e.g. `group:default/payments`; absent for organisation-wide decisions. */
  team?: string;
  /** Entity refs, e.g. `component:default/orders-api`. */
  entities: string[];
}

/**
 * What a decision is linked to elsewhere in Stackscore.
 *
 * @public
 */
export interface DecisionLinks {
  /** Radar entry ids. */
  radarEntries: string[];
  /** Check ids, e.g. `security.sast-in-ci`. */
  checks: string[];
}

/**
 * The part of a decision record its authors write; everything else is bookkeeping.
 *
 * @public
 */
export interface DecisionContent {
  title: string;
  status: DecisionStatus;
  /** Markdown: the situation and the problem to solve. */
  context: string;
  /** The forces and concerns the options are judged by. */
  drivers: string[];
  options: DecisionOption[];
  /** Markdown: the decision and why it beat the other options. */
  outcome: string;
  /** Title of the chosen entry of {@link DecisionContent.options}. */
  chosenOption?: string;
  /** Markdown. */
  consequences: string;
  /** `YYYY-MM-DD` on which the decision was made or last revised. */
  date: string;
  /** User entity refs or plain names. */
  deciders: string[];
  scope: DecisionScope;
  links: DecisionLinks;
  tags: string[];
  /** Id of the decision template the record started from. */
  templateId?: string;
}

/**
 * Every field of {@link DecisionContent}, in a fixed order (for change lists and partial updates).
 *
 * @public
 */
export const decisionContentFields = [
  'title',
  'status',
  'context',
  'drivers',
  'options',
  'outcome',
  'chosenOption',
  'consequences',
  'date',
  'deciders',
  'scope',
  'links',
  'tags',
  'templateId',
] as const satisfies ReadonlyArray<keyof DecisionContent>;

/**
 * A stored decision record.
 *
 * @public
 */
export interface Decision extends DecisionContent {
  /** UUID. */
  id: string;
  /** Sequence number within {@link Decision.scopeKey}, starting at 1; never reused. */
  number: number;
  /** The team ref the record is numbered under, or `'org'` for organisation-wide records. */
  scopeKey: string;
  /** Id of the record this one replaced. */
  supersedes?: string;
  /** Id of the record that replaced this one. */
  supersededBy?: string;
  /** Incremented on every change; updates must name the version they were based on. */
  version: number;
  createdBy: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  updatedBy: string;
  /** ISO 8601 timestamp. */
  updatedAt: string;
}

/**
 * What happened to a decision in one history step.
 *
 * @public
 */
export type DecisionHistoryAction =
  | 'created'
  | 'updated'
  | 'superseded'
  | 'imported';

/**
 * One version of a decision record, kept so reviewers can see how a decision evolved.
 *
 * @public
 */
export interface DecisionHistoryEntry {
  version: number;
  /** ISO 8601 timestamp. */
  at: string;
  /** User entity ref of whoever made the change. */
  by: string;
  action: DecisionHistoryAction;
  /** Names of the {@link DecisionContent} fields that changed in this step. */
  changes: string[];
  /** The content as it was after this step. */
  snapshot: DecisionContent;
}

/** Longest markdown field; enough for a thorough record, short enough to keep rows small. */
const MAX_MARKDOWN = 20_000;
/** Most entries in any list field, so a record stays reviewable. */
const MAX_ITEMS = 50;

/**
 * Normalises a markdown field of a decision. Line endings and surrounding blank lines carry no
 * meaning, and removing them keeps stored text identical to what an exported and re-imported MADR
 * file yields. Indentation of the first line is kept because it can start an indented code block.
 *
 * @public
 */
export function normaliseDecisionMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

const markdown = z
  .string()
  .max(MAX_MARKDOWN)
  .overwrite(normaliseDecisionMarkdown);

/** Titles and list items are single lines because MADR renders them as headings and bullets. */
function line(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\r\n]*$/, { message: 'must be a single line' });
}

function list<T extends z.ZodType>(item: T) {
  return z.array(item).max(MAX_ITEMS);
}

const radarEntryId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  message: 'must be a radar entry id (lower-case letters, digits and dashes)',
});

const templateId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  message: 'must be a template id (lower-case letters, digits and dashes)',
});

const baseVersion = z
  .number({
    error: issue =>
      issue.input === undefined
        ? 'version is required: the version of the decision the change is based on'
        : 'version must be a whole number of at least 1',
  })
  .int({ message: 'version must be a whole number of at least 1' })
  .min(1, { message: 'version must be a whole number of at least 1' });

/**
 * Schema of a decision status.
 *
 * @public
 */
export const decisionStatusSchema = z.enum(decisionStatusIds);

/**
 * Schema of a {@link DecisionOption}.
 *
 * @public
 */
export const decisionOptionSchema = z
  .object({
    title: line(200),
    description: markdown.optional(),
    pros: list(line(1000)),
    cons: list(line(1000)),
  })
  .strict();

/**
 * Schema of a {@link DecisionScope}.
 *
 * @public
 */
export const decisionScopeSchema = z
  .object({
    team: groupRef.optional(),
    entities: list(entityRef),
  })
  .strict();

const linksSchema = z
  .object({
    radarEntries: list(radarEntryId),
    checks: list(checkId),
  })
  .strict();

const contentShape = {
  title: line(200),
  status: decisionStatusSchema,
  context: markdown,
  drivers: list(line(1000)),
  options: list(decisionOptionSchema),
  outcome: markdown,
  chosenOption: line(200).optional(),
  consequences: markdown,
  date: isoDateSchema,
  deciders: list(line(200)),
  scope: decisionScopeSchema,
  links: linksSchema,
  tags: list(tag),
  templateId: templateId.optional(),
};

/** Cross-field rules shared by every schema that yields complete content. */
function checkOptions(
  content: { options?: Array<{ title: string }>; chosenOption?: string },
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  (content.options ?? []).forEach((option, index) => {
    const key = option.title.toLocaleLowerCase('en-US');
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        message: `option titles must be unique; "${option.title}" appears twice`,
        path: ['options', index, 'title'],
      });
    }
    seen.add(key);
  });
  if (
    content.chosenOption !== undefined &&
    !(content.options ?? []).some(o => o.title === content.chosenOption)
  ) {
    ctx.addIssue({
      code: 'custom',
      message: 'chosenOption must be the title of one of the options',
      path: ['chosenOption'],
    });
  }
}

/**
 * Schema of complete {@link DecisionContent}: unknown fields are rejected, entity refs are
 * lower-cased, markdown is stripped of surrounding blank lines.
 *
 * @public
 */
export const decisionContentSchema = z
  .object(contentShape)
  .strict()
  .superRefine(checkOptions);

/**
 * Schema of a new decision. Only the title and date are required; a new record is `proposed`
 * unless it says otherwise, and omitted lists start empty.
 *
 * @public
 */
export const decisionCreateSchema = z
  .object({
    ...contentShape,
    status: decisionStatusSchema.default('proposed'),
    context: markdown.default(''),
    drivers: list(line(1000)).default([]),
    options: list(decisionOptionSchema).default([]),
    outcome: markdown.default(''),
    consequences: markdown.default(''),
    deciders: list(line(200)).default([]),
    scope: decisionScopeSchema.default({ entities: [] }),
    links: linksSchema.default({ radarEntries: [], checks: [] }),
    tags: list(tag).default([]),
  })
  .strict()
  .superRefine(checkOptions);

/**
 * A new decision as sent by a client.
 *
 * @public
 */
export type DecisionCreateRequest = z.input<typeof decisionCreateSchema>;

/**
 * Schema of a change to a decision. Fields left out keep their value; `null` clears the optional
 * `chosenOption` and `templateId`. `version` is the version the change was based on, so a change made
 * on a stale copy is refused instead of silently overwriting someone else's edit.
 *
 * @public
 */
export const decisionUpdateSchema = z
  .object({
    title: contentShape.title.optional(),
    status: contentShape.status.optional(),
    context: contentShape.context.optional(),
    drivers: contentShape.drivers.optional(),
    options: contentShape.options.optional(),
    outcome: contentShape.outcome.optional(),
    chosenOption: contentShape.chosenOption.unwrap().nullable().optional(),
    consequences: contentShape.consequences.optional(),
    date: contentShape.date.optional(),
    deciders: contentShape.deciders.optional(),
    scope: contentShape.scope.optional(),
    links: contentShape.links.optional(),
    tags: contentShape.tags.optional(),
    templateId: contentShape.templateId.unwrap().nullable().optional(),
    version: baseVersion,
  })
  .strict();

/**
 * A change to a decision as sent by a client.
 *
 * @public
 */
export type DecisionUpdateRequest = z.input<typeof decisionUpdateSchema>;

/**
 * Schema of superseding a decision: the replacement record, and the version of the record being
 * replaced (so two people cannot supersede the same record at once).
 *
 * @public
 */
export const decisionSupersedeSchema = z
  .object({
    decision: decisionCreateSchema,
    version: baseVersion,
  })
  .strict();

/**
 * A supersede request as sent by a client.
 *
 * @public
 */
export type DecisionSupersedeRequest = z.input<typeof decisionSupersedeSchema>;

/**
 * Schema of importing a MADR document; `scope` places the imported record, since MADR files do
 * not say which team they belong to.
 *
 * @public
 */
export const decisionImportSchema = z
  .object({
    markdown: z.string().min(1).max(100_000),
    scope: decisionScopeSchema.optional(),
  })
  .strict();

/**
 * An import request as sent by a client.
 *
 * @public
 */
export type DecisionImportRequest = z.input<typeof decisionImportSchema>;

/**
 * Schema of the query string of the decision list. Values arrive as strings, so `limit` is coerced.
 *
 * @public
 */
export const decisionListQuerySchema = z
  .object({
    team: groupRef.optional(),
    entity: entityRef.optional(),
    status: decisionStatusSchema.optional(),
    tag: z.string().trim().min(1).max(63).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().min(1).max(500).optional(),
  })
  .strict();

/**
 * Parsed query of the decision list.
 *
 * @public
 */
export type DecisionListQuery = z.output<typeof decisionListQuerySchema>;

/**
 * A decision as returned by the API.
 *
 * @public
 */
export type DecisionResponse = Decision;

/**
 * One page of decisions; `nextCursor` is absent on the last page.
 *
 * @public
 */
export interface DecisionListResponse {
  items: DecisionResponse[];
  nextCursor?: string;
}

/**
 * The versions of one decision, oldest first.
 *
 * @public
 */
export interface DecisionHistoryResponse {
  items: DecisionHistoryEntry[];
}

/**
 * The result of importing a MADR document: the stored record and what the importer could not map.
 *
 * @public
 */
export interface DecisionImportResponse {
  decision: DecisionResponse;
  warnings: string[];
}

/**
 * An ADR file found in a service's repository. Such files are shown, never edited, so only what a
 * list needs is extracted; `error` says why a file could not be read as an ADR.
 *
 * @public
 */
export interface RepositoryAdr {
  /** Path of the file within the repository. */
  file: string;
  title?: string;
  /** Status as written in the file, e.g. `Accepted` or `Superseded by 3. Use Kafka`. */
  status?: string;
  date?: string;
  format: 'madr' | 'nygard' | 'unknown';
  error?: string;
}

/**
 * The decisions that concern one catalog entity: records kept in Stackscore and ADR files from its
 * repository. `repositoryProblem` explains why the repository could not be read, if it could not.
 *
 * @public
 */
export interface EntityDecisionsResponse {
  decisions: DecisionResponse[];
  repository: RepositoryAdr[];
  repositoryProblem?: string;
}
