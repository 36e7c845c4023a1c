// @ts-check

/**
 * Remediation tracking: one item per failing (entity, check) with every change as an event, campaigns with a
 * target, a scope and a deadline, and which items each campaign covers.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('stackscore_remediation_items', table => {
    table.comment(
      'One failing check on one entity, tracked until it passes; reopened when it fails again',
    );
    table.string('id', 36).primary().notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('check_id', 200).notNullable();
    table.string('scorecard', 32).notNullable();
    table.string('level', 8).notNullable();
    table.string('severity', 16).notNullable();
    table
      .string('owner', 255)
      .nullable()
      .comment('owner of the entity at its last scoring');
    table
      .string('status', 16)
      .notNullable()
      .comment('open | in-progress | exempted | resolved');
    table.string('assignee', 255).nullable().comment('user entity ref');
    table.string('due_date', 10).nullable().comment('YYYY-MM-DD');
    table.string('due_source', 16).nullable().comment('manual | campaign');
    table.string('due_campaign_id', 36).nullable();
    table.text('ticket_url').nullable();
    table.text('notes').nullable();
    table.timestamp('opened_at', { useTz: true }).notNullable();
    table
      .timestamp('failing_since', { useTz: true })
      .notNullable()
      .comment('start of the current failing episode');
    table.timestamp('resolved_at', { useTz: true }).nullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['entity_ref', 'check_id'], {
      indexName: 'stackscore_remediation_items_uq',
    });
    table.index(['owner', 'status'], 'stackscore_remediation_items_owner_idx');
    table.index(['status', 'due_date'], 'stackscore_remediation_items_due_idx');
  });

  await knex.schema.createTable('stackscore_remediation_events', table => {
    table.comment('Every change to a remediation item: who, when, what');
    table.bigIncrements('id').primary();
    table.string('item_id', 36).notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table
      .string('actor', 255)
      .notNullable()
      .comment('user entity ref, or "stackscore"');
    table.string('type', 24).notNullable();
    table.text('from_value').nullable();
    table.text('to_value').nullable();
    table.index(['item_id'], 'stackscore_remediation_events_item_idx');
  });

  await knex.schema.createTable('stackscore_campaigns', table => {
    table.comment('Remediation campaigns: target, scope, dates, owner');
    table.string('id', 36).primary().notNullable();
    table.string('title', 200).notNullable();
    table.text('description').notNullable();
    table.text('target').notNullable().comment('JSON CampaignTarget');
    table.text('scope').notNullable().comment('JSON CampaignScope');
    table.string('start_date', 10).notNullable();
    table.string('deadline', 10).notNullable();
    table.string('owner', 255).notNullable();
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table
      .string('reminded_for_deadline', 10)
      .nullable()
      .comment('the deadline whose 7-day reminder was sent');
  });

  await knex.schema.createTable('stackscore_campaign_items', table => {
    table.comment(
      'Which remediation items a campaign covers, refreshed with due dates',
    );
    table.string('campaign_id', 36).notNullable();
    table.string('item_id', 36).notNullable();
    table.primary(['campaign_id', 'item_id'], 'stackscore_campaign_items_pk');
    table.index(['item_id'], 'stackscore_campaign_items_item_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('stackscore_campaign_items');
  await knex.schema.dropTable('stackscore_campaigns');
  await knex.schema.dropTable('stackscore_remediation_events');
  await knex.schema.dropTable('stackscore_remediation_items');
};
