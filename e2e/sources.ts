import fs from 'fs';
import path from 'path';

/**
 * Where the backend that the suite starts reads repositories from: a scratch copy of `examples/repos`, so tests
 * may fix or break a repository and rescore without touching the committed examples. The catalog still reads
 * the real `examples/`; only `stackscore.sources.localRoot` points here.
 */
export const e2eSourcesRoot = path.resolve(
  __dirname,
  '../node_modules/.cache/e2e-sources',
);

/** A fresh copy of the example repositories under {@link e2eSourcesRoot}. */
export function prepareE2eSources(): void {
  fs.rmSync(e2eSourcesRoot, { recursive: true, force: true });
  fs.mkdirSync(path.join(e2eSourcesRoot, 'examples'), { recursive: true });
  fs.cpSync(
    path.resolve(__dirname, '../examples/repos'),
    path.join(e2eSourcesRoot, 'examples/repos'),
    { recursive: true },
  );
}

/** Whether this run's backend reads the scratch copy (false against a portal started elsewhere). */
export const ownsSources = !process.env.PLAYWRIGHT_URL;
