// @ts-check

/**
 * Architecture decision records written in the portal: the record, what it links to (for filters), every
 * version it went through, and the ADR files found in each entity's repository.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('stackscore_decisions', table => {
    table.comment('One architecture decision record');
    table.string('id', 36).primary().notNullable();
    table
      .string('scope_key', 255)
      .notNullable()
      .comment('group entity ref of the owning team, or "org"');
    table.integer('number').notNullable().comment('sequence within the scope');
    table.string('title', 200).notNullable();
    table.string('status', 16).notNullable();
    table.string('decided_on', 10).notNullable().comment('YYYY-MM-DD');
    table.text('content').notNullable().comment('JSON: the full record');
    table
      .text('search_text')
      .notNullable()
      .comment('lower-cased title and text for the text filter');
    table.string('supersedes', 36).nullable();
    table.string('superseded_by', 36).nullable();
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['scope_key', 'number'], {
      indexName: 'stackscore_decisions_number_uq',
    });
    table.index(['created_at'], 'stackscore_decisions_created_idx');
  });

  await knex.schema.createTable('stackscore_decision_links', table => {
    table.comment(
      'What a decision is about, for filters: teams, entities, radar entries, checks, tags',
    );
    table.string('decision_id', 36).notNullable();
    table
      .string('kind', 16)
      .notNullable()
      .comment('team | entity | radar | check | tag');
    table.string('target', 255).notNullable();
    table.primary(
      ['decision_id', 'kind', 'target'],
      'stackscore_decision_links_pk',
    );
    table.index(['kind', 'target'], 'stackscore_decision_links_target_idx');
  });

  await knex.schema.createTable('stackscore_decision_history', table => {
    table.comment('Every version of every decision, with who changed what');
    table.bigIncrements('id').primary();
    table.string('decision_id', 36).notNullable();
    table.integer('version').notNullable();
    table.string('action', 16).notNullable();
    table.text('changes').notNullable().comment('JSON array of changed fields');
    table
      .text('snapshot')
      .notNullable()
      .comment('JSON: the record at this version');
    table.string('changed_by', 255).notNullable();
    table.timestamp('changed_at', { useTz: true }).notNullable();
    table.unique(['decision_id', 'version'], {
      indexName: 'stackscore_decision_history_version_uq',
    });
  });

  await knex.schema.alterTable('stackscore_entities', table => {
    table
      .text('repository_adrs')
      .nullable()
      .comment('JSON: ADR files found in the repository at the last scoring');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('stackscore_entities', table => {
    table.dropColumn('repository_adrs');
  });
  await knex.schema.dropTable('stackscore_decision_history');
  await knex.schema.dropTable('stackscore_decision_links');
  await knex.schema.dropTable('stackscore_decisions');
};
