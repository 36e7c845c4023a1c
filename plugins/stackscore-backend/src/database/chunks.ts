import type { Knex } from 'knex';

/**
 * Splits a list into consecutive slices of at most `size` items, so an `IN (...)` list stays under the
 * databases' bound-parameter limits.
 *
 * @internal
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/** SQLite's oldest limit on bound parameters in one statement; newer builds allow more. */
const maxBoundParameters = 999;

/**
 * Inserts rows in as few statements as SQLite's bound-parameter limit allows: each statement carries as many
 * rows as fit in 999 parameters, judged by the first row's column count.
 *
 * @internal
 */
export async function insertInSlices(
  db: Knex | Knex.Transaction,
  table: string,
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const size = Math.max(1, Math.floor(maxBoundParameters / columns));
  for (const part of chunks(rows, size)) {
    await db(table).insert(part);
  }
}
