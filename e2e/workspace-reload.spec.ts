import { expect, test } from '@playwright/test';
import { adminCreateUser, openSandbox, openTab, region, stateActions, userRow } from './workspace-support';
import { expectSandboxReady } from './support';

test('the sandbox is saved in the browser and restored on reload', async ({ page }) => {
  await openSandbox(page);
  await adminCreateUser(page, 'kept-user');
  await page.getByRole('button', { name: '+1 hour' }).click();
  const time = await page.getByRole('status', { name: 'Simulated time' }).textContent();
  const pool = await region(page, 'Demo user pool').getByRole('definition').first().textContent();
  await expect(stateActions(page)).toContainText('Saved in this browser');
  // Let the debounced save run after the last change.
  await page.waitForFunction(() => (localStorage.getItem('cognito-sandbox:state') ?? '').includes('kept-user'));

  await page.reload();
  await expectSandboxReady(page);
  await expect(page.getByRole('status', { name: 'Simulated time' })).toHaveText(time!);
  await expect(region(page, 'Demo user pool').getByRole('definition').first()).toHaveText(pool!);
  await openTab(page, 'Users');
  await expect(userRow(page, 'kept-user')).toBeVisible();
});
