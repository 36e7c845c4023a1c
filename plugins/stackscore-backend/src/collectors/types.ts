import type { EntityFacts } from '@stackscore/plugin-stackscore-common';

/**
 * Facts under construction: collectors fill their own part and record unreadable files in `errors`.
 *
 * @internal
 */
export type FactsDraft = EntityFacts;

/**
 * What a repository collector can see: the in-scope file list and the files it asked for.
 *
 * @internal
 */
export interface CollectorContext {
  /** In-scope files, sorted; excluded folders are already left out. */
  files: readonly string[];
  /** Reads a file the collector wants; throws with a clear message on limits or I/O errors. */
  readText(path: string): Promise<string>;
}

/**
 * Turns repository files into one family of facts. A collector never throws for bad input: it records an
 * error with the file and reason in `facts.errors` (and on the affected fact) and goes on.
 *
 * @internal
 */
export interface RepositoryCollector {
  /** Kebab-case id, used as `collector` in recorded errors. */
  readonly id: string;
  /** Which files this collector reads, decided from the path alone. */
  wants(path: string): boolean;
  collect(context: CollectorContext, facts: FactsDraft): Promise<void>;
}

/**
 * Reads a file for a collector, recording a failure as a fact error instead of throwing.
 *
 * @internal
 */
export async function readOrRecord(
  context: CollectorContext,
  facts: FactsDraft,
  collector: string,
  file: string,
): Promise<string | undefined> {
  try {
    return await context.readText(file);
  } catch (error) {
    facts.errors.push({
      collector,
      file,
      message: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

/**
 * The 1-based line of a character offset in a text.
 *
 * @internal
 */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) line++;
  }
  return line;
}

/**
 * The fact error recorded when a whole collector fails, so the rest of the run goes on.
 *
 * @internal
 */
export function collectorFailure(collector: string, error: unknown) {
  return {
    collector,
    message: `collector failed: ${
      error instanceof Error ? error.message : String(error)
    }`,
  };
}
