/*
 * API latency under load, measured from a second process against a started backend.
 *
 * Seeds a SQLite file with N scored services through the real stores (default 1,000: 500 owned by
 * group:default/bench-500, 500 by group:default/bench-1000-b, both children of group:default/bench-1000; services
 * past 1,000 go to other teams), starts the example backend (packages/backend) on port 7107 with that database
 * and a catalog of those groups, and loads it from this process with autocannon:
 *   - GET /api/stackscore/v1/health, the framework's floor (no credentials, one `select 1`),
 *   - GET /api/stackscore/v1/entities/component/default/<a random one of the N>/scores,
 *   - the same at a steady rate (Poisson arrivals, one request per connection per second by default),
 *   - GET /api/stackscore/v1/teams/default/bench-500/scores?limit=500 (500 services),
 *   - GET /api/stackscore/v1/teams/default/bench-1000/scores?limit=500 (1,000 services, with subgroups),
 * each with 200 connections, then entity scores and both rollups with one connection (the latency one user
 * sees), and the catalog group listing the team routes make on every request.
 *
 * Options:
 *   --services N         services seeded (default 1000)
 *   --duration S         seconds per loaded phase (default 20)
 *   --single-duration S  seconds per single-client phase (default min(10, duration))
 *   --connections C      concurrent connections (default 200)
 *   --paced-rate R       requests per second of the paced phase (default: one per connection)
 *   --timeout S          a request unanswered by then counts as an error (default 30)
 *   --port P             the backend's port (default 7107)
 *   --node-env E         production (default) or development (Backstage pretty-prints JSON there)
 *   --extra-groups G     groups owning nothing added to the catalog (default 0)
 *   --log-level L        the backend's LOG_LEVEL (default info: one log line per request)
 *   --only PHASES        for profiling, a comma list of floor, entity, paced, team500, team1000, single
 *   --cpu-prof DIR       write the backend's V8 CPU profile there when it stops (see profileSummary.js)
 *   --keep-log FILE      keep a copy of the backend's log
 *   --api-json FILE      write the result as JSON
 */
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { checkCatalogue } from '@stackscore/plugin-stackscore-common';
import {
  StartedBackend,
  portAnswers,
  processRssMb,
  startBackend,
  waitFor,
  waitUntilIdle,
  writeOverlay,
} from './apiLatency/backend';
import { LoadResult, runLoad } from './apiLatency/load';
import { runPaced } from './apiLatency/paced';
import {
  halfTeam,
  otherHalfTeam,
  parentTeam,
  random,
  seedScores,
  serviceName,
  teamSizes,
  writeCatalog,
} from './apiLatency/seed';

/** The issue's targets for the read API. */
export const apiLatencyTargets = {
  /** p99 of one entity's scores with 200 concurrent clients. */
  entityScoresP99Ms: 10,
  /** A team rollup of 1,000 services, per request (one client's median). */
  teamRollup1000Ms: 100,
};

/** The figures of one endpoint under load, as reported. */
export type EndpointLatency = LoadResult;

/** What {@link main} returns. */
export interface ApiLatencyResult {
  benchmark: 'api-latency';
  database: 'sqlite';
  services: number;
  checks: number;
  /** Groups in the benchmark catalog, all of which the team routes read per request. */
  catalogGroups: number;
  nodeEnv: 'production' | 'development';
  /** The machine's load average (1 min) before and after: other work on the machine skews the figures. */
  loadAverage: { before: number; after: number };
  /** Services in the two measured team rollups. */
  teamRollupSizes: { team500: number; team1000: number };
  connections: number;
  durationS: number;
  singleClientDurationS: number;
  timeoutS: number;
  seedMs: number;
  /** From spawning the backend to its catalog having the benchmark groups. */
  backendReadyMs: number;
  /** Backend resident memory after the loaded phases. */
  backendRssMb?: number;
  /** Body sizes of one response each, in bytes. */
  responseBytes: {
    entityScores: number;
    teamRollup500: number;
    teamRollup1000: number;
  };
  /** The health route under the same load: what the framework and one trivial query cost, for comparison. */
  healthFloor: EndpointLatency;
  /** Entity scores under the closed loop: each connection sends its next request when it has an answer. */
  entityScores: EndpointLatency;
  /**
   * Entity scores at `--paced-rate` requests per second in all (Poisson arrivals over up to `connections`
   * keep-alive connections).
   */
  entityScoresPaced: EndpointLatency;
  teamRollup500: EndpointLatency;
  teamRollup1000: EndpointLatency;
  entityScoresSingleClient: EndpointLatency;
  teamRollup500SingleClient: EndpointLatency;
  teamRollup1000SingleClient: EndpointLatency;
  /** The catalog request (all groups, a few fields) every team route makes, from outside, one client. */
  catalogGroupsSingleClient: EndpointLatency;
  /** Summary figures named as in the issue's JSON. */
  entityScoresP99Ms: number;
  /** p99 of entity scores at the paced rate: the backend not saturated. */
  entityScoresPacedP99Ms: number;
  teamRollup1000Ms: number;
  teamRollup1000SingleClientP50Ms: number;
  teamRollup1000SingleClientP99Ms: number;
  targets: typeof apiLatencyTargets;
  targetsMet: { entityScoresP99Ms: boolean; teamRollup1000Ms: boolean };
}

const phaseNames = [
  'floor',
  'entity',
  'paced',
  'team500',
  'team1000',
  'single',
] as const;
type PhaseName = (typeof phaseNames)[number];

/** The figures of a phase left out by `--only`. */
function skipped(connections: number): LoadResult {
  return {
    requests: 0,
    requestsPerSec: 0,
    bytesPerResponse: 0,
    p50Ms: NaN,
    p90Ms: NaN,
    p99Ms: NaN,
    maxMs: NaN,
    meanMs: NaN,
    steadyP50Ms: NaN,
    steadyP99Ms: NaN,
    steadyMaxMs: NaN,
    firstResponseP50Ms: NaN,
    firstResponseMaxMs: NaN,
    connectionsAnswered: 0,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    statusCodes: {},
    errorSeconds: [],
    errorMessages: [],
    connections,
    durationS: 0,
    clientCpuPct: 0,
  };
}

const round2 = (n: number) => Number(n.toFixed(2));

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function positiveNumber(
  args: string[],
  name: string,
  fallback: number,
): number {
  const raw = option(args, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} needs a positive number, got ${raw}`);
  }
  return value;
}

const stackscoreApi = '/api/stackscore/v1';
/** The fields `loadGroupHierarchy` asks the catalog for. */
const groupFields = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.profile.displayName',
  'spec.parent',
  'spec.children',
].join(',');

function printTable(result: ApiLatencyResult) {
  console.log(
    `API latency (SQLite, ${result.services} services × ${result.checks} checks, backend on another process; ` +
      `${result.connections} connections × ${result.durationS} s, single client × ${result.singleClientDurationS} s; ` +
      `NODE_ENV=${result.nodeEnv}, ${result.catalogGroups} catalog groups, load average ${result.loadAverage.before} → ${result.loadAverage.after})`,
  );
  const header = [
    'endpoint'.padEnd(34),
    'conns'.padStart(5),
    'requests'.padStart(9),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'p99 st'.padStart(8),
    'max ms'.padStart(9),
    '1st max'.padStart(8),
    'non2xx'.padStart(7),
    'errors'.padStart(7),
    'KB/resp'.padStart(8),
    'srv CPU'.padStart(8),
  ];
  console.log(`  ${header.join(' ')}`);
  const ms = (n: number, digits = 1) =>
    Number.isNaN(n) ? '-' : n.toFixed(digits);
  const row = (label: string, r: LoadResult) =>
    console.log(
      `  ${[
        label.padEnd(34),
        String(r.connections).padStart(5),
        String(r.requests).padStart(9),
        r.requestsPerSec.toFixed(0).padStart(8),
        ms(r.p50Ms).padStart(8),
        ms(r.p99Ms).padStart(8),
        ms(r.steadyP99Ms).padStart(8),
        ms(r.maxMs).padStart(9),
        ms(r.firstResponseMaxMs, 0).padStart(8),
        String(r.non2xx).padStart(7),
        String(r.errors).padStart(7),
        (r.bytesPerResponse / 1024).toFixed(1).padStart(8),
        `${r.backendCpuPct ?? '-'}%`.padStart(8),
      ].join(' ')}`,
    );
  const { team500, team1000 } = result.teamRollupSizes;
  row('health (framework floor)', result.healthFloor);
  row('entity scores', result.entityScores);
  row(
    `entity scores, ${result.entityScoresPaced.overallRate} req/s paced`,
    result.entityScoresPaced,
  );
  row(`team rollup (${team500})`, result.teamRollup500);
  row(`team rollup (${team1000}, subgroups)`, result.teamRollup1000);
  row('entity scores', result.entityScoresSingleClient);
  row(`team rollup (${team500})`, result.teamRollup500SingleClient);
  row(
    `team rollup (${team1000}, subgroups)`,
    result.teamRollup1000SingleClient,
  );
  row('catalog group listing', result.catalogGroupsSingleClient);
  console.log(
    "  p99 st: p99 without each connection's first answer; 1st max: slowest first answer (connection set-up " +
      'on a busy backend); srv CPU: backend process, 100% = one core',
  );
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `  targets: entity scores p99 ${result.entityScoresP99Ms} ms with ${result.connections} clients ` +
      `(≤ ${result.targets.entityScoresP99Ms}: ${mark(
        result.targetsMet.entityScoresP99Ms,
      )}); ` +
      `team rollup of ${team1000} ${result.teamRollup1000Ms} ms per request, single client p50 ` +
      `(≤ ${result.targets.teamRollup1000Ms}: ${mark(
        result.targetsMet.teamRollup1000Ms,
      )})`,
  );
}

/**
 * Runs the API latency benchmark and returns its figures; prints a table. The backend it starts and the
 * temporary folder are removed however it ends.
 */
export async function main(args: string[]): Promise<ApiLatencyResult> {
  const services = Math.floor(positiveNumber(args, '--services', 1000));
  const durationS = positiveNumber(args, '--duration', 20);
  const singleClientDurationS = positiveNumber(
    args,
    '--single-duration',
    Math.min(10, durationS),
  );
  const connections = Math.floor(positiveNumber(args, '--connections', 200));
  // Longer than autocannon's 10 s default: a saturated team rollup answers after several seconds, and the
  // figure to report is how long, not only that a client with a short patience gave up.
  const timeoutS = positiveNumber(args, '--timeout', 30);
  const port = Math.floor(positiveNumber(args, '--port', 7107));
  if (port === 7007) {
    throw new Error('Port 7007 belongs to the e2e suite and CI; pick another');
  }
  const cpuProfileDir = option(args, '--cpu-prof');
  const extraGroupsOption = option(args, '--extra-groups');
  const extraGroups = extraGroupsOption ? Number(extraGroupsOption) : 0;
  if (!Number.isInteger(extraGroups) || extraGroups < 0) {
    throw new Error(
      `--extra-groups needs a whole number, got ${extraGroupsOption}`,
    );
  }
  const logLevel = option(args, '--log-level');
  const nodeEnv = option(args, '--node-env') ?? 'production';
  if (nodeEnv !== 'production' && nodeEnv !== 'development') {
    throw new Error(`--node-env is production or development, got ${nodeEnv}`);
  }
  const pacedRate = positiveNumber(args, '--paced-rate', connections);
  const onlyOption = option(args, '--only');
  const only = onlyOption
    ? new Set(
        onlyOption.split(',').map(name => {
          if (!(phaseNames as readonly string[]).includes(name)) {
            throw new Error(
              `--only takes phases from ${phaseNames.join(', ')}; got ${name}`,
            );
          }
          return name as PhaseName;
        }),
      )
    : undefined;
  const sizes = teamSizes(services);
  if (sizes.half < 1 || sizes.otherHalf < 1) {
    throw new Error('--services must be at least 2');
  }
  if (await portAnswers(port)) {
    throw new Error(
      `Something already answers on port ${port}; stop it or pass --port`,
    );
  }

  const loadBefore = round2(os.loadavg()[0]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-api-bench-'));
  let backend: StartedBackend | undefined;
  // Ctrl-C or a kill of this process must not leave a backend holding the port.
  const onSignal = (signal: NodeJS.Signals) => {
    void (async () => {
      await backend?.stop(5_000);
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    })();
  };
  const onExit = () => {
    if (backend) {
      try {
        process.kill(-backend.pid, 'SIGKILL');
      } catch {
        // Already stopped.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', onExit);

  try {
    const seedStart = performance.now();
    await seedScores({
      filename: path.join(dir, 'stackscore.sqlite'),
      services,
    });
    const seedMs = Math.round(performance.now() - seedStart);
    const catalogFile = path.join(dir, 'catalog.yaml');
    writeCatalog(catalogFile, services, extraGroups);
    const overlay = path.join(dir, 'app-config.bench.yaml');
    writeOverlay({ filename: overlay, port, databaseDir: dir, catalogFile });

    const token = crypto.randomBytes(24).toString('hex');
    const auth = { authorization: `Bearer ${token}` };
    if (cpuProfileDir) fs.mkdirSync(cpuProfileDir, { recursive: true });
    const readyStart = performance.now();
    backend = startBackend({
      overlay,
      port,
      token,
      logFile: path.join(dir, 'backend.log'),
      cpuProfileDir: cpuProfileDir && path.resolve(cpuProfileDir),
      logLevel,
      nodeEnv,
    });
    const { baseUrl } = backend;
    const started = backend;
    await waitFor(
      'the Stackscore health route',
      async () => (await fetch(`${baseUrl}${stackscoreApi}/health`)).ok,
      { timeoutMs: 180_000, backend: started },
    );
    for (const team of [parentTeam, halfTeam, otherHalfTeam]) {
      await waitFor(
        `the catalog to ingest group:default/${team}`,
        async () =>
          (
            await fetch(
              `${baseUrl}/api/catalog/entities/by-name/group/default/${team}`,
              { headers: auth },
            )
          ).ok,
        { timeoutMs: 120_000, backend: started },
      );
    }
    // Every group, not only the measured ones: the catalog is still stitching the rest otherwise, and the
    // team routes read all of them.
    const catalogGroups = 3 + sizes.extraTeams + extraGroups;
    await waitFor(
      `the catalog to hold all ${catalogGroups} groups`,
      async () => {
        const response = await fetch(
          `${baseUrl}/api/catalog/entities/by-query?filter=kind=group&limit=1`,
          { headers: auth },
        );
        return (
          response.ok && (await response.json()).totalItems === catalogGroups
        );
      },
      { timeoutMs: 300_000, backend: started },
    );
    const backendReadyMs = Math.round(performance.now() - readyStart);

    const entityPath = (i: number) =>
      `${stackscoreApi}/entities/component/default/${serviceName(i)}/scores`;
    const team500Path = `${stackscoreApi}/teams/default/${halfTeam}/scores?limit=500`;
    const team1000Path = `${stackscoreApi}/teams/default/${parentTeam}/scores?limit=500`;
    const catalogGroupsPath = `/api/catalog/entities?filter=kind=group&fields=${groupFields}`;

    // One request each first: the routes answer, with the data seeded, and how big the answers are.
    const getJson = async (p: string) => {
      const response = await fetch(`${baseUrl}${p}`, { headers: auth });
      const text = await response.text();
      if (!response.ok) {
        throw new Error(`GET ${p}: ${response.status} ${text.slice(0, 500)}`);
      }
      return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
    };
    const entity = await getJson(entityPath(0));
    if (entity.body.results?.length !== checkCatalogue.length) {
      throw new Error(`Entity scores of ${serviceName(0)} are incomplete`);
    }
    const team500 = await getJson(team500Path);
    const team1000 = await getJson(team1000Path);
    if (team500.body.total !== sizes.half) {
      throw new Error(
        `Team ${halfTeam} rolls up ${team500.body.total} services, expected ${sizes.half}`,
      );
    }
    if (team1000.body.total !== sizes.half + sizes.otherHalf) {
      throw new Error(
        `Team ${parentTeam} rolls up ${
          team1000.body.total
        } services, expected ${
          sizes.half + sizes.otherHalf
        } (are its subgroups in the catalog?)`,
      );
    }

    const next = random(7);
    const randomEntityPath = () => entityPath(Math.floor(next() * services));
    const load = async (
      p: string,
      conns: number,
      seconds: number,
      nextPath?: () => string,
    ) => {
      await waitUntilIdle(started.pid);
      return runLoad({
        baseUrl,
        path: p,
        nextPath,
        token,
        connections: conns,
        durationS: seconds,
        timeoutS,
        backendPid: started.pid,
      });
    };

    // `--only` (for profiling) runs a subset; the others report nothing.
    const phase = (
      name: PhaseName,
      conns: number,
      run: () => Promise<LoadResult>,
    ): Promise<LoadResult> =>
      !only || only.has(name) ? run() : Promise.resolve(skipped(conns));

    // Warm-up, not measured: the JIT, SQLite's page cache, token verification caches.
    const warmS = Math.min(3, durationS);
    await load(entityPath(0), 10, warmS, randomEntityPath);
    await load(team1000Path, 10, warmS);

    // The framework's floor: the health route (no credentials, one `select 1`) under the same load.
    const healthFloor = await phase('floor', connections, () =>
      load(`${stackscoreApi}/health`, connections, durationS),
    );
    const entityScores = await phase('entity', connections, () =>
      load(entityPath(0), connections, durationS, randomEntityPath),
    );
    // The same number of clients at a steady pace (by default one request per client per second, at random
    // moments): the latency a request sees when the backend is not saturated, which the closed loop above
    // cannot show — there, latency is the connections divided by the backend's throughput.
    const entityScoresPaced = await phase('paced', connections, async () => {
      await waitUntilIdle(started.pid);
      return runPaced({
        baseUrl,
        nextPath: randomEntityPath,
        token,
        connections,
        durationS,
        rate: pacedRate,
        timeoutS,
        backendPid: started.pid,
      });
    });
    const teamRollup500 = await phase('team500', connections, () =>
      load(team500Path, connections, durationS),
    );
    const teamRollup1000 = await phase('team1000', connections, () =>
      load(team1000Path, connections, durationS),
    );
    const backendRssMb = processRssMb(started.pid);
    const single = (p: string, nextPath?: () => string) =>
      phase('single', 1, () => load(p, 1, singleClientDurationS, nextPath));
    const entityScoresSingleClient = await single(
      entityPath(0),
      randomEntityPath,
    );
    const teamRollup500SingleClient = await single(team500Path);
    const teamRollup1000SingleClient = await single(team1000Path);
    const catalogGroupsSingleClient = await single(catalogGroupsPath);

    const result: ApiLatencyResult = {
      benchmark: 'api-latency',
      database: 'sqlite',
      services,
      checks: checkCatalogue.length,
      catalogGroups,
      nodeEnv,
      loadAverage: { before: loadBefore, after: round2(os.loadavg()[0]) },
      teamRollupSizes: {
        team500: sizes.half,
        team1000: sizes.half + sizes.otherHalf,
      },
      connections,
      durationS,
      singleClientDurationS,
      timeoutS,
      seedMs,
      backendReadyMs,
      backendRssMb,
      responseBytes: {
        entityScores: entity.bytes,
        teamRollup500: team500.bytes,
        teamRollup1000: team1000.bytes,
      },
      healthFloor,
      entityScores,
      entityScoresPaced,
      teamRollup500,
      teamRollup1000,
      entityScoresSingleClient,
      teamRollup500SingleClient,
      teamRollup1000SingleClient,
      catalogGroupsSingleClient,
      entityScoresP99Ms: entityScores.p99Ms,
      entityScoresPacedP99Ms: entityScoresPaced.p99Ms,
      teamRollup1000Ms: teamRollup1000SingleClient.p50Ms,
      teamRollup1000SingleClientP50Ms: teamRollup1000SingleClient.p50Ms,
      teamRollup1000SingleClientP99Ms: teamRollup1000SingleClient.p99Ms,
      targets: apiLatencyTargets,
      targetsMet: {
        entityScoresP99Ms:
          entityScores.p99Ms <= apiLatencyTargets.entityScoresP99Ms,
        teamRollup1000Ms:
          teamRollup1000SingleClient.p50Ms <=
          apiLatencyTargets.teamRollup1000Ms,
      },
    };
    printTable(result);
    const jsonFile = option(args, '--api-json');
    if (jsonFile) {
      fs.writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
    }
    return result;
  } finally {
    await backend?.stop();
    const keepLog = option(args, '--keep-log');
    if (keepLog && backend) {
      fs.copyFileSync(backend.logFile, keepLog);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('exit', onExit);
  }
}
