import { expect } from '@playwright/test';
import { sidebarLink, test } from './support';

test('the overview shows organisation totals, the leaderboard and the most-failed checks', async ({
  portalPage: page,
}) => {
  await sidebarLink(page, 'Stackscore').click();
  await expect(page).toHaveURL(/\/stackscore$/);
  await expect(page.getByText(/1[45] entities scored/)).toBeVisible();
  const leaderboard = page.getByRole('table', { name: 'Teams by score' });
  await expect(
    leaderboard.getByRole('link', { name: /Payments risk/i }),
  ).toBeVisible();
  const failed = page.getByRole('table', { name: 'Most failed checks' });
  await expect(failed.getByRole('row')).not.toHaveCount(1);
  for (const title of [
    'SLOs and resilience',
    'Observability',
    'Security hardening',
    'Supply chain',
  ]) {
    await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  }
  await page.screenshot({
    path: 'e2e/screenshots/stackscore-overview.png',
    fullPage: true,
  });

  // A most-failed check opens in the catalogue browser with the services failing it.
  await failed.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/stackscore\/checks\?check=/);
  await expect(page.getByText('Who fails it')).toBeVisible();
  await expect(
    page.getByRole('table', { name: /^Entities failing / }),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/stackscore-checks.png',
    fullPage: true,
  });

  await page.getByRole('tab', { name: 'Teams' }).click();
  await expect(page).toHaveURL(/\/stackscore\/teams$/);
  await expect(
    page.getByRole('link', { name: /Finance/i }).first(),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/stackscore-teams.png',
    fullPage: true,
  });
});

test('starting a run from the Runs tab shows its progress reaching 100%', async ({
  portalPage: page,
}) => {
  await page.goto('/stackscore/runs');
  const runs = page.getByRole('table', { name: 'Scoring runs' });
  await expect(runs.getByText('succeeded').first()).toBeVisible();
  const before = await runs.getByRole('row').count();

  await page.getByRole('button', { name: 'Start run' }).click();
  const progress = page.getByRole('progressbar', { name: 'Run progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '100', {
    timeout: 60_000,
  });
  await expect(page.getByText(/^(\d+) of \1 · 100%$/)).toBeVisible();
  await expect(page.getByText(/^Run (succeeded|partial)/)).toBeVisible();
  await expect(runs.getByRole('row')).toHaveCount(before + 1);
  await expect(runs.getByText('manual').first()).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/stackscore-runs.png',
    fullPage: true,
  });
});
