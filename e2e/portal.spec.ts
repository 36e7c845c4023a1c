import { test, expect, Page, ConsoleMessage } from '@playwright/test';

/** Collects console errors so each test can assert the page stayed clean. */
function trackConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', error => errors.push(error.message));
  return errors;
}

async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    page.getByRole('navigation', { name: 'sidebar nav' }),
  ).toBeVisible();
}

test('the catalog lists the example services', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await signInAsGuest(page);

  const table = page.getByRole('table');
  for (const name of [
    'checkout-api',
    'ledger-service',
    'storefront-web',
    'tokenizer',
  ]) {
    await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('/stackscore renders the four scorecards', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await signInAsGuest(page);

  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Stackscore' })
    .click();
  await expect(page).toHaveURL(/\/stackscore$/);
  await expect(page.getByRole('heading', { name: 'Stackscore' })).toBeVisible();
  for (const title of [
    'SLOs and resilience',
    'Observability',
    'Security hardening',
    'Supply chain',
  ]) {
    await expect(page.getByText(title, { exact: true })).toBeVisible();
  }
  await expect(page.getByText('20 checks').first()).toBeVisible();
  expect(errors).toEqual([]);
});
