import { expect, test } from '@playwright/test';
import { authenticatorCode, expectNoSeriousA11yViolations, openSandbox, openTab, PASSWORD, recordPageErrors, region, signUpAndConfirm, submitSignIn, showSequence } from './flowsSupport';

// Journey: a pool that requires MFA; the user sets up an authenticator app during sign-in
// (MFA_SETUP with a QR code), adds it to the virtual authenticator, and later signs in
// with the code the authenticator shows (SOFTWARE_TOKEN_MFA).

test('MFA required: set up TOTP at first sign-in, then sign in with the authenticator code', async ({ page }) => {
  test.setTimeout(90_000); // a whole journey through a large page
  const errors = recordPageErrors(page);
  await openSandbox(page);

  // The pool requires MFA, with authenticator apps allowed (workspace settings).
  await openTab(page, 'Settings');
  const mfa = region(page, 'Multi-factor authentication');
  await mfa.getByLabel('Required (ON) for every user').check();
  await mfa.getByLabel('Authenticator app (TOTP)').check();
  await mfa.getByRole('button', { name: 'Save MFA settings' }).click();
  await expect(mfa.getByRole('status')).toContainText('MFA is ON');
  await openTab(page, 'Flows');

  await signUpAndConfirm(page, 'mia', 'mia@example.com');
  const signIn = await submitSignIn(page, 'mia', PASSWORD);

  // MFA_SETUP: ask for a secret, see it as a QR code, add it to the authenticator.
  const challenge = signIn.getByRole('region', { name: 'Challenge: MFA_SETUP' });
  await expect(challenge).toBeVisible();
  await challenge.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const setup = signIn.getByRole('region', { name: /Challenge: MFA_SETUP — authenticator app/ });
  await expect(setup.getByRole('img', { name: /QR code for an authenticator app/ })).toBeVisible();
  await expect(setup.getByTestId('totp-secret')).toHaveText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+=*$/);
  await setup.getByRole('button', { name: 'Add to my authenticator app' }).click();
  await expect(setup.getByRole('status').first()).toContainText('Added');

  // A wrong code is refused and the challenge stays open; the authenticator's code works.
  await setup.getByLabel('Code from the authenticator app').fill('000000');
  await setup.getByRole('button', { name: 'Verify the code' }).click();
  await expect(signIn.getByRole('alert').last()).toContainText(/CodeMismatchException|EnableSoftwareTokenMFAException/);
  await setup.getByLabel('Code from the authenticator app').fill(await authenticatorCode(page));
  await setup.getByRole('button', { name: 'Verify the code' }).click();
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as mia');

  // Later (a new TOTP period), signing in asks for the authenticator's code.
  await region(page, 'Simulated clock').getByRole('button', { name: '+5 min' }).click();
  await submitSignIn(page, 'mia', PASSWORD);
  const totp = signIn.getByRole('region', { name: 'Challenge: SOFTWARE_TOKEN_MFA' });
  await expect(totp).toBeVisible();
  await totp.getByLabel('Code from the authenticator app').fill(await authenticatorCode(page));
  await totp.getByRole('button', { name: 'Verify code' }).click();
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as mia');

  // The sequence diagram shows the challenge answered.
  await expect((await showSequence(page)).svg).toContainText('SOFTWARE_TOKEN_MFA');
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
