import { performance } from 'perf_hooks';
import fc from 'fast-check';
import {
  type EntityFacts,
  type EntityScores,
  checkStatusSchema,
} from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../../checks/types';
import { createScoringPipeline } from '../../pipeline/defaultPipeline';
import { scoreRepository } from '../../pipeline/scoreRepository';
import {
  type FuzzGroup,
  fuzzTargets,
  loadSeeds,
  targetInput,
} from './fuzzInputs';
import { fuzzedService, memorySource } from './memorySource';
import { visible } from './visible';

/*
 * The fuzzing loop, run in a child process (see fuzzHarness.ts): a parser that never returns, eats all
 * memory or aborts the process (a V8 fatal error cannot be caught) ends that child with a report, not the
 * test run. The child has a main thread's stack, as the backend has, so stack-depth failures show up here.
 */

/** What the child is asked to do. */
export type FuzzJob =
  | { kind: 'fuzz'; group: FuzzGroup; runs: number; seed: number }
  /**
   * Score each file of one repository alone, to tell which file of a repository that hung is to blame: the
   * repository given, or run `index` of the fuzz job with `seed` regenerated.
   */
  | {
      kind: 'replay';
      /** Score the whole repository (three times) before its files one by one. */
      whole?: boolean;
      files?: Record<string, string>;
      group?: FuzzGroup;
      seed?: number;
      index?: number;
    };

/** What the child tells the harness. */
export type FuzzMessage =
  /** Before each repository; the files only once shrinking began (runs before that can be regenerated). */
  | { kind: 'run'; index: number; files?: Record<string, string> }
  | { kind: 'replay'; file: string; files: Record<string, string> }
  | {
      kind: 'done';
      runs: number;
      slowestMs: number;
      /** Time spent scoring, as opposed to generating inputs. */
      scoringMs?: number;
      /** The file that took longest when the slowest repository's files are scored one by one. */
      slowestFile?: { file: string; ms: number; content: string };
      /** Warnings libraries wrote to the process (the yaml package reports odd documents this way). */
      warnings?: number;
      failure?: string;
    };

const pipeline = createScoringPipeline();

/** Scores one in-memory repository with the default pipeline, as a scheduled run would. */
export async function scoreFiles(files: Record<string, string>) {
  const outcome = await scoreRepository({
    entity: fuzzedService,
    source: memorySource(files),
    pipeline,
    settings: defaultCheckSettings,
  });
  if (outcome.status !== 'scored') {
    throw new Error(`expected a scored outcome, got ${outcome.status}`);
  }
  return outcome;
}

/** Whatever escaped the collectors and checks into the engine's safety nets, or broke the result's shape. */
export function escapes(facts: EntityFacts, scores: EntityScores): string[] {
  const problems: string[] = [];
  for (const error of facts.errors) {
    // collectFacts turns a collector that throws into this; the collector contract is to record and go on.
    if (error.message.startsWith('collector failed')) {
      problems.push(`collector ${error.collector} threw: ${error.message}`);
    }
  }
  for (const result of scores.results) {
    if (!checkStatusSchema.safeParse(result.status).success) {
      problems.push(`${result.checkId} has status ${String(result.status)}`);
    }
    for (const evidence of result.evidence) {
      // evaluateCheck turns a check that throws into this.
      if (/failed to evaluate/.test(evidence.message)) {
        problems.push(`check ${result.checkId} threw: ${evidence.message}`);
      }
    }
  }
  if (scores.scorecards.length !== 4) {
    problems.push(`${scores.scorecards.length} scorecards, not 4`);
  }
  for (const card of scores.scorecards) {
    if (!(card.score >= 0 && card.score <= 1)) {
      problems.push(`scorecard ${card.id} has score ${card.score}`);
    }
  }
  return problems;
}

/** The files of a repository, shortened for a failure message. */
export function describeFiles(files: Record<string, string>): string {
  return Object.entries(files)
    .map(
      ([file, text]) =>
        `  ${file}: ${visible(text.slice(0, 160))}${
          text.length > 160 ? ` … (${text.length} chars)` : ''
        }`,
    )
    .join('\n');
}

/** The generator of one group's repositories: every target of the group with its own fuzzed text. */
export function groupInputs(group: FuzzGroup) {
  // RELIABILITY_FUZZ_SKIP=go.mod,pnpm-lock.yaml leaves files out, to look past a known failure.
  const skip = process.env.RELIABILITY_FUZZ_SKIP?.split(',') ?? [];
  const targets = fuzzTargets.filter(
    t => t.group === group && !skip.includes(t.path),
  );
  const seeds = loadSeeds(targets);
  return fc.record(
    Object.fromEntries(
      targets.map(t => [t.path, targetInput(t, seeds.get(t.path)!)]),
    ) as Record<string, fc.Arbitrary<string>>,
  );
}

/** The files of a failing repository that fail the same way in a repository of their own. */
async function reproducingFiles(files: Record<string, string>) {
  const culprits: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    try {
      const { facts, scores } = await scoreFiles({ [file]: text });
      if (escapes(facts, scores).length) culprits.push(file);
    } catch {
      culprits.push(file);
    }
  }
  return culprits;
}

/** Scores each file of a repository alone and returns the slowest, to say what made it slow. */
async function slowestAlone(files: Record<string, string>) {
  let slowest = { file: '', ms: -1, content: '' };
  for (const [file, text] of Object.entries(files)) {
    const start = performance.now();
    await scoreFiles({ [file]: text });
    const ms = performance.now() - start;
    if (ms > slowest.ms) {
      slowest = { file, ms, content: visible(text.slice(0, 120)) };
    }
  }
  return slowest;
}

async function fuzz(
  job: Extract<FuzzJob, { kind: 'fuzz' }>,
  post: (message: FuzzMessage) => void,
  slowRepositoryMs: number,
) {
  const inputs = groupInputs(job.group);
  let index = 0;
  let shrinking = false;
  let slowestMs = 0;
  let slowestFiles: Record<string, string> = {};
  let scoringMs = 0;
  let runs = 0;
  const details = await fc.check(
    fc.asyncProperty(inputs, async files => {
      // Sending every repository would cost more than scoring some; until a failure, the index is enough
      // to regenerate it (fc.sample yields exactly the values fc.check generates for the same seed).
      post(shrinking ? { kind: 'run', index, files } : { kind: 'run', index });
      index++;
      const start = performance.now();
      const { facts, scores } = await scoreFiles(files);
      const ms = performance.now() - start;
      scoringMs += ms;
      if (ms > slowestMs) {
        slowestMs = ms;
        slowestFiles = files;
      }
      if (!shrinking) runs++;
      const problems = escapes(facts, scores);
      if (ms > slowRepositoryMs) {
        problems.push(`scoring took ${Math.round(ms)} ms`);
      }
      if (problems.length) {
        shrinking = true;
        throw new Error(problems.join('\n'));
      }
    }),
    { numRuns: job.runs, seed: job.seed },
  );
  if (!details.failed) {
    post({
      kind: 'done',
      runs,
      slowestMs,
      scoringMs,
      slowestFile: await slowestAlone(slowestFiles),
    });
    return;
  }
  const error = details.errorInstance;
  const [files] = (details.counterexample ?? [{}]) as [Record<string, string>];
  const alone = await reproducingFiles(files);
  post({
    kind: 'done',
    runs,
    slowestMs,
    scoringMs,
    failure: [
      error instanceof Error ? error.message : String(error),
      alone.length
        ? `reproduced by ${alone.join(', ')} on its own`
        : 'no file reproduces it on its own',
      `(seed ${details.seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks} times; replay with RELIABILITY_FUZZ_SEED=${details.seed})`,
      'smallest repository found:',
      describeFiles(files),
    ].join('\n'),
  });
}

async function replay(
  job: Extract<FuzzJob, { kind: 'replay' }>,
  post: (message: FuzzMessage) => void,
) {
  let files = job.files;
  if (
    !files &&
    job.group &&
    job.seed !== undefined &&
    job.index !== undefined
  ) {
    files = fc.sample(groupInputs(job.group), {
      seed: job.seed,
      numRuns: job.index + 1,
    })[job.index];
  }
  if (job.whole && files) {
    post({ kind: 'replay', file: '(the whole repository)', files });
    for (let i = 0; i < 3; i++) {
      const { facts, scores } = await scoreFiles(files);
      const problems = escapes(facts, scores);
      if (problems.length) {
        post({
          kind: 'done',
          runs: 1,
          slowestMs: 0,
          failure: problems.join('\n'),
        });
        return;
      }
    }
  }
  for (const [file, text] of Object.entries(files ?? {})) {
    post({ kind: 'replay', file, files: files! });
    // Some failures need a warm process (V8 compiles a regular expression natively on its second use), so
    // each file is scored a few times.
    for (let i = 0; i < 3; i++) await scoreFiles({ [file]: text });
  }
  post({ kind: 'done', runs: 0, slowestMs: 0 });
}

/** The child's entry point: takes its job from the first message and reports through `process.send`. */
export function main() {
  // Counted rather than printed: thousands of hostile documents would bury the test output.
  let warnings = 0;
  process.emitWarning = (() => {
    warnings++;
  }) as typeof process.emitWarning;
  const post = (message: FuzzMessage) =>
    process.send?.(
      message.kind === 'done' ? { ...message, warnings } : message,
    );
  process.once(
    'message',
    async (message: { job: FuzzJob; slowRepositoryMs: number }) => {
      const { job, slowRepositoryMs } = message;
      try {
        if (job.kind === 'fuzz') await fuzz(job, post, slowRepositoryMs);
        else await replay(job, post);
      } catch (error) {
        post({
          kind: 'done',
          runs: 0,
          slowestMs: 0,
          failure: String((error as Error)?.stack ?? error),
        });
      }
      // Disconnecting with the last message still queued would lose it; an empty send flushes behind it.
      process.send?.({ kind: 'flush' }, () => process.disconnect?.());
    },
  );
}
