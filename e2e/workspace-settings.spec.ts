import { expect, test } from '@playwright/test';
import { openSandbox, openTab, region } from './workspace-support';

test("settings out of Cognito's range show the engine's error next to the field", async ({ page }) => {
  test.setTimeout(90_000);
  await openSandbox(page);
  await openTab(page, 'Settings');

  const policy = region(page, 'Password policy');
  const min = policy.getByLabel('Minimum length');
  await min.fill('3');
  await policy.getByRole('button', { name: 'Save password policy' }).click();
  await expect(min).toHaveAttribute('aria-invalid', 'true');
  await expect(min).toHaveAccessibleDescription(/InvalidParameterException: 1 validation error detected: Value '3' at '.*minimumLength' failed to satisfy constraint/);
  await min.fill('12');
  await policy.getByRole('button', { name: 'Save password policy' }).click();
  await expect(policy.getByRole('status')).toContainText('UpdateUserPool: the password policy is saved');
  await expect(min).not.toHaveAttribute('aria-invalid', 'true');

  const client = region(page, 'App client');
  const access = client.getByLabel('Access token validity', { exact: true });
  await access.fill('0');
  await client.getByRole('button', { name: 'Save app client' }).click();
  await expect(access).toHaveAttribute('aria-invalid', 'true');
  await expect(access).toHaveAccessibleDescription(/accessTokenValidity' failed to satisfy constraint/);

  // Turning MFA on without a factor: Cognito's own refusal, shown with the form.
  const mfa = region(page, 'Multi-factor authentication');
  await mfa.getByLabel('Required (ON) for every user').check();
  await mfa.getByRole('button', { name: 'Save MFA settings' }).click();
  await expect(mfa.getByRole('alert')).toContainText("InvalidParameterException: Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.");
  await mfa.getByLabel('Authenticator app (TOTP)').check();
  await mfa.getByRole('button', { name: 'Save MFA settings' }).click();
  await expect(mfa.getByRole('status')).toContainText('MFA is ON');
  await expect(region(page, 'Demo user pool')).toContainText(/MFA\s*ON/);

  // Sign-in identifiers cannot change: a new pool is created instead.
  const ids = region(page, 'Sign-in identifiers');
  await ids.getByLabel('An email address as the user name').check();
  await ids.getByRole('button', { name: 'Create a new pool with these settings' }).click();
  await expect(ids.getByRole('status')).toContainText('Created sandbox-email-pool');
  await expect(region(page, 'Demo user pool')).toContainText('email as username');
});
