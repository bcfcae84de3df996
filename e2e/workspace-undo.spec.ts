import { expect, test } from '@playwright/test';
import { adminCreateUser, openSandbox, openTab, region, stateActions, userRow } from './workspace-support';

test('undo reverts the last action: a clock move, then a new user', async ({ page }) => {
  await openSandbox(page);
  const undo = stateActions(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();

  await adminCreateUser(page, 'undo-me');
  const clock = page.getByRole('status', { name: 'Simulated time' });
  const before = await clock.textContent();
  await page.getByRole('button', { name: '+30 days' }).click();
  await expect(clock).not.toHaveText(before!);

  await undo.click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid: +30 days.' })).toBeVisible();
  await expect(clock).toHaveText(before!);
  await expect(userRow(page, 'undo-me')).toBeVisible();

  // The call is in the API log and the audit log until it is undone.
  const calls = region(page, 'API calls');
  const audit = region(page, 'Audit log');
  await expect(calls.getByRole('row', { name: /AdminCreateUser/ })).toHaveCount(1);
  await expect(audit.getByRole('row', { name: /AdminCreateUser/ })).toHaveCount(1);

  await undo.click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid: AdminCreateUser.' })).toBeVisible();
  await openTab(page, 'Users');
  await expect(userRow(page, 'undo-me')).toHaveCount(0);
  await expect(undo).toBeDisabled();
  // Undo rewinds the log with the state: the undone call is gone from the API log and the audit log.
  await expect(calls.getByRole('row', { name: /AdminCreateUser/ })).toHaveCount(0);
  await expect(audit.getByRole('row', { name: /AdminCreateUser/ })).toHaveCount(0);
  await expect(calls.getByRole('row', { name: /CreateUserPoolClient/ })).toHaveCount(1);
});

test('the custom jump moves the clock by the chosen amount', async ({ page }) => {
  await openSandbox(page);
  const clock = page.getByRole('status', { name: 'Simulated time' });
  const start = Date.parse((await clock.locator('time').getAttribute('datetime'))!);
  const jump = page.getByRole('form', { name: 'Custom jump' });
  await jump.getByLabel('Jump by').fill('90');
  await jump.getByLabel('Unit').selectOption('minutes');
  await jump.getByRole('button', { name: 'Jump' }).click();
  await expect(clock.locator('time')).toHaveAttribute('datetime', new Date(start + 90 * 60_000).toISOString());
  await jump.getByLabel('Jump by').fill('0');
  await jump.getByRole('button', { name: 'Jump' }).click();
  await expect(jump.getByRole('alert')).toHaveText('Enter a number greater than 0.');
});
