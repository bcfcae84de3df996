import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordForeignRequests, recordPageErrors, expectNoSeriousA11yViolations, expectSandboxReady } from './support';

// The first sandbox flow, in the browser: the engine runs in the page, creates a demo pool,
// and the learner signs up, reads the code in the inbox, confirms, signs in, reads the ID
// token and moves the simulated clock until the token expires.

const PASSWORD = 'Sandbox-Pa55word!';

/** Opens the sandbox and waits until the engine has created the demo pool and app client. */
async function openSandbox(page: Page) {
  await page.goto('/sandbox/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible();
  const pool = page.getByRole('region', { name: 'Demo user pool' });
  await expectSandboxReady(page);
  await expect(pool.getByRole('alert')).toBeEmpty();
  return pool;
}

const region = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });
const passwordField = (form: Locator): Locator => form.getByLabel('Password', { exact: true });

test.describe('sandbox: first flow', () => {
  test('sign up, confirm with the emailed code, sign in, read the ID token and see it expire', async ({ page }) => {
    test.setTimeout(60_000); // four axe runs on a large page
    const foreign = recordForeignRequests(page);
    const pageErrors = recordPageErrors(page);
    const pool = await openSandbox(page);
    await expect(pool).toContainText(/us-east-1_[0-9A-Za-z]+/);

    // 1. Sign up: first with a password the pool's policy refuses, then with a good one.
    const signUp = region(page, 'Sign up');
    await signUp.getByLabel('Username').fill('alice');
    await signUp.getByLabel('Email').fill('alice@example.com');
    await passwordField(signUp).fill('password');
    await signUp.getByRole('button', { name: 'Sign up' }).click();
    await expect(signUp.getByRole('alert')).toContainText('InvalidPasswordException');
    await expect(signUp.getByRole('alert')).toContainText('Password did not conform with policy');
    await expect(passwordField(signUp)).toHaveAttribute('aria-invalid', 'true');

    await passwordField(signUp).fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Sign up' }).click();
    await expect(signUp.getByRole('status')).toContainText('Signed up alice');
    await expect(signUp.getByRole('alert')).toBeEmpty();
    await expect(passwordField(signUp)).not.toHaveAttribute('aria-invalid', 'true');

    // 2. The verification email arrives in the inbox.
    const inbox = region(page, 'Inbox');
    const email = inbox.getByRole('listitem');
    await expect(email).toHaveCount(1);
    await expect(email.getByRole('heading', { name: 'Your verification code' })).toBeVisible();
    await expect(email).toContainText('alice@example.com');
    await expect(email).toContainText(/Arrived.*UTC/);
    const code = /Code\s*(\d+)/.exec((await email.textContent()) ?? '')?.[1];
    expect(code, 'the inbox shows the verification code').toBeTruthy();
    await expect(email).toContainText(`Your verification code is ${code}`);

    // 3. Confirm the account with that code (the user name is carried over from the sign-up).
    const confirm = region(page, 'Confirm the account');
    await expect(confirm.getByLabel('Username')).toHaveValue('alice');
    await confirm.getByLabel('Confirmation code').fill(code!);
    await confirm.getByRole('button', { name: 'Confirm account' }).click();
    await expect(confirm.getByRole('status')).toContainText('Confirmed alice');
    await expect(confirm.getByRole('alert')).toBeEmpty();

    // 4. Sign in with USER_PASSWORD_AUTH (the form offers SRP first; see e2e/flows-signup-srp.spec.ts).
    const signIn = region(page, 'Sign in');
    await expect(signIn.getByLabel('Username')).toHaveValue('alice');
    await passwordField(signIn).fill(PASSWORD);
    await signIn.getByRole('radio', { name: /^Password \(USER_PASSWORD_AUTH\)/ }).check();
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByRole('status')).toContainText('Signed in as alice');
    await expect(signIn.getByRole('alert')).toBeEmpty();

    // 5. The decoded ID token: its header, its claims and readable simulated dates.
    const idToken = region(page, 'Tokens').getByRole('region', { name: 'ID token' });
    await expect(idToken).toContainText('"alg": "RS256"');
    await expect(idToken).toContainText('"token_use": "id"');
    await expect(idToken).toContainText('"cognito:username": "alice"');
    await expect(idToken).toContainText('"email": "alice@example.com"');
    await expect(idToken).toContainText(/"exp": \d+,\s*\/\/ \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d:\d\d UTC/);
    await expect(idToken).toContainText(/"auth_time": \d+,\s*\/\/ .+ UTC/);
    const validity = idToken.getByRole('status');
    await expect(validity).toContainText('Valid for another 1 hour');

    // 6. One simulated hour later the token has expired.
    const clock = region(page, 'Simulated clock');
    const before = await clock.getByRole('status').textContent();
    await clock.getByRole('button', { name: '+1 hour' }).click();
    await expect(clock.getByRole('status')).not.toHaveText(before ?? '');
    await expect(validity).toContainText('Expired');
    await expect(region(page, 'Tokens').getByRole('region', { name: 'Access token' })).toContainText('Expired');

    // The call log shows every call, newest first, with the exception type of the refused one.
    const calls = region(page, 'API calls');
    await expect(calls.getByRole('row', { name: /InitiateAuth.*Success/ })).toBeVisible();
    await expect(calls.getByRole('row', { name: /SignUp.*InvalidPasswordException/ })).toBeVisible();
    await expect(calls.getByRole('row', { name: /CreateUserPool\b.*Success/ })).toBeVisible();
    await expect(calls.getByRole('row').nth(1)).toContainText('InitiateAuth');

    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page);

    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('the forms work from the keyboard and show AWS errors accessibly', async ({ page }) => {
    const foreign = recordForeignRequests(page);
    await openSandbox(page);
    const signUp = region(page, 'Sign up');

    await signUp.getByLabel('Username').focus();
    await page.keyboard.type('bob');
    await page.keyboard.press('Tab');
    await expect(signUp.getByLabel('Email')).toBeFocused();
    await page.keyboard.type('bob@example.com');
    await page.keyboard.press('Tab');
    await expect(signUp.getByLabel('Phone number (optional)')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(passwordField(signUp)).toBeFocused();
    await page.keyboard.type('Short1!');
    await page.keyboard.press('Enter');
    await expect(signUp.getByRole('alert')).toContainText('InvalidPasswordException: Password did not conform with policy: Password not long enough');

    // Refusals are shown in both colour schemes without contrast problems.
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page);

    // "Show password" is a real checkbox.
    await signUp.getByLabel('Show password').press('Space');
    await expect(passwordField(signUp)).toHaveAttribute('type', 'text');

    // The clock moves from the keyboard too.
    const clock = region(page, 'Simulated clock');
    const before = await clock.getByRole('status').textContent();
    await clock.getByRole('button', { name: '+1 hour' }).press('Enter');
    await expect(clock.getByRole('status')).not.toHaveText(before ?? '');
    expect(foreign).toEqual([]);
  });
});
