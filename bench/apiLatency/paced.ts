/*
 * An open-loop load at a steady rate: requests arrive at random (exponential) intervals averaging `rate` per
 * second over up to `connections` keep-alive connections, as independent clients would send them. autocannon's
 * own rate limit is not used for this: it gives every connection a one-second timer started at the same moment,
 * so all connections fire together once a second — a burst of `connections` requests that measures queueing
 * behind the burst rather than the latency of a request at that rate.
 */
import http from 'http';
import { processCpuSeconds } from './backend';
import { random } from './seed';
import type { LoadResult } from './load';

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const round = (n: number) => Number(n.toFixed(2));

/**
 * Sends requests at `rate` per second on average for `durationS` seconds, each to `nextPath()`, and waits for
 * the last answer. A request that would need a connection beyond `connections` waits for one (and that wait
 * counts in its latency, as it would for a client).
 */
export async function runPaced(options: {
  baseUrl: string;
  nextPath: () => string;
  token: string;
  connections: number;
  durationS: number;
  rate: number;
  timeoutS: number;
  backendPid?: number;
}): Promise<LoadResult> {
  const url = new URL(options.baseUrl);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.connections,
  });
  const next = random(11);
  const samples: number[] = [];
  const statusCodes: Record<string, number> = {};
  const errorSeconds: number[] = [];
  const errorMessages = new Set<string>();
  let bytes = 0;
  let ok = 0;
  let errors = 0;
  let timeouts = 0;
  const cpuBefore =
    options.backendPid !== undefined
      ? processCpuSeconds(options.backendPid)
      : undefined;
  const clientBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const elapsedMs = () => Number(process.hrtime.bigint() - started) / 1e6;

  const send = (path: string) =>
    new Promise<void>(resolve => {
      const sentAt = process.hrtime.bigint();
      const request = http.get(
        {
          host: url.hostname,
          port: url.port,
          path,
          agent,
          headers: { authorization: `Bearer ${options.token}` },
          timeout: options.timeoutS * 1000,
        },
        response => {
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
          });
          response.on('end', () => {
            const ms = Number(process.hrtime.bigint() - sentAt) / 1e6;
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              samples.push(ms);
              bytes += size;
              ok++;
            } else {
              statusCodes[status] = (statusCodes[status] ?? 0) + 1;
            }
            resolve();
          });
        },
      );
      const fail = (error: Error) => {
        errors++;
        errorSeconds.push(Math.round(elapsedMs() / 100) / 10);
        errorMessages.add(error.message);
        resolve();
      };
      request.on('timeout', () => {
        timeouts++;
        request.destroy(new Error('request timed out'));
      });
      request.on('error', fail);
    });

  const inFlight: Promise<void>[] = [];
  const endMs = options.durationS * 1000;
  let due = 0;
  while (due < endMs) {
    const wait = due - elapsedMs();
    if (wait > 0) await new Promise(r => setTimeout(r, wait));
    inFlight.push(send(options.nextPath()));
    // Exponential inter-arrival times: a Poisson stream of requests at the given rate.
    due += (-Math.log(1 - next()) / options.rate) * 1000;
  }
  await Promise.all(inFlight);
  agent.destroy();

  const elapsedS = elapsedMs() / 1000;
  const cpuAfter =
    options.backendPid !== undefined
      ? processCpuSeconds(options.backendPid)
      : undefined;
  const client = process.cpuUsage(clientBefore);
  const sorted = Float64Array.from(samples).sort();
  const sum = samples.reduce((a, b) => a + b, 0);
  const non2xx = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  const requests = ok + non2xx;
  return {
    requests,
    requestsPerSec: round(requests / elapsedS),
    bytesPerResponse: ok > 0 ? Math.round(bytes / ok) : 0,
    p50Ms: round(quantile(sorted, 0.5)),
    p90Ms: round(quantile(sorted, 0.9)),
    p99Ms: round(quantile(sorted, 0.99)),
    maxMs: round(sorted.length ? sorted[sorted.length - 1] : NaN),
    meanMs: round(samples.length ? sum / samples.length : NaN),
    // Connections are opened as the first requests need them and stay open; the figures are not split.
    steadyP50Ms: round(quantile(sorted, 0.5)),
    steadyP99Ms: round(quantile(sorted, 0.99)),
    steadyMaxMs: round(sorted.length ? sorted[sorted.length - 1] : NaN),
    firstResponseP50Ms: NaN,
    firstResponseMaxMs: NaN,
    connectionsAnswered: NaN,
    errors,
    timeouts,
    non2xx,
    statusCodes,
    errorSeconds: errorSeconds.slice(0, 50),
    errorMessages: [...errorMessages].slice(0, 5),
    connections: options.connections,
    durationS: round(elapsedS),
    overallRate: options.rate,
    backendCpuPct:
      cpuBefore !== undefined && cpuAfter !== undefined
        ? Math.round(((cpuAfter - cpuBefore) / elapsedS) * 100)
        : undefined,
    clientCpuPct: Math.round(
      ((client.user + client.system) / 1e6 / elapsedS) * 100,
    ),
  };
}
