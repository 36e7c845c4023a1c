import type {
  CiStep,
  CiWorkflow,
  DockerStage,
  DockerfileFacts,
  SignalMatch,
} from '@stackscore/plugin-stackscore-common';

/*
 * Test-only builders for CI, Dockerfile and signal facts; never imported by production code.
 */

/** A CI step: a string is a `run`, an object is taken as is. */
export function step(spec: string | Partial<CiStep>): CiStep {
  const base = typeof spec === 'string' ? { run: spec } : spec;
  return { continueOnError: false, line: 10, ...base };
}

/** A one-job workflow. */
export function workflow(
  steps: (string | Partial<CiStep>)[],
  options: {
    file?: string;
    provider?: 'github' | 'gitlab';
    triggers?: string[];
    jobTriggers?: string[];
    jobContinueOnError?: boolean;
    includes?: string[];
    env?: Record<string, string>;
    image?: string;
  } = {},
): CiWorkflow {
  return {
    provider: options.provider ?? 'github',
    file: options.file ?? '.github/workflows/ci.yml',
    triggers: options.triggers ?? ['pull_request', 'push'],
    includes: options.includes ?? [],
    env: options.env ?? {},
    jobs: [
      {
        id: 'build',
        ...(options.jobTriggers ? { triggers: options.jobTriggers } : {}),
        continueOnError: options.jobContinueOnError ?? false,
        ...(options.image ? { image: options.image } : {}),
        env: {},
        steps: steps.map(step),
      },
    ],
  };
}

/** A `FROM` reference from its text, e.g. `node:22-slim AS build` is written as from('node:22-slim'). */
export function from(
  reference: string,
  extra: Partial<DockerStage['from']> = {},
): DockerStage['from'] {
  const [nameAndTag, digest] = reference.split('@');
  const colon = nameAndTag.lastIndexOf(':');
  const slash = nameAndTag.lastIndexOf('/');
  const hasTag = colon > slash;
  return {
    raw: reference,
    resolved: reference,
    image: hasTag ? nameAndTag.slice(0, colon) : nameAndTag,
    ...(hasTag ? { tag: nameAndTag.slice(colon + 1) } : {}),
    ...(digest ? { digest } : {}),
    isStage: false,
    unresolved: false,
    line: 1,
    ...extra,
  };
}

/** A build stage. */
export function stage(
  reference: string,
  options: {
    alias?: string;
    isStage?: boolean;
    user?: string;
    run?: string[];
    entrypoint?: string;
    line?: number;
  } = {},
): DockerStage {
  return {
    index: 0,
    ...(options.alias ? { alias: options.alias } : {}),
    from: from(reference, {
      isStage: options.isStage ?? false,
      line: options.line ?? 1,
    }),
    ...(options.user ? { user: { value: options.user, line: 20 } } : {}),
    env: [],
    run: (options.run ?? []).map((value, i) => ({ value, line: 5 + i })),
    copyFrom: [],
    ...(options.entrypoint
      ? { entrypoint: { value: options.entrypoint, line: 30, execForm: true } }
      : {}),
  };
}

/** A Dockerfile with stages numbered in order. */
export function dockerfile(
  stages: DockerStage[],
  options: { file?: string; production?: boolean } = {},
): DockerfileFacts {
  return {
    file: options.file ?? 'Dockerfile',
    production: options.production ?? true,
    stages: stages.map((s, index) => ({ ...s, index })),
    globalArgs: {},
  };
}

/** A signal match. */
export function signal(
  id: string,
  file: string,
  text: string,
  line = 1,
): SignalMatch {
  return { signal: id, file, line, text };
}
