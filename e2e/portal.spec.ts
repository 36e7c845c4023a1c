import { test, expect, Page, ConsoleMessage } from '@playwright/test';

/**
 * Collects console errors so each test can assert the page stayed clean. React's development-mode
 * warnings ("Warning: …", raised by Backstage's own catalog table when the suite runs against the dev
 * server) are not errors and do not exist in production builds, so they are left out.
 */
function trackConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Warning: ')) return;
    errors.push(message.text());
  });
  page.on('pageerror', error => errors.push(error.message));
  return errors;
}

function sidebarLink(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name, exact: true });
}

async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(sidebarLink(page, 'Catalog')).toBeVisible();
}

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

test('/stackscore renders the four scorecards', async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await signInAsGuest(page);

  await sidebarLink(page, 'Stackscore').click();
  await expect(page).toHaveURL(/\/stackscore$/);
  await expect(
    page.getByRole('heading', { name: 'Scorecards', exact: true }),
  ).toBeVisible();
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

test('component and group entity pages open from the catalog', async ({
  page,
}) => {
  const errors = trackConsoleErrors(page);
  await signInAsGuest(page);

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
  expect(errors).toEqual([]);
});

test('the example organisation is scored soon after start-up', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const refresh = await request.post('/api/auth/guest/refresh');
  expect(refresh.ok()).toBe(true);
  const token = (await refresh.json()).backstageIdentity.token as string;
  const headers = { Authorization: `Bearer ${token}` };

  await expect
    .poll(
      async () => {
        const runs = await request.get('/api/stackscore/v1/runs?limit=20', {
          headers,
        });
        const body = await runs.json();
        return body.items.some(
          (run: { status: string; total: number }) =>
            run.status === 'succeeded' && run.total >= 14,
        );
      },
      { timeout: 90_000, intervals: [2_000] },
    )
    .toBe(true);

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
