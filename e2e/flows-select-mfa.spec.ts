import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSandbox, openTab, PASSWORD, recordPageErrors, showSequence, submitSignIn } from './flowsSupport';
import { chooseMfa, idTokenPanel, newestTextCode, saveMfa, saveSesEmailDelivery, saveSmsDelivery, setUserFactors, signUpWithPhone } from './mfaSupport';

// Journey: a user with two factors (SMS and email) and none preferred. Cognito asks which
// one to use (SELECT_MFA_TYPE, with MFAS_CAN_CHOOSE); the user picks SMS, and answers
// SMS_MFA with the code on the simulated phone.

test('select MFA type: a user with SMS and email MFA picks SMS and signs in with the texted code', async ({ page }) => {
  test.setTimeout(120_000); // a whole journey through a large page
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await openTab(page, 'Settings');
  await saveSmsDelivery(page);
  await saveSesEmailDelivery(page);
  await chooseMfa(page, 'OPTIONAL', ['SMS text message', 'Email message']);
  await saveMfa(page, 'OPTIONAL');

  await signUpWithPhone(page, 'max', 'max@example.com', '+15555550111');
  const userMfa = await setUserFactors(page, 'max', ['Text message (SMS_MFA)', 'Email (EMAIL_OTP)']);
  await expect(userMfa.getByRole('status')).toContainText('max has SMS_MFA and EMAIL_OTP.');

  await openTab(page, 'Flows');
  const signIn = await submitSignIn(page, 'max', PASSWORD);
  const select = signIn.getByRole('region', { name: 'Challenge: SELECT_MFA_TYPE' });
  await expect(select).toBeVisible();
  // MFAS_CAN_CHOOSE offers exactly the two factors max has.
  await expect(select.getByRole('radio')).toHaveCount(2);
  await expect(select.getByRole('radio', { name: 'A code by email (EMAIL_OTP)' })).toBeVisible();
  const continueButton = select.getByRole('button', { name: 'Continue' });
  await expect(continueButton).toBeDisabled();
  await select.getByRole('radio', { name: 'A code by text message (SMS_MFA)' }).check();
  await continueButton.click();

  const sms = signIn.getByRole('region', { name: 'Challenge: SMS_MFA' });
  await expect(sms).toBeVisible();
  await sms.getByLabel('Code from the text message').fill(await newestTextCode(page, '+15555550111'));
  await sms.getByRole('button', { name: 'Verify code' }).click();
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as max');
  await expect(idTokenPanel(page)).toContainText('"cognito:username": "max"');

  const { svg } = await showSequence(page);
  await expect(svg).toContainText('SELECT_MFA_TYPE');
  await expect(svg).toContainText('SMS_MFA');
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
