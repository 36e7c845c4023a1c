import { spawn } from 'child_process';

/** What one load run saw, summed over all its clients. */
export interface LoadSummary {
  requests: number;
  /** Requests that failed at the connection level, by error code. */
  errors: Record<string, number>;
  /** Requests not answered within the timeout. */
  timeouts: number;
  /** Answers that took over 10 s, by endpoint (entity names folded). */
  slowEndpoints: Record<string, number>;
  /** Answers other than 2xx, by status. */
  non2xx: Record<string, number>;
  /** 2xx answers whose body was not a JSON object, or was an error object. */
  badBodies: number;
  /** Sockets the clients used: one per client when keep-alive holds. */
  sockets: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
}

// Plain keep-alive HTTP clients in a process of their own, so the backend under test keeps its event loop.
// Each client has its own connection (its own agent): one shared agent hands its sockets out most recently
// used first and leaves some callers waiting for the whole run (measured against a bare http.Server: p99
// 11.6 s with a shared agent, 0.44 s with an agent per client). The clients connect first, ten at a time,
// each with one request, and only then go flat out: a Node server that is already saturated leaves new
// connections unaccepted for seconds, and "200 concurrent clients" means 200 connected clients, not 200
// racing to connect.
const clientSource = `
const http = require('http');
process.once('message', async ({ port, clients, seconds, paths, headers, timeoutMs }) => {
  const agents = Array.from({ length: clients }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const sockets = new Set();
  const latencies = [];
  const errors = {};
  const non2xx = {};
  let timeouts = 0;
  const slowEndpoints = {};
  let badBodies = 0;
  let next = 0;
  const get = (agent, path) =>
    new Promise(resolve => {
      const start = Date.now();
      const req = http.request({ host: '127.0.0.1', port, path, agent, headers }, res => {
        sockets.add(res.socket);
        const chunks = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('end', () => {
          const ms = Date.now() - start;
          latencies.push(ms);
          if (ms > 10000) {
            const endpoint = path.replace(/service-\\d+/, '*').replace(/\\?.*/, '');
            slowEndpoints[endpoint] = (slowEndpoints[endpoint] || 0) + 1;
          }
          if (res.statusCode < 200 || res.statusCode > 299) {
            non2xx[res.statusCode] = (non2xx[res.statusCode] || 0) + 1;
          } else {
            try {
              const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              if (value === null || typeof value !== 'object' || 'error' in value) badBodies++;
            } catch {
              badBodies++;
            }
          }
          resolve();
        });
        res.on('error', error => {
          errors[error.code || error.message] = (errors[error.code || error.message] || 0) + 1;
          resolve();
        });
      });
      req.setTimeout(timeoutMs, () => {
        timeouts++;
        req.destroy(new Error('timeout'));
      });
      req.on('error', error => {
        if (error.message !== 'timeout') {
          errors[error.code || error.message] = (errors[error.code || error.message] || 0) + 1;
        }
        resolve();
      });
      req.end();
    });

  // Connect every client, ten at a time, each with one real request.
  for (let i = 0; i < clients; i += 10) {
    await Promise.all(agents.slice(i, i + 10).map(agent => get(agent, paths[next++ % paths.length])));
  }
  latencies.length = 0;
  const started = Date.now();
  const end = started + seconds * 1000;
  const client = async agent => {
    while (Date.now() < end) await get(agent, paths[next++ % paths.length]);
  };
  await Promise.all(agents.map(client));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = q => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] || 0;
  process.send(
    {
      requests: latencies.length + timeouts,
      errors,
      timeouts,
      slowEndpoints,
      non2xx,
      badBodies,
      sockets: sockets.size,
      requestsPerSecond: latencies.length / elapsed,
      latencyMs: { p50: at(0.5), p99: at(0.99), max: latencies[latencies.length - 1] || 0 },
    },
    () => process.disconnect(),
  );
});
`;

/**
 * Test-only: `clients` concurrent keep-alive clients, each issuing GETs to `paths` in turn, back to back, for
 * `seconds` once all are connected; from a child process. Resolves with what they saw.
 */
export function runLoadClients(options: {
  port: number;
  clients: number;
  seconds: number;
  paths: string[];
  headers: Record<string, string>;
  /** A request unanswered for this long counts as a timeout; 10 s by default (fair queueing at 200
   * clients keeps answers well under a second). */
  timeoutMs?: number;
}): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', clientSource], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr!.on('data', chunk => {
      stderr = (stderr + chunk).slice(-2000);
    });
    let summary: LoadSummary | undefined;
    child.on('message', message => {
      summary = message as LoadSummary;
    });
    // 'close' comes after the IPC channel closed, so the summary message has arrived by then.
    child.on('close', code => {
      if (summary) resolve(summary);
      else reject(new Error(`load clients failed (exit ${code}): ${stderr}`));
    });
    child.send({
      port: options.port,
      clients: options.clients,
      seconds: options.seconds,
      paths: options.paths,
      headers: options.headers,
      timeoutMs: options.timeoutMs ?? 10_000,
    });
  });
}
