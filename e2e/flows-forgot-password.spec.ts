import { expect, test } from '@playwright/test';
import { newestCodeFor, openSandbox, PASSWORD, recordPageErrors, region, signUpAndConfirm, submitSignIn, showSequence } from './flowsSupport';

// Journey: forgot password — a code by email, a wrong code refused, the right code sets a new password.

test('forgot password: reset with the emailed code, then sign in with the new password', async ({ page }) => {
  test.setTimeout(90_000); // a whole journey through a large page
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await signUpAndConfirm(page, 'fred', 'fred@example.com');

  const forgot = region(page, 'Forgot password');
  await forgot.getByLabel('Username').fill('fred');
  await forgot.getByRole('button', { name: 'Send reset code' }).click();
  await expect(forgot).toContainText(/Cognito sent a code to f\S*@\S+ \(EMAIL\)/);
  const code = await newestCodeFor(page, 'fred@example.com');

  await forgot.getByLabel('Reset code').fill(code === '000000' ? '111111' : '000000');
  await forgot.getByLabel('New password').fill('Brand-New-Pa55!');
  await forgot.getByRole('button', { name: 'Reset password' }).click();
  await expect(forgot.getByRole('alert').last()).toContainText('CodeMismatchException');

  await forgot.getByLabel('Reset code').fill(code);
  await forgot.getByRole('button', { name: 'Reset password' }).click();
  await expect(forgot.getByRole('status').last()).toContainText('Password reset for fred');

  const signIn = await submitSignIn(page, 'fred', PASSWORD, 'Password');
  await expect(signIn.getByRole('alert').first()).toContainText('NotAuthorizedException');
  await submitSignIn(page, 'fred', 'Brand-New-Pa55!', 'Password');
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as fred');

  const { steps, svg } = await showSequence(page);
  await steps.getByRole('radio', { name: 'Forgot password' }).check();
  await expect(svg).toContainText('ConfirmForgotPassword');
  expect(errors).toEqual([]);
});
