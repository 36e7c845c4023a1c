// @ts-check

/*
 * Storage at 10,000 services × 30 days was 3.5× the 200 MB target (docs/performance.md). This migration
 * removes what costs bytes and buys nothing:
 * - results repeated the entity's catalogue version and scoring time on every one of ~70 rows per entity
 *   (both are written in the same transaction as the entity row, which keeps them);
 * - the (scorecard, status) index on results and the day index on points served no query;
 * - on SQLite, results and points become WITHOUT ROWID tables clustered on their primary key, so the key
 *   is not stored a second time in a separate index.
 */

const resultsTable = 'stackscore_check_results';
const pointsTable = 'stackscore_score_points';

/**
 * @param {import('knex').Knex} knex
 * @param {string} table
 * @param {string} createSql the new table, named `${table}_compact`
 * @param {string[]} columns copied over
 */
async function rebuildSqliteTable(knex, table, createSql, columns) {
  const list = columns.join(', ');
  await knex.raw(createSql);
  await knex.raw(
    `INSERT INTO ${table}_compact (${list}) SELECT ${list} FROM ${table}`,
  );
  await knex.schema.dropTable(table);
  await knex.schema.renameTable(`${table}_compact`, table);
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (String(knex.client.config.client ?? '').includes('sqlite')) {
    await rebuildSqliteTable(
      knex,
      resultsTable,
      `CREATE TABLE ${resultsTable}_compact (
         entity_ref varchar(255) NOT NULL,
         check_id varchar(128) NOT NULL,
         scorecard varchar(32) NOT NULL,
         status varchar(16) NOT NULL,
         level varchar(16) NOT NULL,
         severity varchar(16) NOT NULL,
         evidence text NOT NULL,
         CONSTRAINT stackscore_check_results_pk PRIMARY KEY (entity_ref, check_id)
       ) WITHOUT ROWID`,
      [
        'entity_ref',
        'check_id',
        'scorecard',
        'status',
        'level',
        'severity',
        'evidence',
      ],
    );
    await rebuildSqliteTable(
      knex,
      pointsTable,
      `CREATE TABLE ${pointsTable}_compact (
         entity_ref varchar(255) NOT NULL,
         scorecard varchar(32) NOT NULL,
         day varchar(10) NOT NULL,
         level varchar(16) NOT NULL,
         score float NOT NULL,
         CONSTRAINT stackscore_score_points_pk PRIMARY KEY (entity_ref, scorecard, day)
       ) WITHOUT ROWID`,
      ['entity_ref', 'scorecard', 'day', 'level', 'score'],
    );
    await knex.schema.alterTable(resultsTable, table => {
      table.index(
        ['check_id', 'status'],
        'stackscore_check_results_check_status_idx',
      );
    });
  } else {
    await knex.schema.alterTable(resultsTable, table => {
      table.dropIndex(
        ['scorecard', 'status'],
        'stackscore_check_results_scorecard_status_idx',
      );
      table.dropColumn('catalogue_version');
      table.dropColumn('evaluated_at');
    });
    await knex.schema.alterTable(pointsTable, table => {
      table.dropIndex(['day'], 'stackscore_score_points_day_idx');
    });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const sqlite = String(knex.client.config.client ?? '').includes('sqlite');
  if (sqlite) {
    // Back to ordinary rowid tables, as the earlier migrations created them.
    await knex.raw(
      `CREATE TABLE ${resultsTable}_rowid AS SELECT * FROM ${resultsTable}`,
    );
    await knex.schema.dropTable(resultsTable);
    await knex.schema.createTable(resultsTable, table => {
      table.string('entity_ref', 255).notNullable();
      table.string('check_id', 128).notNullable();
      table.string('scorecard', 32).notNullable();
      table.string('status', 16).notNullable();
      table.string('level', 16).notNullable();
      table.string('severity', 16).notNullable();
      table.text('evidence').notNullable();
      table.primary(['entity_ref', 'check_id'], 'stackscore_check_results_pk');
      table.index(
        ['check_id', 'status'],
        'stackscore_check_results_check_status_idx',
      );
    });
    await knex.raw(
      `INSERT INTO ${resultsTable} SELECT * FROM ${resultsTable}_rowid`,
    );
    await knex.schema.dropTable(`${resultsTable}_rowid`);

    await knex.raw(
      `CREATE TABLE ${pointsTable}_rowid AS SELECT * FROM ${pointsTable}`,
    );
    await knex.schema.dropTable(pointsTable);
    await knex.schema.createTable(pointsTable, table => {
      table.string('entity_ref', 255).notNullable();
      table.string('scorecard', 32).notNullable();
      table.string('day', 10).notNullable();
      table.string('level', 16).notNullable();
      table.double('score').notNullable();
      table.primary(
        ['entity_ref', 'scorecard', 'day'],
        'stackscore_score_points_pk',
      );
    });
    await knex.raw(
      `INSERT INTO ${pointsTable} SELECT * FROM ${pointsTable}_rowid`,
    );
    await knex.schema.dropTable(`${pointsTable}_rowid`);
  }
  // The dropped columns come back (nullable) filled from the entity row that always carried the same values.
  await knex.schema.alterTable(resultsTable, table => {
    table.string('catalogue_version', 32).nullable();
    table.timestamp('evaluated_at', { useTz: true }).nullable();
    table.index(
      ['scorecard', 'status'],
      'stackscore_check_results_scorecard_status_idx',
    );
  });
  await knex(resultsTable).update({
    catalogue_version: knex('stackscore_entities as e')
      .select('e.catalogue_version')
      .where('e.entity_ref', knex.ref(`${resultsTable}.entity_ref`)),
    evaluated_at: knex('stackscore_entities as e')
      .select('e.scored_at')
      .where('e.entity_ref', knex.ref(`${resultsTable}.entity_ref`)),
  });
  await knex.schema.alterTable(pointsTable, table => {
    table.index(['day'], 'stackscore_score_points_day_idx');
  });
};
