import {
  test,
  expect,
  APIRequestContext,
  Page,
  ConsoleMessage,
} from '@playwright/test';

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
  // The browser's own "Failed to load resource" line has no URL; record which request failed.
  page.on('response', response => {
    if (response.status() >= 400) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
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
  request,
}) => {
  test.setTimeout(120_000);
  // Component pages show Stackscore's card, which is only quiet once the first run has scored them.
  await waitForFirstRun(request);
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

/** Waits, through the API as a guest, until a scoring run over the example organisation has succeeded. */
async function waitForFirstRun(request: APIRequestContext) {
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
  return headers;
}

test('the example organisation is scored soon after start-up', async ({
  request,
}) => {
  test.setTimeout(120_000);
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
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await waitForFirstRun(request);
  const errors = trackConsoleErrors(page);
  await signInAsGuest(page);
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
  expect(errors).toEqual([]);
});
