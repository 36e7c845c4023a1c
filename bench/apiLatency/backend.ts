/*
 * Starts the real example backend (packages/backend) as a separate process for the API latency benchmark,
 * waits until it serves, and stops it again. It is started with `node` and Backstage's TypeScript require hook
 * directly rather than `backstage-cli package start`, because the CLI restarts the backend whenever a
 * watched source file changes, and other work editing the repository must not restart it mid-measurement.
 */
import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import path from 'path';
import yaml from 'yaml';

const root = path.resolve(__dirname, '../..');
const backendDir = path.join(root, 'packages/backend');

/** A backend started by {@link startBackend}. */
export interface StartedBackend {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** Stops the whole process group: SIGTERM, then SIGKILL after `graceMs`. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
  /** The last lines of the backend's log, for error messages. */
  logTail(lines?: number): string;
}

/**
 * Writes the app-config overlay: its own port, the SQLite directory holding the seeded `stackscore.sqlite`,
 * the benchmark catalog as the only location (arrays in later config files replace earlier ones), and no
 * scoring run during the measurement.
 */
export function writeOverlay(options: {
  filename: string;
  port: number;
  databaseDir: string;
  catalogFile: string;
}): void {
  const baseUrl = `http://localhost:${options.port}`;
  const overlay = {
    app: {
      baseUrl,
      // The app backend would otherwise rewrite packages/app/dist with this backend's URL, which other
      // work (the e2e suite) serves from a backend of its own.
      disableConfigInjection: true,
    },
    backend: {
      baseUrl,
      listen: { port: options.port },
      cors: { origin: baseUrl },
      database: {
        client: 'better-sqlite3',
        // backend-defaults gives each plugin `<directory>/<pluginId>.sqlite`.
        connection: { directory: options.databaseDir },
      },
    },
    catalog: {
      locations: [{ type: 'file', target: options.catalogFile }],
    },
    stackscore: {
      schedule: { initialDelay: { hours: 1 } },
    },
  };
  fs.writeFileSync(options.filename, yaml.stringify(overlay));
}

function delay(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** True when something already answers HTTP on the port. */
export async function portAnswers(port: number): Promise<boolean> {
  try {
    await fetch(`http://localhost:${port}/`, {
      signal: AbortSignal.timeout(1000),
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Spawns the backend in its own process group with the overlay and the static API token, its output going
 * to `logFile`. `cpuProfileDir`, when set, makes Node write a V8 CPU profile there when the backend exits.
 */
export function startBackend(options: {
  overlay: string;
  port: number;
  token: string;
  logFile: string;
  cpuProfileDir?: string;
  logLevel?: string;
  /** NODE_ENV of the backend: `production` as deployed, or `development` as `npm start` runs it. */
  nodeEnv: 'production' | 'development';
}): StartedBackend {
  const log = fs.openSync(options.logFile, 'a');
  const nodeArgs = [
    '--enable-source-maps',
    '--require',
    require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
  ];
  if (options.cpuProfileDir) {
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`);
  }
  let child: ChildProcess;
  try {
    child = spawn(
      process.execPath,
      [
        ...nodeArgs,
        'src/index.ts',
        '--config',
        path.join(root, 'app-config.yaml'),
        '--config',
        options.overlay,
      ],
      {
        cwd: backendDir,
        // A process group of its own, so stopping it reaches everything it started.
        detached: true,
        stdio: ['ignore', log, log],
        env: {
          ...process.env,
          // Backstage behaves differently in development: it pretty-prints every JSON response (express's
          // `json spaces` 2), which makes a 500-service page half as large again, and logs in colour.
          NODE_ENV: options.nodeEnv,
          STACKSCORE_API_TOKEN: options.token,
          ...(options.logLevel ? { LOG_LEVEL: options.logLevel } : {}),
        },
      },
    );
  } finally {
    fs.closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error('The backend process could not be started');
  }
  const exited = new Promise<void>(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
  });
  let stopping: Promise<void> | undefined;

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };

  return {
    baseUrl: `http://localhost:${options.port}`,
    pid,
    logFile: options.logFile,
    stop(graceMs = 15_000) {
      stopping ??= (async () => {
        signalGroup('SIGTERM');
        const timedOut = await Promise.race([
          exited.then(() => false),
          delay(graceMs).then(() => true),
        ]);
        if (timedOut) {
          signalGroup('SIGKILL');
          await exited;
        }
      })();
      return stopping;
    },
    logTail(lines = 40) {
      try {
        return fs
          .readFileSync(options.logFile, 'utf8')
          .split('\n')
          .slice(-lines)
          .join('\n');
      } catch {
        return '';
      }
    },
  };
}

/**
 * Polls until `check` resolves true; throws after `timeoutMs` with `what` in the message, or at once when the
 * backend process has exited.
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs: number; backend: StartedBackend },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (!isAlive(options.backend.pid)) {
      throw new Error(
        `The backend exited while waiting for ${what}:\n${options.backend.logTail()}`,
      );
    }
    try {
      if (await check()) return;
    } catch {
      // Not up yet.
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${
          options.timeoutMs
        } ms waiting for ${what}:\n${options.backend.logTail()}`,
      );
    }
    await delay(250);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * CPU time (user + system, in seconds) a process has used so far, from /proc; undefined where there is none.
 */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Resident set size of a process in MB, from /proc. */
export function processRssMb(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits until the backend has worked off what a load phase left queued: autocannon stops sending when its
 * time is up, but requests already accepted are still being answered, and would slow the next phase. Idle
 * means under 5% of a core over half a second; gives up after `timeoutMs`.
 */
export async function waitUntilIdle(
  pid: number,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let before = processCpuSeconds(pid);
  while (before !== undefined && Date.now() < deadline) {
    await delay(500);
    const after = processCpuSeconds(pid);
    if (after === undefined || after - before < 0.025) return;
    before = after;
  }
}
