// @ts-check

/**
 * A heartbeat per run, so a run whose backend died (killed, crashed, lost its database) can be told apart from
 * one still going and closed as interrupted instead of showing "running" forever.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('stackscore_runs', table => {
    table
      .timestamp('heartbeat_at', { useTz: true })
      .nullable()
      .comment(
        'Last sign of life of a running run; null for runs from before this column',
      );
    table.index(['status'], 'stackscore_runs_status_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('stackscore_runs', table => {
    table.dropIndex(['status'], 'stackscore_runs_status_idx');
    table.dropColumn('heartbeat_at');
  });
};
