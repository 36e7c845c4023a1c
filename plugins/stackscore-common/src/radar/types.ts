import { z } from 'zod';
import type { GuidanceDocumentId } from '../catalogue/types';
import { usageMatcherSchema } from './usage';

/**
 * The four quadrants of the technology radar.
 *
 * @public
 */
export type RadarQuadrant =
  | 'languages-frameworks'
  | 'tools'
  | 'platforms'
  | 'techniques';

/**
 * The rings of the technology radar, from "use by default" to "do not start new work with it".
 *
 * @public
 */
export type RadarRing = 'adopt' | 'trial' | 'assess' | 'hold';

/**
 * The radar quadrants in display order, with their titles.
 *
 * @public
 */
export const radarQuadrants: ReadonlyArray<{
  id: RadarQuadrant;
  title: string;
}> = [
  { id: 'languages-frameworks', title: 'Languages & Frameworks' },
  { id: 'tools', title: 'Tools' },
  { id: 'platforms', title: 'Platforms' },
  { id: 'techniques', title: 'Techniques' },
];

/**
 * The radar rings from the centre outwards, with their titles and what each one asks of a team.
 *
 * @public
 */
export const radarRings: ReadonlyArray<{
  id: RadarRing;
  title: string;
  description: string;
}> = [
  {
    id: 'adopt',
    title: 'Adopt',
    description: 'The default choice; use it unless there is a reason not to.',
  },
  {
    id: 'trial',
    title: 'Trial',
    description:
      'Worth using on work that can absorb the risk; expect to report back.',
  },
  {
    id: 'assess',
    title: 'Assess',
    description:
      'Worth exploring to understand its fit; not for production yet.',
  },
  {
    id: 'hold',
    title: 'Hold',
    description: 'Do not start new work with it; plan to move away.',
  },
];

/**
 * A citation of a guidance document behind a radar entry or a stack-decision cell.
 *
 * @public
 */
export interface RadarReference {
  document: GuidanceDocumentId;
  /** Heading above the cited passage, or a descriptive label where the document lost its headings. */
  section: string;
  /** Lines of the document, e.g. `L11` or `L121-132`. */
  lines?: string;
}

/**
 * Guidance documents that disagree about an entry; the radar shows the ring the organisation chose
 * and keeps the disagreement visible.
 *
 * @public
 */
export interface RadarConflict {
  summary: string;
  references: RadarReference[];
  /** Other entries taking part in the disagreement (may be empty when it is about one entry's ring). */
  relatedEntryIds: string[];
}

/**
 * A radar entry as shipped in the seed.
 *
 * @public
 */
export interface RadarEntrySeed {
  /** Stable public id, kebab-case. */
  id: string;
  title: string;
  quadrant: RadarQuadrant;
  ring: RadarRing;
  /** One to three sentences, including the scope the ring applies to. */
  description: string;
  references: RadarReference[];
  conflict?: RadarConflict;
}

const radarQuadrantIds = [
  'languages-frameworks',
  'tools',
  'platforms',
  'techniques',
] as const satisfies readonly RadarQuadrant[];

const radarRingIds = [
  'adopt',
  'trial',
  'assess',
  'hold',
] as const satisfies readonly RadarRing[];

const guidanceDocumentIds = [
  'enterprise-stack-guide',
  'go-event-driven-principles',
  'backend-runtimes-by-constraints',
  'backend-language-comparison',
] as const satisfies readonly GuidanceDocumentId[];

/**
 * Schema of a radar quadrant id.
 *
 * @public
 */
export const radarQuadrantSchema = z.enum(radarQuadrantIds);

/**
 * Schema of a radar ring id.
 *
 * @public
 */
export const radarRingSchema = z.enum(radarRingIds);

/**
 * Schema of a {@link RadarReference} as written by users.
 *
 * @public
 */
export const radarReferenceSchema = z
  .object({
    document: z.enum(guidanceDocumentIds),
    section: z.string().trim().min(1).max(200),
    lines: z
      .string()
      .regex(/^L[1-9][0-9]{0,5}(-[1-9][0-9]{0,5})?$/, {
        message: "lines look like 'L11' or 'L121-132'",
      })
      .optional(),
  })
  .strict();

/**
 * Schema of a new radar entry; ids are public and never change, so they are checked strictly.
 *
 * @public
 */
export const radarEntryCreateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
      message:
        'id is 1–64 lower-case letters, digits and dashes, not starting with a dash',
    }),
    title: z.string().trim().min(1).max(120),
    quadrant: radarQuadrantSchema,
    ring: radarRingSchema,
    description: z.string().max(2000),
    references: z.array(radarReferenceSchema).max(20),
    usage: usageMatcherSchema.optional(),
  })
  .strict();

/**
 * A new radar entry.
 *
 * @public
 */
export type RadarEntryCreate = z.infer<typeof radarEntryCreateSchema>;

/**
 * Schema of a change to a radar entry. Moving an entry to another ring is a decision, so it carries
 * a reason (kept on the entry's timeline) and optionally the decision record behind it.
 *
 * @public
 */
export const radarEntryUpdateSchema = z
  .object({
    title: z.string().trim().min(1).max(120).optional(),
    quadrant: radarQuadrantSchema.optional(),
    ring: radarRingSchema.optional(),
    description: z.string().max(2000).optional(),
    references: z.array(radarReferenceSchema).max(20).optional(),
    usage: usageMatcherSchema.optional(),
    reason: z.string().max(1000).optional(),
    decisionId: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine(
    update =>
      update.ring === undefined ||
      (update.reason !== undefined && update.reason.trim() !== ''),
    { message: 'a ring move needs a reason', path: ['reason'] },
  );

/**
 * A change to a radar entry.
 *
 * @public
 */
export type RadarEntryUpdate = z.infer<typeof radarEntryUpdateSchema>;
