import type { Knex } from 'knex';

/**
 * On SQLite, switches the database to write-ahead logging with `synchronous = NORMAL`: each entity's scores
 * are one transaction, and with the default rollback journal every commit waits for two fsyncs, which made
 * storing dominate a scoring run. WAL keeps transactions atomic across a killed process (a commit is either
 * in the log or not); only an operating-system crash can lose the last commits, never corrupt the file. An
 * in-memory database ignores both settings. Other databases are left alone.
 *
 * @internal
 */
export async function tuneSqlite(db: Knex): Promise<void> {
  const client = String(db.client.config.client ?? '');
  if (!client.includes('sqlite')) return;
  await db.raw('PRAGMA journal_mode = WAL');
  await db.raw('PRAGMA synchronous = NORMAL');
}
