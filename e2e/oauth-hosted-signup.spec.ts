import { expect, test, type Page } from '@playwright/test';
import { hostedUiPanel, hostedUiShots, nextUntil } from './oauthSupport';
import { authenticatorCode, newestCodeFor, openTab, region } from './flowsSupport';
import { expectNoSeriousA11yViolations, recordForeignRequests, recordPageErrors } from './support';
import { openSandbox } from './workspace-support';

// The hosted sign-up and forgot-password pages in the sandbox's simulated browser:
// /login → Sign up → /signup → /confirm with the code from the inbox → the callback
// with a code → /oauth2/token; then Forgot your password? → /confirmforgotPassword
// with the emailed code → /login with the new password → the callback.

test.describe.configure({ timeout: 150_000 });

const panel = hostedUiPanel;
const shots = hostedUiShots;
const EMAIL = 'hosted-signup@example.com';
const USERNAME = 'hosted-signup';
const PASSWORD = 'Hosted-Signup-1!';
const NEW_PASSWORD = 'Hosted-Reset-22!';

async function startAtLogin(page: Page) {
  const p = panel(page);
  await p.getByRole('button', { name: 'Start sign-in' }).click();
  await nextUntil(page, /\/login\?/);
  await expect(p.getByTestId('oauth-page').getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** At the callback: the state matches, the code redeems, the tokens reach the inspector. */
async function redeemAtCallback(page: Page, username: string) {
  const p = panel(page);
  await nextUntil(page, /^https:\/\/app\.example\.com\/callback\?/);
  await expect(p.getByText(/matches what the app sent/)).toBeVisible();
  await p.getByRole('button', { name: 'Exchange the code at /oauth2/token' }).click();
  await expect(p.getByTestId('oauth-token-response')).toContainText('"id_token"', { timeout: 15_000 });
  await expect(p.getByRole('status').filter({ hasText: 'token inspector' })).toContainText(username);
  await expect(region(page, 'Tokens').getByRole('region', { name: 'ID token' })).toContainText(`"cognito:username": "${username}"`);
}

test('sign up on the hosted page, confirm with the emailed code, land on the callback; then reset the password', async ({ page }) => {
  const foreign = recordForeignRequests(page);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await openTab(page, 'Hosted UI');
  const p = panel(page);
  await p.getByRole('button', { name: 'Configure the pool for OAuth' }).click();
  await expect(p.getByRole('status').first()).toContainText('app client', { timeout: 20_000 });

  // /login links to /signup; the sign-up form asks for the pool's auto-verified email.
  await startAtLogin(page);
  await p.getByRole('button', { name: 'Sign up' }).click();
  await expect(p.getByLabel('Address bar')).toHaveValue(/\/signup\?.*state=/);
  const view = p.getByTestId('oauth-page');
  await expect(view.getByRole('heading', { name: 'Sign up' })).toBeVisible();

  // Cognito's password policy message is shown on the page.
  await view.getByLabel('Username').fill(USERNAME);
  await view.getByLabel('Email').fill(EMAIL);
  await view.getByLabel('Password', { exact: true }).fill('short');
  await view.getByRole('button', { name: 'Sign up' }).click();
  await expect(view).toContainText('Password did not conform with policy', { timeout: 15_000 });
  await expect(view.getByLabel('Email')).toHaveValue(EMAIL);
  await view.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await view.getByRole('button', { name: 'Sign up' }).click();
  await expect(p.getByText(/Response: 302/)).toBeVisible({ timeout: 15_000 });
  await nextUntil(page, /\/confirm\?/);
  await expect(view.getByRole('heading', { name: 'Confirm your account' })).toBeVisible();
  await expect(view).toContainText('h***@e***');
  await shots(page, 'hosted-confirm');
  await expectNoSeriousA11yViolations(page);

  // The code arrives in the sandbox's inbox as usual.
  const code = await newestCodeFor(page, EMAIL);
  await expect(view.getByLabel('Username')).toHaveValue(USERNAME);
  await view.getByLabel('Confirmation code').fill(code);
  await view.getByRole('button', { name: 'Confirm account' }).click();
  await expect(p.getByText(/Response: 302/)).toBeVisible({ timeout: 15_000 });
  await redeemAtCallback(page, USERNAME);

  // Forgot password, in a new browser (no hosted-UI session cookie).
  await p.getByRole('button', { name: 'New browser (forget cookies)' }).click();
  await startAtLogin(page);
  await p.getByRole('button', { name: 'Forgot your password?' }).click();
  await expect(view.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await view.getByLabel('Username').fill(USERNAME);
  await view.getByRole('button', { name: 'Reset my password' }).click();
  await nextUntil(page, /\/confirmforgotPassword\?/);
  await expect.poll(() => newestCodeFor(page, EMAIL), { timeout: 15_000 }).not.toBe(code);
  const resetCode = await newestCodeFor(page, EMAIL);
  await view.getByLabel('Code', { exact: true }).fill(resetCode);
  await view.getByLabel('New password').fill(NEW_PASSWORD);
  await view.getByRole('button', { name: 'Change password' }).click();
  await nextUntil(page, /\/login\?/);
  await expect(view).toContainText('Your password has been reset.');
  await shots(page, 'hosted-reset-done');
  await view.getByLabel('Username').fill(USERNAME);
  await view.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
  await view.getByRole('button', { name: 'Sign in', exact: true }).click();
  await redeemAtCallback(page, USERNAME);

  await expectNoSeriousA11yViolations(page);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('a pool that requires MFA: the hosted page sets up an authenticator app (secret and QR code) and signs in', async ({ page }) => {
  const foreign = recordForeignRequests(page);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await openTab(page, 'Settings');
  const mfa = region(page, 'Multi-factor authentication');
  await mfa.getByLabel('Required (ON) for every user').check();
  await mfa.getByLabel('Authenticator app (TOTP)').check();
  await mfa.getByRole('button', { name: 'Save MFA settings' }).click();
  await expect(mfa.getByRole('status')).toContainText('MFA is ON');

  await openTab(page, 'Hosted UI');
  const p = panel(page);
  await p.getByRole('button', { name: 'Configure the pool for OAuth' }).click();
  await expect(p.getByRole('status').first()).toContainText('app client', { timeout: 20_000 });
  await startAtLogin(page);
  const view = p.getByTestId('oauth-page');
  await view.getByLabel('Username').fill('hosted-learner');
  await view.getByLabel('Password', { exact: true }).fill('Hosted-Passw0rd!');
  await view.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(view.getByRole('heading', { name: 'Set up an authenticator app' })).toBeVisible({ timeout: 15_000 });
  await expect(view.getByRole('img', { name: /QR code of the authenticator link/ })).toBeVisible();
  await expect(view).toContainText(/Secret key: [A-Z2-7]{16,}/);
  await view.getByRole('button', { name: 'Add to the authenticator app' }).click();
  await expect(view.getByRole('status')).toContainText('Added');
  await shots(page, 'hosted-mfa-setup');
  await expectNoSeriousA11yViolations(page);

  // A wrong code is refused on the page; the authenticator's code signs in.
  await view.getByLabel('Code from the authenticator app').fill('000000');
  await view.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(view).toContainText('Code mismatch and fail enable Software Token MFA', { timeout: 15_000 });
  await view.getByLabel('Code from the authenticator app').fill(await authenticatorCode(page));
  await view.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(p.getByText(/Response: 302/)).toBeVisible({ timeout: 15_000 });
  await redeemAtCallback(page, 'hosted-learner');

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
