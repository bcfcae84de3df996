import { expect, test } from '@playwright/test';
import { newestCodeFor, openSandbox, openTab, recordPageErrors, region, submitSignIn, showSequence } from './flowsSupport';

// Journey: an administrator creates a user (AdminCreateUser with an emailed invitation);
// the user signs in with the temporary password and must choose a new one.

test('admin-created user signs in with the temporary password and is made to change it', async ({ page }) => {
  test.setTimeout(90_000); // a whole journey through a large page
  const errors = recordPageErrors(page);
  await openSandbox(page);

  await openTab(page, 'Users');
  const create = region(page, 'Create a user (admin)');
  await create.getByLabel('Username').fill('nina');
  await create.getByLabel('Email', { exact: true }).fill('nina@example.com');
  await create.getByLabel('Temporary password').fill('Temp-Pa55word!');
  // The invitation goes by email unless the form is told otherwise (its default).
  await create.getByRole('button', { name: /create/i }).click();
  await expect(create.getByRole('status')).toContainText('FORCE_CHANGE_PASSWORD');
  await openTab(page, 'Flows');

  const temporary = await newestCodeFor(page, 'nina@example.com');
  expect(temporary).toBe('Temp-Pa55word!');
  const signIn = await submitSignIn(page, 'nina', temporary);
  const challenge = signIn.getByRole('region', { name: 'Challenge: NEW_PASSWORD_REQUIRED' });
  await expect(challenge).toBeVisible();

  await challenge.getByLabel('New password').fill('short');
  await challenge.getByRole('button', { name: 'Set new password' }).click();
  await expect(challenge.getByRole('alert')).toContainText('InvalidPasswordException');

  await challenge.getByLabel('New password').fill('Nina-Own-Pa55!');
  await challenge.getByRole('button', { name: 'Set new password' }).click();
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as nina');
  await expect(region(page, 'Tokens').getByRole('region', { name: 'ID token' })).toContainText('"cognito:username": "nina"');

  await expect((await showSequence(page)).svg).toContainText('NEW_PASSWORD_REQUIRED');
  expect(errors).toEqual([]);
});
