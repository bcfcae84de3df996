import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSandbox, openTab, PASSWORD, recordPageErrors, region, showSequence, submitSignIn } from './flowsSupport';
import { chooseMfa, idTokenPanel, newestTextCode, saveMfa, saveSmsDelivery, signUpWithPhone } from './mfaSupport';

// Journey: SMS MFA required. The pool first needs SMS delivery (an SNS role): without it
// Cognito refuses, and the refusal shows under the SMS box. Then a user with a phone
// number signs in and answers SMS_MFA with the code texted to the simulated phone.

test('SMS MFA: refused without SMS delivery, then sign-in is completed with the texted code', async ({ page }) => {
  test.setTimeout(120_000); // a whole journey through a large page
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await openTab(page, 'Settings');

  // SMS MFA without an SmsConfiguration: the engine's refusal, next to the SMS box.
  const mfa = await chooseMfa(page, 'ON', ['SMS text message']);
  await mfa.getByRole('button', { name: 'Save MFA settings' }).click();
  const smsBox = mfa.getByLabel('SMS text message');
  await expect(smsBox).toHaveAttribute('aria-invalid', 'true');
  await expect(smsBox).toHaveAccessibleDescription('InvalidParameterException: SMS MFA requires an SmsConfiguration for the user pool.');

  // A role that is not an ARN is refused under its field, in AWS's validation words.
  const delivery = region(page, 'SMS delivery');
  const role = delivery.getByLabel('SNS caller role ARN (SnsCallerArn)');
  const goodRole = await role.inputValue();
  await role.fill('not-an-arn');
  await delivery.getByRole('button', { name: 'Save SMS delivery' }).click();
  await expect(role).toHaveAttribute('aria-invalid', 'true');
  await expect(role).toHaveAccessibleDescription(/InvalidParameterException: .*Value 'not-an-arn' at 'smsConfiguration.snsCallerArn' failed to satisfy constraint/);
  await role.fill(goodRole);
  await saveSmsDelivery(page);
  await expect(role).not.toHaveAttribute('aria-invalid', 'true');

  await saveMfa(page, 'ON');
  await expect(smsBox).not.toHaveAttribute('aria-invalid', 'true');
  await expect(region(page, 'Demo user pool')).toContainText(/MFA\s*ON/);

  // A user with a phone number: MFA required with SMS means SMS_MFA at every sign-in.
  await signUpWithPhone(page, 'sam', 'sam@example.com', '+15555550100');
  const signIn = await submitSignIn(page, 'sam', PASSWORD);
  const challenge = signIn.getByRole('region', { name: 'Challenge: SMS_MFA' });
  await expect(challenge).toBeVisible();
  // CODE_DELIVERY_DESTINATION is masked, as Cognito sends it.
  await expect(challenge).toContainText(/Cognito texted a code to \+\*+0100/);

  // A wrong code is refused and the challenge stays open; the texted code signs in.
  const codeField = challenge.getByLabel('Code from the text message');
  await codeField.fill('000000');
  await challenge.getByRole('button', { name: 'Verify code' }).click();
  await expect(challenge.getByRole('alert')).toContainText('CodeMismatchException');
  await codeField.fill(await newestTextCode(page, '+15555550100'));
  await challenge.getByRole('button', { name: 'Verify code' }).click();
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as sam');

  // The tokens: an ID token for sam with the phone number it was texted to.
  const idToken = idTokenPanel(page);
  await expect(idToken).toContainText('"token_use": "id"');
  await expect(idToken).toContainText('"cognito:username": "sam"');
  await expect(idToken).toContainText('"phone_number": "+15555550100"');

  await expect((await showSequence(page)).svg).toContainText('SMS_MFA');
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
