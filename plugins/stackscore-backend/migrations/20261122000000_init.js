// @ts-check

/**
 * Latest result per (entity, check) and the runs that produced them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('stackscore_runs', table => {
    table.comment('One scoring pass over the catalog or one entity');
    table.string('id', 36).primary().notNullable();
    table
      .string('trigger', 32)
      .notNullable()
      .comment('schedule | manual | event');
    table
      .string('status', 16)
      .notNullable()
      .comment('running | succeeded | partial | failed');
    table.integer('total').notNullable().defaultTo(0);
    table.integer('done').notNullable().defaultTo(0);
    table.integer('failed').notNullable().defaultTo(0);
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table.text('error_summary').nullable();
    table.index(['started_at'], 'stackscore_runs_started_at_idx');
  });

  await knex.schema.createTable('stackscore_check_results', table => {
    table.comment('Latest outcome of every check for every scored entity');
    table.string('entity_ref', 255).notNullable();
    table.string('check_id', 128).notNullable();
    table.string('scorecard', 32).notNullable();
    table.string('status', 16).notNullable();
    table.string('level', 16).notNullable();
    table.string('severity', 16).notNullable();
    table
      .text('evidence')
      .notNullable()
      .comment('JSON array of evidence items');
    table.string('catalogue_version', 32).notNullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'check_id'], 'stackscore_check_results_pk');
    table.index(
      ['check_id', 'status'],
      'stackscore_check_results_check_status_idx',
    );
    table.index(
      ['scorecard', 'status'],
      'stackscore_check_results_scorecard_status_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('stackscore_check_results');
  await knex.schema.dropTable('stackscore_runs');
};
