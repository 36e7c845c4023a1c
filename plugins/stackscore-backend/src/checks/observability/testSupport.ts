import type {
  DockerfileFacts,
  DockerStage,
  SignalMatch,
} from '@stackscore/plugin-stackscore-common';
import { signalLanguageOf } from '../../collectors/signals/languages';
import { scanText } from '../../collectors/signals/SignalsCollector';
import { observabilitySignals } from '../../collectors/signals/definitions/observability';
import { sloSignals } from '../../collectors/signals/definitions/slo';

/*
 * Test-only: never imported by production code. Turns small source files into signal matches with the
 * real definitions, so check tests exercise the heuristics too, and builds Dockerfile facts.
 */

const definitions = [...sloSignals, ...observabilitySignals];

/** Signal matches of the slo and observability definitions over the given files (path → text). */
export function scanFiles(files: Record<string, string>): SignalMatch[] {
  return Object.entries(files).flatMap(([file, text]) => {
    const language = signalLanguageOf(file);
    if (!language) return [];
    return scanText(
      file,
      text,
      definitions.filter(d => d.languages.includes(language)),
    );
  });
}

/** Ids of the signals one line of a file matches. */
export function signalsOfLine(file: string, line: string): string[] {
  return scanFiles({ [file]: line }).map(m => m.signal);
}

/** A Dockerfile stage with the instructions a test needs. */
export function stage(overrides: Partial<DockerStage>): DockerStage {
  return {
    index: 0,
    from: {
      raw: 'python:3.12-slim',
      resolved: 'python:3.12-slim',
      image: 'python',
      tag: '3.12-slim',
      isStage: false,
      unresolved: false,
      line: 1,
    },
    env: [],
    run: [],
    copyFrom: [],
    ...overrides,
  };
}

/** A production Dockerfile at `file` whose only (final) stage is given. */
export function dockerfile(
  file: string,
  finalStage: DockerStage,
): DockerfileFacts {
  return { file, production: true, stages: [finalStage], globalArgs: {} };
}
