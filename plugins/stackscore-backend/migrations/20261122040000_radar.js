// @ts-check

/**
 * The organisation's tech radar (entries and the timeline of their ring moves), what each scored entity
 * uses (radar entries and technologies the radar lacks), and each entity's stack profile.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('stackscore_radar_entries', table => {
    table.comment(
      'One technology, tool, platform or technique on the org radar',
    );
    table.string('id', 64).primary().notNullable();
    table.string('title', 120).notNullable();
    table
      .string('quadrant', 32)
      .notNullable()
      .comment('languages-frameworks | tools | platforms | techniques');
    table
      .string('ring', 16)
      .notNullable()
      .comment('adopt | trial | assess | hold');
    table.text('description').notNullable();
    table.text('references').notNullable().comment('JSON array of citations');
    table.text('conflict').nullable().comment('JSON: documents that disagree');
    table
      .text('usage')
      .nullable()
      .comment('JSON usage matcher for entries added in the portal');
    table
      .string('seed_version', 32)
      .nullable()
      .comment('seed that created the entry; null when added in the portal');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.string('updated_by', 255).notNullable();
    table.index(['quadrant', 'ring'], 'stackscore_radar_entries_ring_idx');
  });

  await knex.schema.createTable('stackscore_radar_moves', table => {
    table.comment('Timeline of radar entries: placement and every ring move');
    table.bigIncrements('id').primary();
    table.string('entry_id', 64).notNullable();
    table.timestamp('moved_at', { useTz: true }).notNullable();
    table.string('from_ring', 16).nullable().comment('null when first placed');
    table.string('to_ring', 16).notNullable();
    table.text('reason').notNullable();
    table.string('moved_by', 255).notNullable();
    table.string('decision_id', 200).nullable();
    table.index(['entry_id', 'moved_at'], 'stackscore_radar_moves_entry_idx');
  });

  await knex.schema.createTable('stackscore_entity_technologies', table => {
    table.comment(
      'What a scored entity uses: radar entries, and technologies no radar entry covers',
    );
    table.string('entity_ref', 255).notNullable();
    table
      .string('tech_key', 255)
      .notNullable()
      .comment('radar:<entry id>, or the detected technology key');
    table.string('entry_id', 64).nullable();
    table.string('kind', 32).notNullable();
    table.string('name', 255).notNullable();
    table.text('evidence').notNullable().comment('JSON array of locations');
    table.timestamp('first_seen_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'tech_key'], 'stackscore_entity_tech_pk');
    table.index(['entry_id'], 'stackscore_entity_tech_entry_idx');
  });

  await knex.schema.alterTable('stackscore_entities', table => {
    table
      .text('stack_profile')
      .nullable()
      .comment('JSON: languages, frameworks and declared targets from facts');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('stackscore_entities', table => {
    table.dropColumn('stack_profile');
  });
  await knex.schema.dropTable('stackscore_entity_technologies');
  await knex.schema.dropTable('stackscore_radar_moves');
  await knex.schema.dropTable('stackscore_radar_entries');
};
