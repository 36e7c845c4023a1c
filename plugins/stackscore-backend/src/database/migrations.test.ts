import { TestDatabases } from '@backstage/backend-test-utils';
import type { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import fs from 'fs';
import { applyDatabaseMigrations, migrationsDir } from './migrations';

jest.setTimeout(60_000);

const migrationFiles = fs
  .readdirSync(migrationsDir)
  .filter(f => f.endsWith('.js'))
  .sort();

function asDatabaseService(knex: Knex, skip = false): DatabaseService {
  return {
    getClient: async () => knex,
    migrations: { skip },
  };
}

describe('migrations', () => {
  const databases = TestDatabases.create({
    ids: ['POSTGRES_15', 'SQLITE_3'],
  });

  it.each(databases.eachSupportedId())(
    'steps every migration up and down with data in the tables, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      for (const file of migrationFiles) {
        await knex.migrate.up({ directory: migrationsDir, name: file });
      }
      await knex('stackscore_runs').insert({
        id: '3f0c8a55-0d7b-4c59-9b7e-6c1f8f7d0a11',
        trigger: 'manual',
        status: 'succeeded',
        total: 2,
        done: 2,
        failed: 0,
        started_at: new Date('2026-11-22T10:00:00Z'),
        finished_at: new Date('2026-11-22T10:00:03Z'),
      });
      await knex('stackscore_check_results').insert({
        entity_ref: 'component:default/checkout-api',
        check_id: 'slo.defined',
        scorecard: 'slo',
        status: 'pass',
        level: 'bronze',
        severity: 'high',
        evidence: JSON.stringify([{ message: 'slo.yaml', file: 'slo.yaml' }]),
        catalogue_version: '2026.11.1',
        evaluated_at: new Date('2026-11-22T10:00:02Z'),
      });
      const duplicate = await knex('stackscore_check_results')
        .insert({
          entity_ref: 'component:default/checkout-api',
          check_id: 'slo.defined',
          scorecard: 'slo',
          status: 'fail',
          level: 'bronze',
          severity: 'high',
          evidence: '[]',
          catalogue_version: '2026.11.1',
          evaluated_at: new Date(),
        })
        .then(
          () => 'inserted',
          () => 'rejected by the primary key',
        );
      expect(duplicate).toBe('rejected by the primary key');

      const rows = await knex('stackscore_check_results').select();
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0].evidence)).toEqual([
        { message: 'slo.yaml', file: 'slo.yaml' },
      ]);

      for (const _file of [...migrationFiles].reverse()) {
        await knex.migrate.down({ directory: migrationsDir });
      }
      expect(await knex.schema.hasTable('stackscore_check_results')).toBe(
        false,
      );
      expect(await knex.schema.hasTable('stackscore_runs')).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies all migrations on start and leaves the schema alone when told to skip, %p',
    async databaseId => {
      const skipped = await databases.init(databaseId);
      await applyDatabaseMigrations(asDatabaseService(skipped, true));
      expect(await skipped.schema.hasTable('stackscore_runs')).toBe(false);

      const applied = await databases.init(databaseId);
      await applyDatabaseMigrations(asDatabaseService(applied));
      expect(await applied.schema.hasTable('stackscore_runs')).toBe(true);
      expect(await applied.schema.hasTable('stackscore_check_results')).toBe(
        true,
      );
    },
  );
});
