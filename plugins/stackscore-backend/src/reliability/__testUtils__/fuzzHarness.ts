import { spawn } from 'child_process';
import path from 'path';
import { performance } from 'perf_hooks';
import type { FuzzJob, FuzzMessage } from './fuzzRun';

/** How a fuzz job ended. */
export interface FuzzOutcome {
  /** Why the job failed, with the input that did it; undefined when it passed. */
  failure?: string;
  /** The child was stopped or died (no progress, out of memory, a fatal error) instead of reporting. */
  aborted?: boolean;
  runs: number;
  slowestMs: number;
  wallMs: number;
  scoringMs?: number;
  slowestFile?: { file: string; ms: number; content: string };
  warnings?: number;
  /** The last progress message before the end. */
  last?: FuzzMessage;
}

/** Limits on one child: a parser stuck in a loop is stopped by one, an allocation spiral by the other. */
export interface FuzzLimits {
  /** No progress for this long ends the child. */
  stallMs: number;
  /** The child's old-generation heap. */
  heapMb: number;
  /** One repository scoring longer than this fails the run (a super-linear parser or expression). */
  slowRepositoryMs: number;
}

// Jest's transform does not reach other processes; Backstage's swc hook (as `npm run bench` uses) loads the
// TypeScript sources directly.
const childSource = `
require('@backstage/cli-node/config/nodeTransform.cjs');
require(${JSON.stringify(path.join(__dirname, 'fuzzRun.ts'))}).main();
`;

/** Compiling the sources on start-up takes a few seconds before the first progress message. */
const startupMs = 60_000;

/**
 * Runs a fuzz job in a child process and reports how it ended. A child that stops making progress is killed;
 * one that runs out of heap or aborts is reported with the input it was working on.
 */
export function runFuzzJob(
  job: FuzzJob,
  limits: FuzzLimits,
): Promise<FuzzOutcome> {
  const start = performance.now();
  return new Promise(resolve => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${limits.heapMb}`, '-e', childSource],
      {
        cwd: path.resolve(__dirname, '../../..'),
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        serialization: 'advanced',
      },
    );
    // Kept for the report: how a child died (V8 prints "FATAL ERROR: …" before aborting).
    let stderr = '';
    child.stderr!.on('data', chunk => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let last: FuzzMessage | undefined;
    let runs = 0;
    let settled = false;
    let lastProgress = performance.now();
    let grace = startupMs;
    const watchdog = setInterval(() => {
      const idle = performance.now() - lastProgress;
      if (idle > limits.stallMs + grace) {
        finish({
          aborted: true,
          failure: `no progress for ${Math.round(idle / 1000)} s ${describeLast(
            last,
          )}`,
          runs,
          slowestMs: idle,
        });
      }
    }, 250);
    function finish(outcome: Omit<FuzzOutcome, 'wallMs' | 'last'>) {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve({ ...outcome, wallMs: performance.now() - start, last });
    }
    child.on('message', (message: FuzzMessage | { kind: 'flush' }) => {
      if (message.kind === 'flush') return;
      lastProgress = performance.now();
      grace = 0;
      if (message.kind === 'done') {
        finish(message);
        return;
      }
      last = message;
      if (message.kind === 'run') runs = message.index;
    });
    child.on('exit', (code, signal) => {
      // Give a final 'done' message that raced the exit a moment to arrive.
      setTimeout(() => {
        const fatal = stderr.match(
          /FATAL ERROR:.*|RangeError:.*|Error:.*/,
        )?.[0];
        finish({
          aborted: true,
          failure: `child ${
            signal ? `killed by ${signal}` : `exited with code ${code}`
          }${fatal ? ` (${fatal.trim()})` : ''} ${describeLast(last)}`,
          runs,
          slowestMs: 0,
        });
      }, 200);
    });
    child.send({ job, slowRepositoryMs: limits.slowRepositoryMs });
  });
}

function describeLast(last: FuzzMessage | undefined): string {
  if (!last) return 'before the first repository';
  if (last.kind === 'replay') {
    return `while scoring ${last.file}${
      last.file.startsWith('(') ? '' : ' alone'
    }`;
  }
  if (last.kind === 'run') return `while scoring repository #${last.index}`;
  return 'after finishing';
}
