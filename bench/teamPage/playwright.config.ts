import path from 'node:path';
import { defineConfig } from '@playwright/test';
import baseConfig from '../../playwright.config';

/**
 * The team-page benchmark: a backend serving the built app with the example organisation plus a generated
 * team of BENCH_SERVICES (default 500) services, all scored by the real pipeline, then timed in Debian's
 * Chromium. Run with `npm run bench:team-page` (builds the app first).
 */
const root = path.resolve(__dirname, '../..');
const overlay = path.join(
  root,
  'node_modules/.cache/stackscore-bench/team-page/app-config.yaml',
);
const services = process.env.BENCH_SERVICES ?? '500';

export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: 'teamPage.bench.ts',
  timeout: 15 * 60_000,
  retries: 0,
  reporter: [['list']],
  outputDir: path.join(root, 'node_modules/.cache/bench-results'),
  webServer: {
    command: `node bench/teamPage/generate.js ${services} && npm start --workspace backend -- --config ../../app-config.yaml --config ${overlay}`,
    cwd: root,
    url: 'http://localhost:7007/api/stackscore/v1/health',
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
