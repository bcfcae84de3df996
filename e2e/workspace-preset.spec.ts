import { expect, test } from '@playwright/test';
import { openSandbox, openTab, region, userRow } from './workspace-support';

test('a lesson link opens the "MFA required" preset', async ({ page }) => {
  await openSandbox(page, '/sandbox/?preset=mfa-required');
  await expect(page.getByRole('status').filter({ hasText: 'Loaded the scenario “MFA required”.' })).toBeVisible();
  await expect(region(page, 'Demo user pool')).toContainText(/MFA\s*ON/);
  await expect(region(page, 'Demo user pool')).toContainText('Scenario: MFA required');
  await expect(page).toHaveURL(/\/sandbox\/$/);
  await openTab(page, 'Users');
  await expect(userRow(page, 'jack')).toContainText('CONFIRMED');
});

test('the scenarios tab loads a preset in one click, and an unknown id is explained', async ({ page }) => {
  await openSandbox(page, '/sandbox/?preset=identity-pool-guest');
  await expect(page.getByRole('alert').filter({ hasText: 'is not available yet' })).toBeVisible();
  await openTab(page, 'Scenarios');
  await page.getByRole('button', { name: 'Load Groups with IAM roles' }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toContainText('Loaded “Groups with IAM roles”');
  await openTab(page, 'Users');
  await expect(userRow(page, 'leo')).toContainText('admins, readers');
});
