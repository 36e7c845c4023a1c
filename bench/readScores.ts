/*
 * Read latency of stored scores on SQLite: one entity's scorecards, and a 500-entity team rollup. A temporary
 * database is migrated and filled with 1,000 entities (500 owned by one team), 71 results and 4 scorecards
 * each, written through the score store; reads then run many times and p50/p99 are reported.
 * Options: --entities N (default 1000). Returns the figures for the harness's JSON.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import knexFactory from 'knex';
import {
  CheckResult,
  checkCatalogue,
  computeScorecardScore,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from '../plugins/stackscore-backend/src/database/migrations';
import { DatabaseExemptionStore } from '../plugins/stackscore-backend/src/database/DatabaseExemptionStore';
import { DatabaseRollupStore } from '../plugins/stackscore-backend/src/database/DatabaseRollupStore';
import { DatabaseScoreStore } from '../plugins/stackscore-backend/src/database/DatabaseScoreStore';

const team = 'group:default/platform';

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function measure(
  times: number,
  fn: (i: number) => Promise<unknown>,
): Promise<{ p50Ms: number; p99Ms: number; maxMs: number }> {
  // Warm up the JIT and SQLite's page cache before measuring.
  for (let i = 0; i < Math.min(50, times); i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Number(n.toFixed(3));
  return {
    p50Ms: round(quantile(samples, 0.5)),
    p99Ms: round(quantile(samples, 0.99)),
    maxMs: round(samples[samples.length - 1]),
  };
}

export async function main(args: string[]) {
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const entityCount = Number(option('--entities') ?? 1000);
  const teamSize = Math.floor(entityCount / 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-bench-'));
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: path.join(dir, 'stackscore.sqlite') },
    useNullAsDefault: true,
  });
  try {
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const exemptions = await DatabaseExemptionStore.create({ db });
    const rollups = await DatabaseRollupStore.create({ db, exemptions });

    const next = random(42);
    const refs: string[] = [];
    const fillStart = performance.now();
    for (let i = 0; i < entityCount; i++) {
      const name = `service-${String(i).padStart(5, '0')}`;
      const ref = `component:default/${name}`;
      refs.push(ref);
      const results: CheckResult[] = checkCatalogue.map(check => {
        const roll = next();
        let status: CheckResult['status'] = 'pass';
        if (roll < 0.1) status = 'not-applicable';
        else if (roll < 0.35) status = 'fail';
        else if (roll < 0.37) status = 'error';
        return {
          checkId: check.id,
          scorecard: check.scorecard,
          level: check.level,
          severity: check.severity,
          status,
          evidence: [{ message: `${check.id} ${status}`, file: 'ci.yml' }],
        };
      });
      await scores.saveScores({
        entity: {
          entityRef: ref,
          kind: 'Component',
          namespace: 'default',
          name,
          owner: i < teamSize ? team : `group:default/team-${i % 20}`,
          system: `system:default/system-${i % 37}`,
          lifecycle: i % 3 ? 'production' : 'experimental',
          type: 'service',
          tags: i % 4 ? ['go'] : ['go', 'pci'],
          ecosystems: ['go'],
        },
        snapshot: { entityHash: `hash-${i}`, catalogueVersion: 'bench' },
        scores: {
          entity: { kind: 'Component', namespace: 'default', name },
          ecosystems: ['go'],
          results,
          scorecards: scorecardIds.map(id =>
            computeScorecardScore(id, results),
          ),
        },
        scoredAt: new Date(),
      });
    }
    // A few exemptions in the team, so the rollup's recompute path is part of what is measured.
    for (let i = 0; i < 5; i++) {
      await exemptions.createExemption({
        entityRef: refs[i * 7],
        checkId: checkCatalogue[i].id,
        reason: 'benchmark',
        createdBy: 'user:default/bench',
        expiresAt: new Date(Date.now() + 86_400_000),
      });
    }
    const fillMs = performance.now() - fillStart;

    const entityReads = 2000;
    const entity = await measure(entityReads, async () => {
      const ref = refs[Math.floor(next() * refs.length)];
      const stored = await scores.getEntityScores(ref);
      if (stored?.results.length !== checkCatalogue.length) {
        throw new Error(`Incomplete read of ${ref}`);
      }
    });
    const teamReads = 200;
    const sorts = ['name', 'score', 'security'] as const;
    const teamRollup = await measure(teamReads, async i => {
      const page = await rollups.teamScores({
        owners: [team],
        sort: sorts[i % sorts.length],
        order: 'desc',
        limit: 500,
      });
      if (page.items.length !== teamSize || page.total !== teamSize) {
        throw new Error(`Team rollup returned ${page.items.length} items`);
      }
    });

    const result = {
      benchmark: 'read-scores',
      database: 'sqlite',
      entities: entityCount,
      resultsPerEntity: checkCatalogue.length,
      teamSize,
      fillMs: Number(fillMs.toFixed(0)),
      getEntityScores: { reads: entityReads, ...entity },
      teamScores: { reads: teamReads, limit: 500, ...teamRollup },
    };
    console.log(
      `Stored score reads (SQLite, ${entityCount} entities × ${checkCatalogue.length} results, filled in ${result.fillMs} ms)`,
    );
    console.log(
      '  read                       reads      p50 ms    p99 ms    max ms',
    );
    const row = (
      label: string,
      r: { reads: number; p50Ms: number; p99Ms: number; maxMs: number },
    ) =>
      console.log(
        `  ${label.padEnd(26)} ${String(r.reads).padStart(5)} ${String(
          r.p50Ms,
        ).padStart(11)} ${String(r.p99Ms).padStart(9)} ${String(
          r.maxMs,
        ).padStart(9)}`,
      );
    row('getEntityScores', result.getEntityScores);
    row(`teamScores (${teamSize} entities)`, result.teamScores);
    return result;
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
