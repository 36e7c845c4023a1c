/*
 * One load phase of the API latency benchmark: autocannon against one endpoint, with the latency of every
 * response kept at full resolution (autocannon's own histogram rounds to whole milliseconds, too coarse for
 * sub-millisecond single-client reads), and the backend's CPU use over the phase.
 */
import autocannon from 'autocannon';
import { processCpuSeconds } from './backend';

/** What one load phase measured. */
export interface LoadResult {
  /** Responses received (any status). */
  requests: number;
  /** Responses per second over the phase. */
  requestsPerSec: number;
  /** Mean response body bytes of 2xx responses. */
  bytesPerResponse: number;
  /** Latency percentiles of 2xx answers, every answer counted. */
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** Latency of 2xx answers, leaving out each connection's first answer. */
  steadyP50Ms: number;
  steadyP99Ms: number;
  steadyMaxMs: number;
  /** Latency of each connection's first answer when 2xx (connection set-up plus the request). */
  firstResponseP50Ms: number;
  firstResponseMaxMs: number;
  /** Connections that got at least one answer during the phase. */
  connectionsAnswered: number;
  /** Connection errors, including timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Status codes other than 2xx with their counts, to tell 401s from 500s. */
  statusCodes: Record<string, number>;
  /** Seconds into the phase of the first 50 errors. */
  errorSeconds: number[];
  /** Distinct error messages (up to 5). */
  errorMessages: string[];
  connections: number;
  durationS: number;
  /** The paced rate, when the phase was paced. */
  overallRate?: number;
  /** Share of one core the backend used during the phase (100 = one core busy throughout). */
  backendCpuPct?: number;
  /** Share of one core this (load generating) process used during the phase. */
  clientCpuPct: number;
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const round = (n: number) => Number(n.toFixed(2));

/**
 * Runs autocannon for `durationS` seconds with `connections` connections. `nextPath`, when given, is asked
 * for the path of every request, so each can name a different entity.
 */
export async function runLoad(options: {
  baseUrl: string;
  path: string;
  nextPath?: () => string;
  token: string;
  connections: number;
  durationS: number;
  /** Requests per second over all connections; unset: each connection sends as soon as it has an answer. */
  overallRate?: number;
  /** Seconds before autocannon gives up on a request and counts an error. */
  timeoutS: number;
  backendPid?: number;
}): Promise<LoadResult> {
  const { nextPath } = options;
  const samples: number[] = [];
  // Each connection's first answer apart: a connection opened while the backend is saturated waits seconds
  // for it (Node serves the connections it already has first; a plain http server does the same), which is
  // a different thing from the steady-state latency of a client that is connected.
  const firstSamples: number[] = [];
  const steadySamples: number[] = [];
  const answered = new Set<unknown>();
  const statusCodes: Record<string, number> = {};
  const cpuBefore =
    options.backendPid !== undefined
      ? processCpuSeconds(options.backendPid)
      : undefined;
  const clientBefore = process.cpuUsage();
  const started = process.hrtime.bigint();

  const instance = autocannon({
    url: `${options.baseUrl}${options.path}`,
    connections: options.connections,
    duration: options.durationS,
    overallRate: options.overallRate,
    timeout: options.timeoutS,
    headers: { authorization: `Bearer ${options.token}` },
    // The first response's time is the connection set-up plus the request; keep it, a client pays it too.
    requests: nextPath
      ? [{ setupRequest: request => ({ ...request, path: nextPath() }) }]
      : undefined,
  });
  // Without a callback the typings see only the promise, though the instance is an emitter too; and they
  // leave out the client that autocannon passes first to 'response' listeners.
  const events = instance as unknown as NodeJS.EventEmitter;
  events.on(
    'response',
    (client: unknown, statusCode: number, _bytes: number, ms: number) => {
      const firstAnswer = !answered.has(client);
      answered.add(client);
      if (statusCode >= 200 && statusCode < 300) {
        samples.push(ms);
        (firstAnswer ? firstSamples : steadySamples).push(ms);
      } else {
        statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      }
    },
  );
  // When errors happened and what they were: a timeout at the start reads differently from one at the end.
  const errorSeconds: number[] = [];
  const errorMessages = new Set<string>();
  events.on('reqError', (error: Error) => {
    errorSeconds.push(
      Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10,
    );
    errorMessages.add(error.message);
  });
  const result = await instance;

  const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter =
    options.backendPid !== undefined
      ? processCpuSeconds(options.backendPid)
      : undefined;
  const client = process.cpuUsage(clientBefore);
  const sorted = Float64Array.from(samples).sort();
  const steady = Float64Array.from(steadySamples).sort();
  const first = Float64Array.from(firstSamples).sort();
  const sum = samples.reduce((a, b) => a + b, 0);
  const requests = result['2xx'] + result.non2xx;
  return {
    requests,
    requestsPerSec: round(requests / result.duration),
    bytesPerResponse:
      result['2xx'] > 0
        ? Math.round(result.throughput.total / result['2xx'])
        : 0,
    p50Ms: round(quantile(sorted, 0.5)),
    p90Ms: round(quantile(sorted, 0.9)),
    p99Ms: round(quantile(sorted, 0.99)),
    maxMs: round(sorted.length ? sorted[sorted.length - 1] : NaN),
    meanMs: round(samples.length ? sum / samples.length : NaN),
    steadyP50Ms: round(quantile(steady, 0.5)),
    steadyP99Ms: round(quantile(steady, 0.99)),
    steadyMaxMs: round(steady.length ? steady[steady.length - 1] : NaN),
    firstResponseP50Ms: round(quantile(first, 0.5)),
    firstResponseMaxMs: round(first.length ? first[first.length - 1] : NaN),
    connectionsAnswered: answered.size,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    errorSeconds: errorSeconds.slice(0, 50),
    errorMessages: [...errorMessages].slice(0, 5),
    connections: options.connections,
    durationS: round(result.duration),
    overallRate: options.overallRate,
    backendCpuPct:
      cpuBefore !== undefined && cpuAfter !== undefined
        ? Math.round(((cpuAfter - cpuBefore) / elapsedS) * 100)
        : undefined,
    clientCpuPct: Math.round(
      ((client.user + client.system) / 1e6 / elapsedS) * 100,
    ),
  };
}
