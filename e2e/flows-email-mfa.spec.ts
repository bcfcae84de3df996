import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSandbox, newestCodeFor, openTab, PASSWORD, recordPageErrors, region, showSequence, signUpAndConfirm, submitSignIn } from './flowsSupport';
import { chooseMfa, idTokenPanel, saveMfa, saveSesEmailDelivery, setUserFactors } from './mfaSupport';

// Journey: email MFA. Cognito offers it only when the pool sends email through Amazon
// SES (DEVELOPER): the refusal shows under the Email box until that is set. An
// administrator turns email MFA on for the user, who then answers EMAIL_OTP with the
// code from the inbox.

test('email MFA: refused with Cognito’s default email, then sign-in is completed with the emailed code', async ({ page }) => {
  test.setTimeout(120_000); // a whole journey through a large page
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await openTab(page, 'Settings');

  const mfa = await chooseMfa(page, 'OPTIONAL', ['Email message']);
  await mfa.getByRole('button', { name: 'Save MFA settings' }).click();
  const emailBox = mfa.getByLabel('Email message');
  await expect(emailBox).toHaveAttribute('aria-invalid', 'true');
  await expect(emailBox).toHaveAccessibleDescription('InvalidParameterException: Email MFA requires an email configuration that sends through Amazon SES (EmailSendingAccount DEVELOPER).');

  await saveSesEmailDelivery(page);
  await saveMfa(page, 'OPTIONAL');
  await expect(emailBox).not.toHaveAttribute('aria-invalid', 'true');

  // MFA is optional: the user has no factor yet, then an administrator turns email on.
  await openTab(page, 'Flows');
  await signUpAndConfirm(page, 'eve', 'eve@example.com');
  await setUserFactors(page, 'eve', ['Email (EMAIL_OTP)']);
  await openTab(page, 'Users');
  await expect(region(page, 'Users').getByRole('row').filter({ hasText: 'eve' })).toContainText('Email');

  await openTab(page, 'Flows');
  const signIn = await submitSignIn(page, 'eve', PASSWORD);
  const challenge = signIn.getByRole('region', { name: 'Challenge: EMAIL_OTP' });
  await expect(challenge).toBeVisible();
  await expect(challenge).toContainText(/Cognito emailed a code to e\*+@e\*+/);
  await challenge.getByLabel('Code from the email').fill(await newestCodeFor(page, 'eve@example.com'));
  await challenge.getByRole('button', { name: 'Verify code' }).click();
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as eve');

  const idToken = idTokenPanel(page);
  await expect(idToken).toContainText('"token_use": "id"');
  await expect(idToken).toContainText('"cognito:username": "eve"');
  await expect(idToken).toContainText('"email": "eve@example.com"');

  await expect((await showSequence(page)).svg).toContainText('EMAIL_OTP');
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
