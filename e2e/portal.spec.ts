import { expect } from '@playwright/test';
import {
  signInAsGuest,
  test,
  trackConsoleErrors,
  waitForFirstRun,
} from './support';

test('the catalog lists the example services', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await signInAsGuest(page);

  const table = page.getByRole('table');
  for (const title of [
    'Checkout API',
    'Ledger service',
    'Storefront web',
    'Card tokenizer',
  ]) {
    await expect(
      table.getByRole('link', { name: title, exact: true }),
    ).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('component and group entity pages open from the catalog', async ({
  portalPage: page,
}) => {
  await page
    .getByRole('table')
    .getByRole('link', { name: 'Checkout API', exact: true })
    .click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/checkout-api/);
  await expect(page.getByText('About', { exact: true })).toBeVisible();

  await page.goto('/catalog/default/group/payments');
  await expect(
    page.getByRole('heading', { name: /Payments/ }).first(),
  ).toBeVisible();
  await expect(
    page.getByText('Members', { exact: false }).first(),
  ).toBeVisible();
});

test('the example organisation is scored soon after start-up', async ({
  request,
}) => {
  const headers = await waitForFirstRun(request);

  const scores = await request.get(
    '/api/stackscore/v1/entities/component/default/checkout-api/scores',
    { headers },
  );
  expect(scores.ok()).toBe(true);
  const body = await scores.json();
  expect(body.scorecards.map((s: { level: string }) => s.level)).toEqual([
    'gold',
    'gold',
    'gold',
    'gold',
  ]);
});

test('a component shows its scorecards and every check with evidence', async ({
  portalPage: page,
}) => {
  // The exemplary service is gold on every scorecard, as examples/README.md intends.
  await page.goto('/catalog/default/component/checkout-api');
  const exemplary = page.getByRole('table', { name: 'Scorecards' });
  await expect(exemplary.getByLabel('level gold')).toHaveCount(4);
  await page.screenshot({
    path: 'e2e/screenshots/component-card-gold.png',
    fullPage: true,
  });

  await page.goto('/catalog/default/component/promo-codes');
  const card = page.getByRole('table', { name: 'Scorecards' });
  await expect(card.getByText('Supply chain')).toBeVisible();
  await expect(card.getByText('none').first()).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/component-card.png',
    fullPage: true,
  });

  await page.goto('/catalog/default/component/promo-codes/stackscore');
  await expect(page.getByText('Lockfiles are committed').first()).toBeVisible();
  await expect(page.getByText(/^Why: /).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rescore now' })).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/component-tab.png',
    fullPage: true,
  });
});
