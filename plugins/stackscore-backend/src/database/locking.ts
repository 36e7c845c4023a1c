import type { Knex } from 'knex';

/**
 * Locks the rows a query reads until the transaction ends, so two concurrent changes cannot both start from
 * the same state. SQLite serialises writers anyway and has no row locks, so the query is left alone there.
 *
 * @internal
 */
export function lockedForUpdate<T extends Knex.QueryBuilder>(
  db: Knex,
  query: T,
): T {
  if (!String(db.client.config.client).includes('sqlite')) {
    query.forUpdate();
  }
  return query;
}
