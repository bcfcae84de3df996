import { expect, test } from '@playwright/test';
import { adminCreateUser, openSandbox, openTab, region, stateActions, userRow } from './workspace-support';
import { expectSandboxReady } from './support';

test('a share link opens the same sandbox in a fresh browser', async ({ page, browser, context }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSandbox(page);
  await adminCreateUser(page, 'shared-user');
  await page.getByRole('button', { name: '+1 day' }).click();
  const time = await page.getByRole('status', { name: 'Simulated time' }).textContent();
  const poolId = /us-east-1_\w+/.exec((await region(page, 'Demo user pool').textContent()) ?? '')?.[0];

  await stateActions(page).getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  expect(link).toMatch(/\/sandbox\/#state=[\w+\-$]+$/);
  await expect(page.getByText(/private signing keys/)).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expectSandboxReady(other);
  await expect(other.getByRole('status').filter({ hasText: 'Opened the sandbox state from the shared link' })).toBeVisible();
  await expect(region(other, 'Demo user pool')).toContainText(poolId!);
  await expect(other.getByRole('status', { name: 'Simulated time' })).toHaveText(time!);
  await openTab(other, 'Users');
  await expect(userRow(other, 'shared-user')).toBeVisible();
  // The address no longer carries the state: a reload shows the (now saved) sandbox.
  await expect(other).toHaveURL(/\/sandbox\/$/);
  await fresh.close();
});

test('a damaged share link says so and changes nothing', async ({ page }) => {
  await page.goto('/sandbox/#state=definitely-not-a-sandbox');
  await expectSandboxReady(page);
  await expect(page.getByRole('alert').filter({ hasText: 'The shared link could not be opened' })).toBeVisible();
  await openTab(page, 'Users');
  await expect(page.getByText('No users yet')).toBeVisible();
});
