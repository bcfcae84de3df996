import { expect, test } from '@playwright/test';
import { openSandbox, PASSWORD, recordPageErrors, region, signUpAndConfirm, submitSignIn, showSequence } from './flowsSupport';

// Journey: the clock moves; the access token expires after an hour (GetUser fails), a refresh
// gives new tokens, and after 30 days the refresh token itself has expired.

test('clock +1 hour: access token expired, refresh works; +30 days: refresh fails', async ({ page }) => {
  test.setTimeout(90_000); // a whole journey through a large page
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await signUpAndConfirm(page, 'tom', 'tom@example.com');
  const signIn = await submitSignIn(page, 'tom', PASSWORD);
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as tom');

  const session = region(page, 'Signed-in user');
  const actions = session.getByRole('group', { name: 'Session actions' });
  await actions.getByRole('button', { name: 'Get user (GetUser)' }).click();
  await expect(session.getByRole('status').first()).toContainText('Read the user profile.');
  await expect(session).toContainText('tom@example.com');

  const clock = region(page, 'Simulated clock');
  await clock.getByRole('button', { name: '+1 hour' }).click();
  await actions.getByRole('button', { name: 'Get user (GetUser)' }).click();
  await expect(session.getByRole('alert').first()).toContainText('NotAuthorizedException: Access Token has expired');

  await actions.getByRole('button', { name: 'Refresh tokens' }).click();
  await expect(session.getByRole('status').first()).toContainText('New ID and access tokens.');
  await expect(region(page, 'Tokens').getByRole('region', { name: 'ID token' }).getByRole('status').first()).toContainText('Valid for another 1 hour');
  await actions.getByRole('button', { name: 'Get user (GetUser)' }).click();
  await expect(session.getByRole('status').first()).toContainText('Read the user profile.');

  await clock.getByRole('button', { name: '+30 days' }).click();
  await actions.getByRole('button', { name: 'Refresh tokens' }).click();
  await expect(session.getByRole('alert').first()).toContainText('NotAuthorizedException');
  await expect(session.getByRole('alert').first()).toContainText(/Refresh Token has expired/i);

  const { steps, svg } = await showSequence(page);
  await expect(steps.getByRole('radio', { name: 'Signed-in user' })).toBeChecked();
  await expect(svg).toContainText('REFRESH_TOKEN_AUTH');
  expect(errors).toEqual([]);
});
