import { defineConfig } from '@playwright/test';
import { e2eSourcesRoot, prepareE2eSources } from './e2e/sources';

/**
 * End-to-end tests against the running portal in Debian's Chromium (never a downloaded browser).
 *
 * By default the suite starts the production-style backend, which serves the built app on :7007
 * (`npm run build:app` first). Set PLAYWRIGHT_URL to test a portal that is already running, e.g. the
 * dev server of `npm start` on :3000.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const baseURL = process.env.PLAYWRIGHT_URL ?? 'http://localhost:7007';

// Workers load this file too; only the runner, before it starts the backend, makes the copy.
if (
  !process.env.PLAYWRIGHT_URL &&
  process.env.TEST_WORKER_INDEX === undefined
) {
  prepareE2eSources();
}

export default defineConfig({
  testDir: 'e2e',
  // The first test of a fresh backend waits for its first scoring run.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir: 'node_modules/.cache/e2e-test-results',
  webServer: process.env.PLAYWRIGHT_URL
    ? undefined
    : {
        command: 'npm run start:backend',
        url: 'http://localhost:7007/api/stackscore/v1/health',
        reuseExistingServer: !process.env.CI,
        timeout: 180_000,
        stdout: 'pipe',
        stderr: 'pipe',
        // Repositories are read from a scratch copy that tests may change (e2e/sources.ts).
        env: { APP_CONFIG_stackscore_sources_localRoot: e2eSourcesRoot },
      },
  use: {
    baseURL,
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
