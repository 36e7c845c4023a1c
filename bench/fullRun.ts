/*
 * Full scoring runs over a synthetic organisation: the real runner, scorer, pipeline and stores, with the
 * catalog replaced by the generated entity list. On SQLite (a file, as a small deployment runs it) and on
 * PostgreSQL when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set. Each database's runs happen in
 * a child process so its peak RSS is the scoring's own.
 *
 * Measured per database: the first full run, an unchanged re-run, a re-run after 10 % of the repositories
 * changed, the floor of the same work (see floor.ts), and the database size after 30 simulated days.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import knexFactory, { Knex } from 'knex';
import type { Entity } from '@backstage/catalog-model';
import { applyDatabaseMigrations } from '../plugins/stackscore-backend/src/database/migrations';
import { createStandaloneRunner } from '../plugins/stackscore-backend/src/__testUtils__/standaloneRunner';
import { createScoringPipeline } from '../plugins/stackscore-backend/src/pipeline/defaultPipeline';
import { defaultCheckSettings } from '../plugins/stackscore-backend/src/checks/types';
import { measureFloor } from './floor';
import { simulateHistory, databaseBytes } from './history';
import {
  SyntheticOrganisation,
  changeRepositories,
} from './synthetic/generateOrganisation';

/**
 * Which database a phase runs against.
 */
export type BenchDatabase =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; connection: string; database: string };

/** A Knex client for the database, creating the PostgreSQL database when needed. */
export async function connect(target: BenchDatabase): Promise<Knex> {
  if (target.kind === 'sqlite') {
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: target.file },
      useNullAsDefault: true,
    });
  }
  const admin = knexFactory({ client: 'pg', connection: target.connection });
  try {
    await admin.raw(`DROP DATABASE IF EXISTS ??`, [target.database]);
    await admin.raw(`CREATE DATABASE ??`, [target.database]);
  } finally {
    await admin.destroy();
  }
  return knexFactory({
    client: 'pg',
    connection: `${target.connection.replace(/\/$/, '')}/${target.database}`,
    pool: { min: 1, max: 10 },
  });
}

/** Scores every component once through the real runner and returns the run with its wall time. */
async function runOnce(
  db: Knex,
  org: SyntheticOrganisation,
  concurrency: number,
) {
  const runner = await createStandaloneRunner({
    db,
    entities: org.components as Entity[],
    localRoot: org.root,
    settings: { ...defaultCheckSettings, internalNpmScopes: ['larkspur'] },
    limits: { concurrency, entityTimeoutMs: 120_000 },
  });
  const start = performance.now();
  const run = await runner.run({ trigger: 'manual' });
  const ms = performance.now() - start;
  if (run.status !== 'succeeded') {
    throw new Error(
      `Run ${run.status}: ${run.failed} failed, first: ${JSON.stringify(
        run.failures.slice(0, 3),
      )}`,
    );
  }
  return { ms, run };
}

/** Rows a run leaves behind, which the floor inserts in one transaction. */
async function countRows(db: Knex): Promise<number> {
  let rows = 0;
  for (const table of [
    'stackscore_entities',
    'stackscore_check_results',
    'stackscore_scorecard_scores',
    'stackscore_score_points',
    'stackscore_result_history',
    'stackscore_entity_technologies',
  ]) {
    const [{ n }] = await db(table).count({ n: '*' });
    rows += Number(n);
  }
  return rows;
}

/**
 * Result of one database's phase.
 */
export interface FullRunResult {
  database: 'sqlite' | 'postgres';
  services: number;
  checks: number;
  fullRunMs: number;
  floorMs: number;
  floorReadMs: number;
  floorWriteMs: number;
  fullOverFloor: number;
  unchangedRunMs: number;
  changed10RunMs: number;
  /** Repositories changed before the re-run, and entities that re-run actually rescored. */
  changed10Changed: number;
  changed10Rescored: number;
  rows: number;
  rssPeakMb: number;
  dbBytes30d: number;
}

/**
 * One database's phase, run in its own process: full run, floor, unchanged re-run, 10 % changed re-run, 30
 * simulated days. The organisation's repositories are changed in place, so each phase works on a copy.
 */
export async function runPhase(options: {
  org: SyntheticOrganisation;
  target: BenchDatabase;
  concurrency: number;
}): Promise<FullRunResult> {
  const { org, target, concurrency } = options;
  const db = await connect(target);
  try {
    await applyDatabaseMigrations({ getClient: async () => db });
    const pipeline = createScoringPipeline({});
    const full = await runOnce(db, org, concurrency);
    const rows = await countRows(db);
    const unchanged = await runOnce(db, org, concurrency);
    const changed = await changeRepositories(org, { fraction: 0.1, seed: 7 });
    const changed10 = await runOnce(db, org, concurrency);
    const rssPeakMb = Math.round(process.resourceUsage().maxRSS / 1024);

    const floor = await measureFloor({
      root: org.root,
      components: org.components,
      collectors: pipeline.collectors,
      rows,
      target,
    });
    await simulateHistory(db, { days: 30 });
    const dbBytes30d = await databaseBytes(db, target);
    return {
      database: target.kind,
      services: org.components.length,
      checks: pipeline.checks.length,
      fullRunMs: Math.round(full.ms),
      floorMs: Math.round(floor.readMs + floor.writeMs),
      floorReadMs: Math.round(floor.readMs),
      floorWriteMs: Math.round(floor.writeMs),
      fullOverFloor: Number(
        (full.ms / (floor.readMs + floor.writeMs)).toFixed(2),
      ),
      unchangedRunMs: Math.round(unchanged.ms),
      changed10RunMs: Math.round(changed10.ms),
      changed10Changed: changed.length,
      changed10Rescored:
        changed10.run.done - changed10.run.skipped - changed10.run.failed,
      rows,
      rssPeakMb,
      dbBytes30d,
    };
  } finally {
    await db.destroy();
  }
}

/** Runs {@link runPhase} in a child process and returns its JSON result. */
export function runPhaseInChild(options: {
  orgFile: string;
  target: BenchDatabase;
  concurrency: number;
}): FullRunResult {
  const out = execFileSync(
    process.execPath,
    [
      '--max-old-space-size=4096',
      '-r',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      path.join(__dirname, 'fullRunPhase.ts'),
      JSON.stringify(options),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lastLine = out.trim().split('\n').pop()!;
  return JSON.parse(lastLine) as FullRunResult;
}

export function readOrganisation(file: string): SyntheticOrganisation {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SyntheticOrganisation;
}
