import { expect } from '@playwright/test';
import { test } from './support';

test('a team page shows its services as a heatmap, with and without subgroups', async ({
  portalPage: page,
}) => {
  // The group overview carries the Stackscore card, linking to the tab.
  await page.goto('/catalog/default/group/payments');
  await expect(page.getByText(/\d+ services? scored/).first()).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/team-card.png',
    fullPage: true,
  });
  await page.getByRole('link', { name: 'View all' }).click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/group\/payments\/stackscore$/,
  );

  // payments owns checkout-api and promo-codes; its subgroup payments-risk owns fraud-scoring and tokenizer
  // (links show the components' titles).
  const heatmap = page.getByRole('table', { name: 'Service heatmap' });
  for (const name of [
    'Checkout API',
    'Promo codes',
    'Fraud scoring',
    'Card tokenizer',
  ]) {
    await expect(
      heatmap.getByRole('link', { name, exact: true }),
    ).toBeVisible();
  }
  // Weakest first: promo-codes fails every scorecard's bronze checks, checkout-api is gold everywhere.
  const firstRow = heatmap.getByRole('row').nth(1);
  await expect(
    firstRow.getByRole('link', { name: 'Promo codes' }),
  ).toBeVisible();
  await expect(heatmap.getByText('100%').first()).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/team-tab.png',
    fullPage: true,
  });

  await page.getByLabel('Include subgroups').click();
  await expect(
    heatmap.getByRole('link', { name: 'Card tokenizer', exact: true }),
  ).toHaveCount(0);
  await expect(
    heatmap.getByRole('link', { name: 'Checkout API', exact: true }),
  ).toBeVisible();
});
