import { TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';

/** The environment variable that switches the PostgreSQL half of the reliability suite on. */
export const postgresConnectionVariable =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/** One database the reliability suite runs against. */
export type ReliabilityDatabaseId = 'SQLITE_3' | 'POSTGRES_15';

/**
 * Test-only: the databases a reliability test file runs on (of `wanted`, both by default). SQLite always;
 * PostgreSQL only with a connection string, and never through Docker (there is no engine on CI), so an unset
 * variable is a clean, announced skip rather than a failed container start.
 */
export function reliabilityDatabases(
  wanted: ReliabilityDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'],
) {
  const withPostgres = Boolean(process.env[postgresConnectionVariable]);
  // RELIABILITY_DATABASES=POSTGRES_15 narrows a run to some databases while working on one.
  const only = process.env.RELIABILITY_DATABASES?.split(',');
  const ids = wanted.filter(
    id =>
      (id !== 'POSTGRES_15' || withPostgres) && (!only || only.includes(id)),
  );
  const databases = TestDatabases.create({ ids, disableDocker: true });
  const skipped =
    withPostgres || !wanted.includes('POSTGRES_15')
      ? undefined
      : `POSTGRES_15 skipped: ${postgresConnectionVariable} is unset`;
  return {
    ids,
    /** Why PostgreSQL does not run, when it does not. */
    skipped,
    /** A fresh, empty logical database. */
    init: (id: ReliabilityDatabaseId): Promise<Knex> => databases.init(id),
    /** Prints why PostgreSQL does not run, when it does not, and returns the reason for a skipped test. */
    announceSkips(): string | undefined {
      // eslint-disable-next-line no-console
      if (skipped) console.info(skipped);
      return skipped;
    },
  };
}

/** Every table the plugin owns, for "nothing stored" comparisons. */
export const stackscoreTables = [
  'stackscore_runs',
  'stackscore_check_results',
  'stackscore_entities',
  'stackscore_scorecard_scores',
  'stackscore_score_points',
  'stackscore_result_history',
  'stackscore_exemptions',
  'stackscore_radar_entries',
  'stackscore_radar_moves',
  'stackscore_entity_technologies',
  'stackscore_remediation_items',
  'stackscore_remediation_events',
  'stackscore_campaigns',
  'stackscore_campaign_items',
] as const;

/**
 * Test-only: the full content of every Stackscore table, in a stable order, as one comparable value. Rows are
 * compared whole, so an update (an exemption revoked, an entity rescored) shows up as well as an insert.
 */
export async function snapshotTables(
  db: Knex,
): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of stackscoreTables) {
    const rows: Array<Record<string, unknown>> = await db(table).select();
    snapshot[table] = rows
      .map(row =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map(key => [key, normalise(row[key])]),
        ),
      )
      .sort();
  }
  return snapshot;
}

/** Dates and buffers as plain strings, so drivers' value types compare equal across reads. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return value;
}

/** Test-only: row counts per Stackscore table, for readable failure messages. */
export async function countRows(db: Knex): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of stackscoreTables) {
    const [{ n }] = await db(table).count({ n: '*' });
    counts[table] = Number(n);
  }
  return counts;
}
