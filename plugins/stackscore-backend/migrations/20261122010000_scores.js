// @ts-check

/**
 * Latest scorecard levels, daily score points, result history (status changes only), entity snapshots for
 * incremental runs, exemptions, and the shard a run covered.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('stackscore_entities', table => {
    table.comment(
      'Every scored entity: catalog metadata for rollups and the snapshot for incremental runs',
    );
    table.string('entity_ref', 255).primary().notNullable();
    table.string('kind', 64).notNullable();
    table.string('namespace', 255).notNullable();
    table.string('name', 255).notNullable();
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table.string('lifecycle', 64).nullable();
    table.string('type', 64).nullable();
    table.text('tags').notNullable().comment('JSON array');
    table.text('ecosystems').notNullable().comment('JSON array');
    table.string('entity_hash', 64).notNullable();
    table.string('source_etag', 255).nullable();
    table.string('source_location', 1024).nullable();
    table
      .text('source_problem')
      .nullable()
      .comment('why no source tree could be read');
    table.string('catalogue_version', 32).notNullable();
    table.timestamp('scored_at', { useTz: true }).notNullable();
    table.index(['owner'], 'stackscore_entities_owner_idx');
    table.index(['kind', 'namespace', 'name'], 'stackscore_entities_name_idx');
  });

  await knex.schema.createTable('stackscore_scorecard_scores', table => {
    table.comment('Latest level and score per entity and scorecard');
    table.string('entity_ref', 255).notNullable();
    table.string('scorecard', 32).notNullable();
    table.string('level', 16).notNullable();
    table.double('score').notNullable();
    table.integer('passed').notNullable();
    table.integer('applicable').notNullable();
    table.primary(
      ['entity_ref', 'scorecard'],
      'stackscore_scorecard_scores_pk',
    );
    table.index(
      ['scorecard', 'level'],
      'stackscore_scorecard_scores_level_idx',
    );
  });

  await knex.schema.createTable('stackscore_score_points', table => {
    table.comment('One point per entity, scorecard and UTC day, for trends');
    table.string('entity_ref', 255).notNullable();
    table.string('scorecard', 32).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('level', 16).notNullable();
    table.double('score').notNullable();
    table.primary(
      ['entity_ref', 'scorecard', 'day'],
      'stackscore_score_points_pk',
    );
    table.index(['day'], 'stackscore_score_points_day_idx');
  });

  await knex.schema.createTable('stackscore_result_history', table => {
    table.comment('A row each time a check result changes status');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('check_id', 128).notNullable();
    table.string('status', 16).notNullable();
    table.string('previous_status', 16).nullable();
    table.timestamp('changed_at', { useTz: true }).notNullable();
    table.index(
      ['entity_ref', 'check_id', 'changed_at'],
      'stackscore_result_history_entity_idx',
    );
    table.index(['changed_at'], 'stackscore_result_history_changed_idx');
  });

  await knex.schema.createTable('stackscore_exemptions', table => {
    table.comment(
      'A check waived for an entity until it expires or is revoked',
    );
    table.string('id', 36).primary().notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('check_id', 128).notNullable();
    table.text('reason').notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.timestamp('revoked_at', { useTz: true }).nullable();
    table.string('revoked_by', 255).nullable();
    table.index(['entity_ref', 'check_id'], 'stackscore_exemptions_entity_idx');
    table.index(['expires_at'], 'stackscore_exemptions_expires_idx');
  });

  await knex.schema.alterTable('stackscore_runs', table => {
    table.integer('shard').nullable().comment('shard index for scheduled runs');
    table.integer('shards').nullable();
    table
      .integer('skipped')
      .notNullable()
      .defaultTo(0)
      .comment('unchanged entities not rescored');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('stackscore_runs', table => {
    table.dropColumn('shard');
    table.dropColumn('shards');
    table.dropColumn('skipped');
  });
  await knex.schema.dropTable('stackscore_exemptions');
  await knex.schema.dropTable('stackscore_result_history');
  await knex.schema.dropTable('stackscore_score_points');
  await knex.schema.dropTable('stackscore_scorecard_scores');
  await knex.schema.dropTable('stackscore_entities');
};
