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
