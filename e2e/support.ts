import {
  test as base,
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
export function trackConsoleErrors(page: Page): string[] {
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

/** A link of the portal's sidebar by its exact name. */
export function sidebarLink(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name, exact: true });
}

/** Opens the portal and signs in with the guest provider. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(sidebarLink(page, 'Catalog')).toBeVisible();
}

/** Authorization headers of the guest user (a member of the example org's admin group, platform). */
export async function guestHeaders(request: APIRequestContext) {
  const refresh = await request.post('/api/auth/guest/refresh');
  expect(refresh.ok()).toBe(true);
  const token = (await refresh.json()).backstageIdentity.token as string;
  return { Authorization: `Bearer ${token}` };
}

/**
 * Waits, through the API as the guest, until a scoring run over at least `entities` entities has succeeded
 * (the example organisation has 15 components, the project's own entry included); returns the guest headers.
 */
export async function waitForFirstRun(
  request: APIRequestContext,
  { entities = 14, timeout = 90_000 } = {},
) {
  const headers = await guestHeaders(request);
  await expect
    .poll(
      async () => {
        const runs = await request.get('/api/stackscore/v1/runs?limit=20', {
          headers,
        });
        const body = await runs.json();
        return body.items.some(
          (run: { status: string; total: number }) =>
            run.status === 'succeeded' && run.total >= entities,
        );
      },
      { timeout, intervals: [2_000] },
    )
    .toBe(true);
  return headers;
}

/**
 * The page most tests start from: the first scoring run has finished and the guest is signed in. Console
 * errors and failed requests are recorded from sign-in on, and the test fails afterwards if there were any.
 */
export const test = base.extend<{ portalPage: Page }>({
  portalPage: async ({ page, request }, use) => {
    await waitForFirstRun(request);
    const errors = trackConsoleErrors(page);
    await signInAsGuest(page);
    await use(page);
    expect(errors, 'console errors and failed requests').toEqual([]);
  },
});
