/*
 * 200 concurrent clients on the read endpoints (entity scores, team rollups, overview, check catalogue, runs)
 * of the plugin on a test backend with a seeded database, for RELIABILITY_LOAD_SECONDS (default 60): zero
 * connection errors, zero requests unanswered after 10 s, zero non-2xx answers, every body a JSON object.
 * Latencies are printed, not judged: the benchmark owns speed. RELIABILITY_LOAD_CLIENTS changes the 200.
 */
import { mockCredentials } from '@backstage/backend-test-utils';
import { apiPrefix, rawRequest, startReliabilityBackend } from './backend';
import type { Knex } from 'knex';
import { runLoadClients } from './loadClients';
import { seedOrganisation, seededGroups } from './seed';

const seconds = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
const clients = Number(process.env.RELIABILITY_LOAD_CLIENTS ?? 200);
/** Services in the seeded database: half in one team, so its rollup reads hundreds of rows. */
const services = 400;

/** The read paths the clients cycle through: mostly entity scores, as the portal's pages ask. */
function readPaths(names: string[]): string[] {
  const paths: string[] = [];
  const rollups = [
    '/v1/teams/default/platform/scores',
    '/v1/teams/default/platform/scores?sort=score&order=desc&limit=100',
    '/v1/teams/default/platform/scores?sort=security&includeSubgroups=false',
    '/v1/teams/default/platform-web/scores?lifecycle=production',
    '/v1/overview',
    '/v1/overview?lifecycle=production',
    '/v1/checks',
    '/v1/checks?scorecard=slo',
    '/v1/runs',
    '/v1/runs?limit=5',
  ];
  for (let i = 0; i < names.length; i++) {
    paths.push(`/v1/entities/component/default/${names[i]}/scores`);
    if (i % 4 === 0) paths.push(rollups[(i / 4) % rollups.length]);
  }
  return paths.map(p => `${apiPrefix}${p}`);
}

/** How long one load test may take: seeding, the load, and margin. */
export const readLoadTimeoutMs = (seconds + 120) * 1000;

/** The title of a load test file's describe block. */
export const readLoadTitle = `${clients} concurrent clients on the read endpoints for ${seconds} s`;

/** What a clean load run looks like, to compare {@link runReadLoad}'s verdict with. */
export const cleanVerdict = {
  errors: {},
  timeouts: 0,
  non2xx: {},
  badBodies: 0,
  /** Every client held its own connection throughout. */
  sockets: clients,
  answered: true,
};

/**
 * Test-only: starts the plugin on the given (empty) database, seeds it, checks every path answers, then puts
 * the clients on the read endpoints for the configured time. Returns a one-line report and the verdict to
 * compare with {@link cleanVerdict}. One database per test file, so jest runs the SQLite and PostgreSQL
 * loads in separate worker processes (better-sqlite3 answers synchronously, so two backends in one process
 * would starve each other rather than share).
 */
export async function runReadLoad(db: Knex, label: string) {
  const { port } = await startReliabilityBackend({
    db,
    entities: seededGroups,
  });
  const seedStart = Date.now();
  const names = await seedOrganisation(db, services);
  const seedMs = Date.now() - seedStart;
  const paths = readPaths(names);
  // Every path answers 200 before the load starts, so a failure under load is the load's doing.
  for (const path of new Set(paths.filter((_, i) => i < 60 || i % 50 === 0))) {
    const res = await rawRequest({ port, method: 'GET', path });
    if (res.status !== 200) {
      throw new Error(`${path}: ${res.status} ${res.text.slice(0, 200)}`);
    }
  }
  const summary = await runLoadClients({
    port,
    clients,
    seconds,
    paths,
    headers: { authorization: mockCredentials.user.header() },
  });
  const report = `${label}: ${
    summary.requests
  } requests in ${seconds} s (${Math.round(
    summary.requestsPerSecond,
  )}/s) from ${clients} clients on ${
    summary.sockets
  } sockets over ${services} seeded services (seeded in ${seedMs} ms); latency p50 ${
    summary.latencyMs.p50
  } ms, p99 ${summary.latencyMs.p99} ms, max ${
    summary.latencyMs.max
  } ms; answers over 10 s: ${JSON.stringify(summary.slowEndpoints)}`;
  const verdict = {
    errors: summary.errors,
    timeouts: summary.timeouts,
    non2xx: summary.non2xx,
    badBodies: summary.badBodies,
    sockets: summary.sockets,
    answered: summary.requests > clients,
  };
  return { report, verdict };
}
