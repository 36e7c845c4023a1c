import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { tuneSqlite } from './sqliteTuning';

/** Folder of the plain-JS Knex migrations shipped with the package. */
export const migrationsDir = resolvePackagePath(
  '@stackscore/plugin-stackscore-backend',
  'migrations',
);

/**
 * Brings the plugin's schema up to date unless the deployment manages migrations itself, after tuning
 * SQLite for many small transactions.
 *
 * @internal
 */
export async function applyDatabaseMigrations(
  database: DatabaseService,
): Promise<Knex> {
  const client = await database.getClient();
  await tuneSqlite(client);
  if (!database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return client;
}
