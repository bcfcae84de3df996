/**
 * Shared steps of the SMS, email and select-MFA journeys (e2e/flows-*-mfa.spec.ts):
 * turn on the pool's message delivery and MFA in the Settings tab, sign up a
 * user with a phone number, give a user factors as an administrator, read the
 * newest text message's code. Not a spec itself.
 */
import { expect, type Page } from '@playwright/test';
import { newestCodeFor, openTab, PASSWORD, passwordField, region } from './flowsSupport';

/** SMS delivery (SmsConfiguration) with the form's SNS role, through UpdateUserPool. */
export async function saveSmsDelivery(page: Page) {
  const sms = region(page, 'SMS delivery');
  await sms.getByRole('button', { name: 'Save SMS delivery' }).click();
  await expect(sms.getByRole('status')).toContainText('UpdateUserPool: the pool can send text messages through Amazon SNS.');
}

/** Email through Amazon SES (EmailSendingAccount DEVELOPER), through UpdateUserPool. */
export async function saveSesEmailDelivery(page: Page) {
  const email = region(page, 'Email delivery');
  await email.getByLabel('Amazon SES with your own identity (DEVELOPER)').check();
  await email.getByRole('button', { name: 'Save email delivery' }).click();
  await expect(email.getByRole('status')).toContainText('UpdateUserPool: the pool sends email with DEVELOPER.');
}

const MODE_LABEL = { OPTIONAL: 'Optional (each user chooses)', ON: 'Required (ON) for every user' } as const;

/** Sets the MFA form's mode and factors (without saving): the Multi-factor authentication region. */
export async function chooseMfa(page: Page, mode: keyof typeof MODE_LABEL, factors: ('SMS text message' | 'Email message')[]) {
  const mfa = region(page, 'Multi-factor authentication');
  await mfa.getByLabel(MODE_LABEL[mode]).check();
  for (const f of factors) await mfa.getByLabel(f).check();
  return mfa;
}

/** Saves the MFA form and waits for SetUserPoolMfaConfig's success. */
export async function saveMfa(page: Page, mode: keyof typeof MODE_LABEL) {
  const mfa = region(page, 'Multi-factor authentication');
  await mfa.getByRole('button', { name: 'Save MFA settings' }).click();
  await expect(mfa.getByRole('status')).toContainText(`SetUserPoolMfaConfig: MFA is ${mode}.`);
}

/** Signs up with an email address and a phone number, and confirms with the emailed code (Flows tab). */
export async function signUpWithPhone(page: Page, username: string, email: string, phone: string) {
  await openTab(page, 'Flows');
  const signUp = region(page, 'Sign up');
  await signUp.getByLabel('Username').fill(username);
  await signUp.getByLabel('Email').fill(email);
  await signUp.getByLabel('Phone number (optional)').fill(phone);
  await passwordField(signUp).fill(PASSWORD);
  await signUp.getByRole('button', { name: 'Sign up' }).click();
  await expect(signUp.getByRole('status')).toContainText(`Signed up ${username}`);
  const confirm = region(page, 'Confirm the account');
  await confirm.getByLabel('Confirmation code').fill(await newestCodeFor(page, email));
  await confirm.getByRole('button', { name: 'Confirm account' }).click();
  await expect(confirm.getByRole('status')).toContainText(`Confirmed ${username}`);
}

/** Turns factors on for a user as an administrator (AdminSetUserMFAPreference, Settings tab). */
export async function setUserFactors(page: Page, username: string, factors: ('Text message (SMS_MFA)' | 'Email (EMAIL_OTP)')[]) {
  await openTab(page, 'Settings');
  const form = region(page, 'A user’s MFA');
  await form.getByLabel('User', { exact: true }).selectOption(username);
  for (const f of factors) await form.getByLabel(f).check();
  await form.getByRole('button', { name: 'Save this user’s MFA' }).click();
  await expect(form.getByRole('status')).toContainText(`AdminSetUserMFAPreference: ${username} has`);
  return form;
}

/** The code in the newest text message to `phone`, on the simulated phone. */
export async function newestTextCode(page: Page, phone: string): Promise<string> {
  const text = region(page, 'Phone').getByRole('article', { name: `Text message to ${phone}` }).first();
  await expect(text).toBeVisible();
  const code = (await text.locator('code').first().textContent())?.trim();
  expect(code, `a code in the newest text to ${phone}`).toMatch(/^\d+$/);
  return code!;
}

/** The decoded ID token in the Tokens panel. */
export const idTokenPanel = (page: Page) => region(page, 'Tokens').getByRole('region', { name: 'ID token' });
