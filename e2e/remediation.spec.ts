import fs from 'fs';
import path from 'path';
import { expect } from '@playwright/test';
import { guestHeaders, test } from './support';
import { e2eSourcesRoot, ownsSources } from './sources';

/**
 * finance owns fx-rates, invoice-service and ledger-service; of these only ledger-service links a dashboard
 * (examples/README.md). Adding dashboards-as-code to the test copy of fx-rates fixes
 * observability.dashboard-linked there.
 */
const check = 'observability.dashboard-linked';
const fxRatesCopy = path.join(e2eSourcesRoot, 'examples/repos/fx-rates');
const dashboards = path.join(fxRatesCopy, 'dashboards');
/** The board card of fx-rates' item, found by its selection box (the card shows the entity's title). */
const fxRatesItem = `Select ${check} on component:default/fx-rates`;
const refresh =
  '/api/stackscore/v1/entities/component/default/fx-rates/refresh';

test('a campaign shows progress; an item moves to in progress; fixing the repository resolves it and progress rises', async ({
  portalPage: page,
  request,
}) => {
  // Only against a portal started elsewhere (PLAYWRIGHT_URL) is this skipped: that backend reads repositories
  // this test must not change. The suite's own backend, the one CI runs, always owns its scratch copy.
  test.skip(
    !ownsSources,
    'Needs the backend this suite starts, which reads repositories from a scratch copy the test may change',
  );
  // Start from the failing state, also when this test is retried after fixing the copy.
  fs.rmSync(dashboards, { recursive: true, force: true });
  const headers = await guestHeaders(request);
  expect((await request.post(refresh, { headers })).ok()).toBe(true);

  const title = `Dashboards for finance ${Date.now()}`;
  await page.goto('/stackscore/campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByLabel('Specific checks').check();
  await page.getByRole('textbox', { name: 'Checks' }).fill(check);
  await page.getByRole('option', { name: new RegExp(`^${check}`) }).click();
  await page
    .getByRole('textbox', { name: 'Owners' })
    .fill('group:default/finance');
  await page
    .getByRole('textbox', { name: 'Campaign owner' })
    .fill('group:default/platform');
  await page.getByRole('button', { name: 'Start campaign' }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  // fx-rates and invoice-service fail the check, ledger-service passes it.
  await expect(page.getByText('1 / 3 (33%)').first()).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Progress per team' }).getByText('finance'),
  ).toBeVisible();
  const campaignUrl = page.url();

  await page.getByRole('button', { name: 'Open on remediation board' }).click();
  const openColumn = page.getByRole('region', { name: 'Open items' });
  const card = openColumn
    .getByTestId(/^item-/)
    .filter({ has: page.getByRole('checkbox', { name: fxRatesItem }) });
  await expect(card).toBeVisible();
  // The campaign's deadline became the item's due date.
  await expect(
    card.getByText(/due \d{4}-\d{2}-\d{2} \(campaign\)/),
  ).toBeVisible();
  await card.getByRole('link', { name: 'Details' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByRole('combobox', { name: 'Status' })
    .selectOption('in-progress');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Status Open → In progress')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(
    page
      .getByRole('region', { name: 'In progress items' })
      .getByTestId(/^item-/)
      .filter({ has: page.getByRole('checkbox', { name: fxRatesItem }) }),
  ).toBeVisible();

  // Fix the check in the repository copy and rescore from the component's page.
  fs.mkdirSync(dashboards, { recursive: true });
  fs.writeFileSync(
    path.join(dashboards, 'fx-rates-overview.json'),
    JSON.stringify({ title: 'fx-rates overview', panels: [] }),
  );
  await page.goto('/catalog/default/component/fx-rates/stackscore');
  await Promise.all([
    page.waitForResponse(r => r.url().endsWith('/refresh') && r.ok()),
    page.getByRole('button', { name: 'Rescore now' }).click(),
  ]);

  await page.goto(campaignUrl);
  await expect(page.getByText('2 / 3 (67%)').first()).toBeVisible();
  await page.getByRole('button', { name: 'Open on remediation board' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Resolved items' })
      .getByTestId(/^item-/)
      .filter({ has: page.getByRole('checkbox', { name: fxRatesItem }) }),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/remediation-board.png',
    fullPage: true,
  });
});
