import { expect, test } from '@playwright/test';
import { adminCreateUser, openSandbox, region, userRow } from './workspace-support';

test('the users table: disable, enable, create a group and add a user to it', async ({ page }) => {
  test.setTimeout(90_000);
  await openSandbox(page);
  await adminCreateUser(page, 'ursula');
  await expect(region(page, 'Inbox')).toContainText('ursula@example.com');
  const row = userRow(page, 'ursula');
  await expect(row).toContainText('FORCE_CHANGE_PASSWORD');
  await expect(row).toContainText('Yes');

  await row.getByRole('button', { name: 'Manage ursula' }).click();
  const manage = region(page, 'Manage ursula');
  await manage.getByRole('button', { name: 'Disable' }).click();
  await expect(manage.getByRole('status')).toContainText('AdminDisableUser');
  await expect(row).toContainText('No (disabled)');
  await manage.getByRole('button', { name: 'Enable' }).click();
  await expect(row).toContainText('Yes');

  // An engine refusal is shown as AWS words it.
  await manage.getByRole('button', { name: 'Add to group' }).isDisabled();
  const groups = region(page, 'Groups');
  await groups.getByLabel('Group name').fill('editors');
  await groups.getByLabel('Precedence').fill('5');
  await groups.getByRole('button', { name: 'Create group' }).click();
  await expect(groups.getByRole('status')).toContainText('CreateGroup: editors exists.');
  await groups.getByLabel('Group name').fill('editors');
  await groups.getByRole('button', { name: 'Create group' }).click();
  await expect(groups.getByRole('alert')).toContainText('GroupExistsException');

  await manage.getByLabel('Group').selectOption('editors');
  await manage.getByRole('button', { name: 'Add to group' }).click();
  await expect(row).toContainText('editors');
  await manage.getByRole('button', { name: 'Remove from editors' }).click();
  await expect(manage.getByRole('status')).toContainText('left editors');

  await manage.getByLabel('New password').fill('Perm-Pa55word!');
  await manage.getByRole('button', { name: 'Set password', exact: true }).click();
  await expect(row).toContainText('CONFIRMED');
  await manage.getByRole('button', { name: 'Delete user' }).click();
  await expect(userRow(page, 'ursula')).toHaveCount(0);
});
