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
        })
        .then(
          () => 'inserted',
          () => 'rejected by the primary key',
        );
      expect(duplicate).toBe('rejected by the primary key');

      await knex('stackscore_entities').insert({
        entity_ref: 'component:default/checkout-api',
        kind: 'Component',
        namespace: 'default',
        name: 'checkout-api',
        owner: 'group:default/payments',
        tags: '[]',
        ecosystems: '["go"]',
        entity_hash: 'abc',
        catalogue_version: '2026.11.1',
        scored_at: new Date('2026-11-22T10:00:02Z'),
      });
      await knex('stackscore_scorecard_scores').insert({
        entity_ref: 'component:default/checkout-api',
        scorecard: 'slo',
        level: 'gold',
        score: 1,
        passed: 15,
        applicable: 15,
      });
      await knex('stackscore_score_points').insert({
        entity_ref: 'component:default/checkout-api',
        scorecard: 'slo',
        day: '2026-11-22',
        level: 'gold',
        score: 1,
      });
      await knex('stackscore_result_history').insert({
        entity_ref: 'component:default/checkout-api',
        check_id: 'slo.defined',
        status: 'pass',
        changed_at: new Date('2026-11-22T10:00:02Z'),
      });
      await knex('stackscore_exemptions').insert({
        id: '6d7f4e0b-1c1f-4a9e-9d55-2b0c3a1e5f10',
        entity_ref: 'component:default/checkout-api',
        check_id: 'slo.progressive-delivery',
        reason: 'Canary tooling lands next quarter',
        created_by: 'user:default/alice',
        created_at: new Date('2026-11-22T10:00:00Z'),
        expires_at: new Date('2027-02-01T00:00:00Z'),
      });
      expect((await knex('stackscore_runs').first()).skipped).toBe(0);

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
      expect(await knex.schema.hasTable('stackscore_exemptions')).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'compacting results and points keeps every row, and stepping back restores the columns, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const compaction = '20261122030000_compact_results.js';
      for (const file of migrationFiles.filter(f => f < compaction)) {
        await knex.migrate.up({ directory: migrationsDir, name: file });
      }
      const scoredAt = new Date('2026-11-22T10:00:02Z');
      await knex('stackscore_entities').insert({
        entity_ref: 'component:default/checkout-api',
        kind: 'Component',
        namespace: 'default',
        name: 'checkout-api',
        tags: '[]',
        ecosystems: '["go"]',
        entity_hash: 'abc',
        catalogue_version: '2026.11.1',
        scored_at: scoredAt,
      });
      const result = {
        entity_ref: 'component:default/checkout-api',
        scorecard: 'slo',
        level: 'bronze',
        severity: 'high',
        evidence: '[{"message":"slo.yaml"}]',
      };
      await knex('stackscore_check_results').insert([
        {
          ...result,
          check_id: 'slo.defined',
          status: 'pass',
          catalogue_version: '2026.11.1',
          evaluated_at: scoredAt,
        },
        {
          ...result,
          check_id: 'slo.alerting',
          status: 'fail',
          catalogue_version: '2026.11.1',
          evaluated_at: scoredAt,
        },
      ]);
      await knex('stackscore_score_points').insert(
        ['2026-11-21', '2026-11-22'].map(day => ({
          entity_ref: 'component:default/checkout-api',
          scorecard: 'slo',
          day,
          level: 'bronze',
          score: 0.5,
        })),
      );

      await knex.migrate.up({ directory: migrationsDir, name: compaction });
      const compacted = await knex('stackscore_check_results')
        .orderBy('check_id')
        .select();
      expect(compacted).toEqual([
        { ...result, check_id: 'slo.alerting', status: 'fail' },
        { ...result, check_id: 'slo.defined', status: 'pass' },
      ]);
      expect(
        Number((await knex('stackscore_score_points').count({ n: '*' }))[0].n),
      ).toBe(2);
      const duplicatePoint = await knex('stackscore_score_points')
        .insert({
          entity_ref: 'component:default/checkout-api',
          scorecard: 'slo',
          day: '2026-11-22',
          level: 'gold',
          score: 1,
        })
        .then(
          () => 'inserted',
          () => 'rejected by the primary key',
        );
      expect(duplicatePoint).toBe('rejected by the primary key');

      await knex.migrate.down({ directory: migrationsDir });
      const restored = await knex('stackscore_check_results')
        .orderBy('check_id')
        .select();
      expect(restored.map(r => r.catalogue_version)).toEqual([
        '2026.11.1',
        '2026.11.1',
      ]);
      expect(restored.map(r => new Date(r.evaluated_at).getTime())).toEqual([
        scoredAt.getTime(),
        scoredAt.getTime(),
      ]);
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
