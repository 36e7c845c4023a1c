import { expect } from '@playwright/test';
import { test } from './support';

test('a decision written from a template is accepted, superseded, and both records link to each other', async ({
  portalPage: page,
}) => {
  const stamp = Date.now();
  const title = `Modular monolith for checkout ${stamp}`;
  await page.goto('/stackscore/decisions');
  await page.getByRole('button', { name: 'New decision' }).click();
  await page
    .getByRole('combobox', { name: 'Template' })
    .selectOption('monolith-vs-microservices');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  // The template prefilled the drivers and the context cites the guidance.
  await expect(page.getByRole('textbox', { name: 'Context' })).toHaveValue(
    /Enterprise Stack Guide|Go & Event-Driven/,
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(
    page.getByText('proposed', { exact: true }).first(),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(
    page.getByText('accepted', { exact: true }).first(),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Supersede' }).click();
  const replacement = `Split payments out of checkout ${stamp}`;
  await page.getByRole('textbox', { name: 'Title' }).fill(replacement);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: replacement })).toBeVisible();
  const back = page.getByRole('link', {
    name: new RegExp(`^Supersedes #\\d+ ${title}`),
  });
  await expect(back).toBeVisible();
  await page.screenshot({
    path: 'e2e/screenshots/decision-replacement.png',
    fullPage: true,
  });

  await back.click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(
    page.getByText('superseded', { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: new RegExp(`^Superseded by #\\d+ ${replacement}`),
    }),
  ).toBeVisible();
});

test('markup in a decision renders inert: no script runs, no dialog opens, no javascript: link', async ({
  portalPage: page,
}) => {
  let dialogs = 0;
  page.on('dialog', dialog => {
    dialogs++;
    return dialog.dismiss();
  });
  const title = `Hostile markdown ${Date.now()}`;
  await page.goto('/stackscore/decisions');
  await page.getByRole('button', { name: 'New decision' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page
    .getByRole('textbox', { name: 'Context' })
    .fill(
      'Before <img src=x onerror=alert(1)> after. [click me](javascript:alert(2)) <script>alert(3)</script>',
    );
  // The live preview renders the same text without running it.
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText(
    'Before',
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText(/Before/).first()).toBeVisible();

  expect(await page.locator('img[onerror]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
  // Give any injected handler a moment to fire before concluding none did.
  await page.waitForTimeout(500);
  expect(dialogs).toBe(0);
  await page.screenshot({
    path: 'e2e/screenshots/decision-inert-markup.png',
    fullPage: true,
  });
});
