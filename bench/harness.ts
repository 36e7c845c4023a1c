/*
 * `npm run bench [-- --services N --json FILE --concurrency C --duration S --skip-api]`: generates a synthetic
 * organisation of N services (default 1,000), then measures full, unchanged and 10 %-changed runs beside their
 * floor on SQLite (and PostgreSQL when configured), API latency under load against a started backend, and
 * prints one table; `--json FILE` writes every figure.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import {
  generateOrganisation,
  SyntheticOrganisation,
} from './synthetic/generateOrganisation';
import { FullRunResult, runPhaseInChild } from './fullRun';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The organisation as the child processes read it: everything but the in-memory profile map. */
function writeOrganisation(org: SyntheticOrganisation, file: string) {
  fs.writeFileSync(
    file,
    JSON.stringify({
      root: org.root,
      groups: org.groups,
      components: org.components,
      services: org.services,
      stats: org.stats,
    }),
  );
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function printRuns(results: FullRunResult[]) {
  const rows: Array<[string, (r: FullRunResult) => string]> = [
    ['services', r => String(r.services)],
    ['checks', r => String(r.checks)],
    ['full run', r => seconds(r.fullRunMs)],
    ['  per service', r => `${(r.fullRunMs / r.services).toFixed(2)} ms`],
    [
      'floor (read + write)',
      r =>
        `${seconds(r.floorMs)} (${seconds(r.floorReadMs)} + ${seconds(
          r.floorWriteMs,
        )})`,
    ],
    ['full / floor', r => `${r.fullOverFloor}×`],
    [
      'unchanged re-run',
      r =>
        `${seconds(r.unchangedRunMs)} (${(
          (100 * r.unchangedRunMs) /
          r.fullRunMs
        ).toFixed(1)} % of full)`,
    ],
    [
      '10 % changed re-run',
      r => `${seconds(r.changed10RunMs)} (${r.changed10Rescored} rescored)`,
    ],
    ['rows stored', r => String(r.rows)],
    ['peak RSS', r => `${r.rssPeakMb} MB`],
    ['database after 30 days', r => mb(r.dbBytes30d)],
  ];
  const header = ['', ...results.map(r => r.database)];
  const table = [
    header,
    ...rows.map(([label, cell]) => [label, ...results.map(cell)]),
  ];
  const widths = header.map((_, i) =>
    Math.max(...table.map(row => row[i].length)),
  );
  for (const row of table) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  }
}

export async function main(
  args: string[],
  earlier: Record<string, unknown> = {},
) {
  const services = Number(option(args, '--services') ?? 1000);
  const concurrency = Number(option(args, '--concurrency') ?? 4);
  const jsonFile = option(args, '--json');
  if (!Number.isInteger(services) || services < 1) {
    throw new Error(`--services must be a positive whole number`);
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-bench-'));
  try {
    const generateStart = performance.now();
    const org = await generateOrganisation({
      services,
      root: path.join(work, 'repos'),
      seed: 1,
    });
    const generateMs = performance.now() - generateStart;
    console.log(
      `Generated ${services} services in ${
        org.groups.length
      } groups in ${seconds(generateMs)}`,
    );
    const orgFile = path.join(work, 'organisation.json');
    writeOrganisation(org, orgFile);

    const results: FullRunResult[] = [
      runPhaseInChild({
        orgFile,
        target: { kind: 'sqlite', file: path.join(work, 'stackscore.sqlite') },
        concurrency,
      }),
    ];
    const pg = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
    if (pg) {
      results.push(
        runPhaseInChild({
          orgFile,
          target: {
            kind: 'postgres',
            connection: pg,
            database: 'stackscore_bench',
          },
          concurrency,
        }),
      );
    } else {
      console.log(
        'PostgreSQL skipped: BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set',
      );
    }
    console.log('');
    printRuns(results);

    const sqlite = results[0];
    const summary: Record<string, unknown> = {
      services,
      checks: sqlite.checks,
      fullRunMs: sqlite.fullRunMs,
      floorMs: sqlite.floorMs,
      fullOverFloor: sqlite.fullOverFloor,
      unchangedRunMs: sqlite.unchangedRunMs,
      changed10RunMs: sqlite.changed10RunMs,
      rssPeakMb: Math.max(...results.map(r => r.rssPeakMb)),
      dbBytes30d: sqlite.dbBytes30d,
      generateMs: Math.round(generateMs),
      runs: results,
      ...earlier,
    };

    if (!args.includes('--skip-api')) {
      console.log('');
      const { main: apiLatency } = await import('./apiLatency');
      const api = await apiLatency(args);
      Object.assign(summary, {
        entityScoresP99Ms: api.entityScores.p99Ms,
        teamRollup1000Ms: api.teamRollup1000SingleClientP50Ms,
        api,
      });
    }

    if (jsonFile) {
      fs.writeFileSync(jsonFile, `${JSON.stringify(summary, null, 2)}\n`);
      console.log(`\nWrote ${jsonFile}`);
    }
    return summary;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
