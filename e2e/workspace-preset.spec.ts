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
  await openSandbox(page, '/sandbox/?preset=no-such-scenario');
  await expect(page.getByRole('alert').filter({ hasText: 'There is no scenario called "no-such-scenario".' })).toBeVisible();
  await openTab(page, 'Scenarios');
  await page.getByRole('button', { name: 'Load Groups with IAM roles' }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toContainText('Loaded “Groups with IAM roles”');
  await openTab(page, 'Users');
  await expect(userRow(page, 'leo')).toContainText('admins, readers');
});

test('a preset about another part of the page offers to open it, and a tab link opens that tab', async ({ page }) => {
  await openSandbox(page, '/sandbox/?preset=hosted-ui-code-flow&tab=hosted-ui');
  await expect(page.getByRole('tab', { name: 'Hosted UI' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/sandbox\/$/);
  await openTab(page, 'Scenarios');
  await page.getByRole('button', { name: 'Load Pre token generation: claims' }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toContainText('Loaded “Pre token generation: claims”', { timeout: 30_000 });
  await page.screenshot({ path: '/tmp/presets-shots/scenarios-open-view.png' });
  await page.getByRole('button', { name: 'Open the Triggers tab' }).click();
  await expect(page.getByRole('tab', { name: 'Triggers' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Triggers' })).toBeFocused();
});
