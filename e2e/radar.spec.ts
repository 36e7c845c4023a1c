import { expect } from '@playwright/test';
import { test, waitForFirstRun } from './support';

test('the radar shows the org radar, then a team with a hold flag on the service that uses it', async ({
  portalPage: page,
  request,
}) => {
  await waitForFirstRun(request);
  await page.goto('/stackscore/radar');
  const radar = page.getByRole('img', { name: 'Tech radar' });
  await expect(radar).toBeVisible();
  const blips = page.getByRole('group', { name: 'Radar entries' });
  await expect(
    blips.getByRole('button', { name: 'Go', exact: true }),
  ).toBeVisible();

  // An entry's details cite the guidance and show its timeline.
  await blips.getByRole('button', { name: 'Moment.js', exact: true }).click();
  await expect(page).toHaveURL(/entry=moment/);
  await expect(
    page.getByRole('table', { name: 'Timeline of Moment.js' }),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/radar-org.png',
    fullPage: true,
  });

  // Payments owns promo-codes, whose package.json declares moment (on hold).
  await page
    .getByRole('combobox', { name: 'Team' })
    .selectOption('group:default/payments');
  await expect(page).toHaveURL(
    /team=group%3Adefault%2Fpayments|team=group:default\/payments/,
  );
  await expect(page.getByRole('heading', { name: 'Hold flags' })).toBeVisible();
  const holds = page.getByRole('table', {
    name: 'Services using technologies on hold',
  });
  const momentRow = holds.getByRole('row').filter({ hasText: 'Moment.js' });
  await expect(
    momentRow.getByRole('link', { name: /promo-codes|Promo codes/ }),
  ).toBeVisible();
  await expect(
    momentRow.getByRole('link', { name: /checkout-api|Checkout API/ }),
  ).toHaveCount(0);
  await page.screenshot({
    path: 'e2e/screenshots/radar-team.png',
    fullPage: true,
  });
});

test('the stack-decision view ranks options with citations and shows the team stack', async ({
  portalPage: page,
  request,
}) => {
  await waitForFirstRun(request);
  await page.goto('/stackscore/stack?team=group%3Adefault%2Fpayments');
  await page
    .getByRole('checkbox', { name: 'Highest RPS / lowest latency' })
    .check();
  await page.getByRole('button', { name: 'Recommend' }).click();
  const ranked = page.getByRole('list', { name: 'Ranked options' });
  const first = ranked.getByRole('listitem', { name: '1. Rust' });
  await expect(first).toBeVisible();
  await expect(ranked.getByRole('listitem', { name: '2. Go' })).toBeVisible();
  // Every reason cites its document.
  await expect(
    first
      .getByText(
        /Enterprise Stack Guide|Language Comparison|Runtimes by Constraints/,
      )
      .first(),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Current stack by service' }),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/stack-decisions.png',
    fullPage: true,
  });
});
