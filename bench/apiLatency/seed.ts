/*
 * The data the API latency benchmark serves: a SQLite file with N scored services written through the real
 * stores (as a scoring run would leave it), and the catalog file with the teams that own them.
 */
import fs from 'fs';
import knexFactory from 'knex';
import yaml from 'yaml';
import {
  CheckResult,
  checkCatalogue,
  computeScorecardScore,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { applyDatabaseMigrations } from '../../plugins/stackscore-backend/src/database/migrations';
import { DatabaseExemptionStore } from '../../plugins/stackscore-backend/src/database/DatabaseExemptionStore';
import { DatabaseScoreStore } from '../../plugins/stackscore-backend/src/database/DatabaseScoreStore';

/** Owns the first 500 services (half of them when there are fewer than 1,000): the 500-service rollup. */
export const halfTeam = 'bench-500';
/** Owns the next 500. */
export const otherHalfTeam = 'bench-1000-b';
/** Parent of both: its rollup with subgroups is the 1,000-service case. */
export const parentTeam = 'bench-1000';
/** Services past the first 1,000 go to teams of 500 named `bench-extra-<k>`, so the database can be larger. */
const extraTeamSize = 500;

/**
 * How many services the two measured teams own: 500 each from N = 1,000 on, otherwise half of N each, so the
 * parent's rollup covers min(N, 1,000).
 */
export function teamSizes(services: number): {
  half: number;
  otherHalf: number;
  extraTeams: number;
} {
  const half = services >= 1000 ? 500 : Math.ceil(services / 2);
  const otherHalf = Math.min(services, 1000) - half;
  return {
    half,
    otherHalf,
    extraTeams: Math.ceil(Math.max(0, services - 1000) / extraTeamSize),
  };
}

/** The team that owns the i-th service. */
function ownerOf(i: number, services: number): string {
  const { half, otherHalf } = teamSizes(services);
  if (i < half) return halfTeam;
  if (i < half + otherHalf) return otherHalfTeam;
  return `bench-extra-${Math.floor((i - half - otherHalf) / extraTeamSize)}`;
}

/** The catalog name of the i-th seeded service. */
export function serviceName(i: number): string {
  return `bench-svc-${String(i).padStart(5, '0')}`;
}

/** Deterministic pseudo-random numbers, so every run serves the same data. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * Migrates `filename` and stores scores for `services` services: results for every built-in check, the four
 * scorecards, and a few active exemptions so the exemption paths of both routes are exercised. The first half
 * is owned as {@link teamSizes} says.
 */
export async function seedScores(options: {
  filename: string;
  services: number;
}): Promise<void> {
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: options.filename },
    useNullAsDefault: true,
  });
  try {
    await applyDatabaseMigrations({ getClient: async () => db });
    const scores = await DatabaseScoreStore.create({ db });
    const exemptions = await DatabaseExemptionStore.create({ db });
    const next = random(42);
    const ecosystems = ['go', 'python', 'node', 'rust', 'java'];
    for (let i = 0; i < options.services; i++) {
      const name = serviceName(i);
      const ecosystem = ecosystems[i % ecosystems.length];
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
          // Evidence of a realistic size: a message and a file position, as most collectors report.
          evidence: [
            {
              message: `${check.id}: ${status} (seeded by the API latency benchmark)`,
              file: 'Dockerfile',
              line: 1 + (i % 40),
            },
          ],
        };
      });
      await scores.saveScores({
        entity: {
          entityRef: `component:default/${name}`,
          kind: 'Component',
          namespace: 'default',
          name,
          owner: `group:default/${ownerOf(i, options.services)}`,
          system: `system:default/system-${i % 37}`,
          lifecycle: i % 3 ? 'production' : 'experimental',
          type: 'service',
          tags: i % 4 ? [ecosystem] : [ecosystem, 'pci'],
          ecosystems: [ecosystem],
        },
        snapshot: { entityHash: `hash-${i}`, catalogueVersion: 'bench' },
        scores: {
          entity: { kind: 'Component', namespace: 'default', name },
          ecosystems: [ecosystem],
          results,
          scorecards: scorecardIds.map(id =>
            computeScorecardScore(id, results),
          ),
        },
        scoredAt: new Date(),
      });
    }
    // One exemption in every hundred services, spread over both halves.
    for (let i = 0; i < options.services; i += 100) {
      await exemptions.createExemption({
        entityRef: `component:default/${serviceName(i)}`,
        checkId: checkCatalogue[(i / 100) % checkCatalogue.length].id,
        reason: 'benchmark',
        createdBy: 'user:default/bench',
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
      });
    }
  } finally {
    await db.destroy();
  }
}

/**
 * Writes the catalog file: the teams only (the three measured ones, those owning services past the first
 * 1,000, and `extraGroups` that own nothing). Services are deliberately not catalog entities — the read
 * routes under test never look them up, and without any Component in the catalog the plugin's cleanup skips
 * ("catalog listing is empty") instead of removing the seeded scores one minute after start-up.
 */
export function writeCatalog(
  filename: string,
  services: number,
  extraGroups = 0,
): void {
  const group = (name: string, spec: Record<string, unknown>) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, title: name },
    spec: { type: 'team', children: [], ...spec },
  });
  const documents = [
    group(parentTeam, { children: [halfTeam, otherHalfTeam] }),
    group(halfTeam, { parent: parentTeam }),
    group(otherHalfTeam, { parent: parentTeam }),
    ...Array.from({ length: teamSizes(services).extraTeams }, (_, k) =>
      group(`bench-extra-${k}`, {}),
    ),
    // Groups that own nothing, as a large organisation has: departments of ten teams each. The team routes
    // read every group of the catalog on each request, so their number is part of what a rollup costs.
    ...Array.from({ length: extraGroups }, (_, k) =>
      k % 10 === 0
        ? group(`bench-org-${k}`, {})
        : group(`bench-org-${k}`, { parent: `bench-org-${k - (k % 10)}` }),
    ),
  ];
  fs.writeFileSync(
    filename,
    documents.map(d => yaml.stringify(d)).join('---\n'),
  );
}
