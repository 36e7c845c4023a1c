/**
 * A timestamp column as drivers return it: SQLite gives numbers or strings, PostgreSQL gives Dates.
 *
 * @internal
 */
export type Timestamp = Date | string | number;

/**
 * A timestamp column as a Date, whichever database it came from.
 *
 * @internal
 */
export function toDate(value: Timestamp): Date {
  return value instanceof Date ? value : new Date(value);
}
