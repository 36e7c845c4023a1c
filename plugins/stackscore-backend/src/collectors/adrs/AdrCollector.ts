import {
  isAdrPath,
  parseRepositoryAdr,
} from '@stackscore/plugin-stackscore-common';
import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from '../types';
import { readOrRecord } from '../types';
import { isAdrCandidate } from '../paths';

/** Backstage's ADR plugin annotation: where a repository keeps its decision records. */
const adrLocationAnnotation = 'backstage.io/adr-location';

/**
 * Finds the architecture decision records a repository keeps as markdown files (`docs/adr/`, `doc/adr/`,
 * `docs/decisions/` or the folder of the `backstage.io/adr-location` annotation) and records their title,
 * status and date under `facts.adrs`. A file that is not a readable ADR is listed with the reason.
 *
 * @internal
 */
export class AdrCollector implements RepositoryCollector {
  readonly id = 'adrs';

  wants(path: string): boolean {
    // Only the path is known here, not the entity's annotation: `collect` keeps the right folder.
    return isAdrCandidate(path);
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    const location = facts.catalog.annotations[adrLocationAnnotation];
    const adrs = [];
    for (const file of context.files) {
      if (!this.wants(file) || !isAdrPath(file, location)) continue;
      const text = await readOrRecord(context, facts, this.id, file);
      adrs.push(
        text === undefined
          ? {
              file,
              format: 'unknown' as const,
              error: 'the file could not be read',
            }
          : parseRepositoryAdr(file, text),
      );
    }
    facts.adrs = adrs;
  }
}
