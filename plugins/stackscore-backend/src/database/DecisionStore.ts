import type {
  Decision,
  DecisionContent,
  DecisionHistoryEntry,
  DecisionStatus,
} from '@stackscore/plugin-stackscore-common';

/**
 * Which decisions to list; every filter narrows.
 *
 * @internal
 */
export interface DecisionFilters {
  team?: string;
  entity?: string;
  radarEntry?: string;
  check?: string;
  status?: DecisionStatus;
  tag?: string;
  /** Words that must all appear in the title or text, case-insensitively. */
  text?: string;
}

/**
 * Who does a write and when.
 *
 * @internal
 */
export interface DecisionWriter {
  by: string;
  at: Date;
}

/**
 * Persistence of decision records. Every write is one transaction and appends to the record's history.
 *
 * @internal
 */
export interface DecisionStore {
  create(
    content: DecisionContent,
    writer: DecisionWriter & { action?: 'created' | 'imported' },
  ): Promise<Decision>;
  get(id: string): Promise<Decision | undefined>;
  /** Newest first; `cursor` continues after the last item of the previous page. */
  list(options: {
    filters: DecisionFilters;
    limit: number;
    cursor?: string;
  }): Promise<{ items: Decision[]; nextCursor?: string }>;
  /**
   * Applies changes made to `version`. Throws `ConflictError` when the record moved on since (nothing is
   * written), `NotFoundError` when there is no such record.
   */
  update(
    id: string,
    changes: Partial<DecisionContent>,
    version: number,
    writer: DecisionWriter,
  ): Promise<Decision>;
  /**
   * Records `replacement` as a new decision superseding `id` (seen at `version`), and marks `id` superseded;
   * both links and both history rows are written together or not at all.
   */
  supersede(
    id: string,
    version: number,
    replacement: DecisionContent,
    writer: DecisionWriter,
  ): Promise<{ superseded: Decision; replacement: Decision }>;
  history(id: string): Promise<DecisionHistoryEntry[] | undefined>;
}
