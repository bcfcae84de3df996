import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openSandbox } from './workspace-support';

// The inspector's journeys: after the first flow (sign up → code from the inbox → confirm →
// sign in), verify the tokens against the pool's keys, tamper with one and watch verification
// and Cognito refuse it, find the failed call in the API inspector in its HTTP form, read the
// audit log and the metrics; and add an account to the authenticator app and watch its code
// follow the simulated clock.

const PASSWORD = 'Sandbox-Pa55word!';
const SHOTS = process.env.INSPECTOR_SHOTS; // a folder: take screenshots there too

const region = (scope: Page | Locator, name: string): Locator => scope.getByRole('region', { name, exact: true });

async function expectNoSeriousA11yViolations(page: Page, include: string[]) {
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Sign up → read the code in the inbox → confirm → sign in, as the first-flow spec does. */
async function firstFlow(page: Page, username: string) {
  const signUp = region(page, 'Sign up');
  await signUp.getByLabel('Username').fill(username);
  await signUp.getByLabel('Email').fill(`${username}@example.com`);
  await signUp.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await signUp.getByRole('button', { name: 'Sign up' }).click();
  await expect(signUp.getByRole('status')).toContainText(`Signed up ${username}`);

  const email = region(page, 'Inbox').getByRole('listitem').first();
  await expect(email.getByRole('heading', { name: 'Your verification code' })).toBeVisible();
  const code = /Code\s*(\d+)/.exec((await email.textContent()) ?? '')?.[1];
  expect(code).toBeTruthy();

  const confirm = region(page, 'Confirm the account');
  await confirm.getByLabel('Username').fill(username);
  await confirm.getByLabel('Confirmation code').fill(code!);
  await confirm.getByRole('button', { name: 'Confirm account' }).click();
  await expect(confirm.getByRole('status')).toContainText(`Confirmed ${username}`);

  const signIn = region(page, 'Sign in');
  await signIn.getByLabel('Username').fill(username);
  await signIn.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.getByRole('status')).toContainText(`Signed in as ${username}`);
}

async function shoot(page: Page, locator: Locator, name: string) {
  if (!SHOTS) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await locator.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('sandbox: inspector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  // A full sign-up, confirmation and SRP sign-in in the page, then many checks: give it room.
  test.beforeEach(() => test.slow());

  test('verifies the tokens, catches tampering, and shows the failed call over HTTP', async ({ page }) => {
    const pageErrors = recordPageErrors(page);
    await openSandbox(page);
    await firstFlow(page, 'alice');

    // The ID token's signature checks out against the pool's JWKS, and every claim is explained.
    const tokens = region(page, 'Tokens');
    const idToken = region(tokens, 'ID token');
    await expect(idToken).toContainText('Signature valid');
    const checks = idToken.getByRole('list', { name: 'Verification of the id token' });
    await expect(checks.getByRole('listitem')).toHaveCount(7);
    await expect(checks).toContainText('Token use passes');
    await expect(checks).toContainText('Expiry passes');
    const claims = idToken.getByRole('table', { name: 'Claims of the id token, explained' });
    await expect(claims.getByRole('row', { name: /^token_use id What the token is for/ })).toBeVisible();
    await expect(claims.getByRole('row', { name: /^exp \d+ \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d:\d\d UTC Expires at/ })).toBeVisible();
    await expect(claims).not.toContainText('Not a claim Cognito issues');

    // The refresh token is opaque: five parts, only the header readable.
    const refresh = region(tokens, 'Refresh token');
    await expect(refresh.getByRole('table', { name: 'The five parts of the refresh token' }).getByRole('row')).toHaveCount(6);
    await expect(refresh).toContainText('"enc": "A256GCM"');

    // Tamper with a claim: the signature no longer matches.
    const tamper = region(tokens, 'Tamper mode');
    const payload = tamper.getByLabel('Payload (JSON)');
    await expect(payload).toHaveValue(/"cognito:username": "alice"/);
    await payload.fill((await payload.inputValue()).replace('"cognito:username": "alice"', '"cognito:username": "mallory"'));
    await tamper.getByLabel('Verify it as').selectOption('id');
    await tamper.getByRole('button', { name: 'Verify this token' }).click();
    const verdict = tamper.getByRole('status', { name: 'Tamper mode verification' });
    await expect(verdict).toContainText('The edited ID token');
    await expect(verdict).toContainText('Signature invalid');
    await expect(verdict).toContainText('Signature fails');
    await expect(verdict).toContainText('signature verification failed');

    // The untouched ID token, presented where an access token is expected.
    await tamper.getByRole('button', { name: 'Undo my edits' }).click();
    await tamper.getByLabel('Verify it as').selectOption('access');
    await tamper.getByRole('button', { name: 'Verify this token' }).press('Enter');
    await expect(verdict).toContainText('Signature valid');
    await expect(verdict).toContainText('token_use is "id", but an access token was expected');
    await tamper.getByRole('button', { name: 'Send it to GetUser as the access token' }).click();
    await expect(tamper.getByRole('alert').last()).toContainText('NotAuthorizedException: Invalid Access Token');
    await shoot(page, tokens, 'tokens');

    // The API inspector, filtered to errors: the GetUser refusal in its HTTP form.
    const calls = region(page, 'API calls');
    await calls.getByLabel('Outcome').selectOption('error');
    await expect(calls.getByRole('status')).toContainText(/Showing 1 of \d+ calls/);
    const row = calls.getByRole('row', { name: /GetUser.*NotAuthorizedException/ });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: /Inspect call \d+, GetUser/ }).click();
    const detail = calls.getByRole('region', { name: /Call \d+: GetUser/ });
    const request = detail.getByLabel('Request (HTTP)');
    await expect(request).toContainText('POST / HTTP/1.1');
    await expect(request).toContainText('X-Amz-Target: AWSCognitoIdentityProviderService.GetUser');
    await expect(request).toContainText('Content-Type: application/x-amz-json-1.1');
    await expect(request).toContainText('"AccessToken": "HIDDEN_DUE_TO_SECURITY_REASONS"');
    const response = detail.getByLabel('Response (HTTP)');
    await expect(response).toContainText('HTTP/1.1 400 Bad Request');
    await expect(response).toContainText('"__type": "NotAuthorizedException"');
    await expect(response).toContainText('"message": "Invalid Access Token"');
    await calls.getByLabel('Show passwords, tokens and secrets').check();
    await expect(request).toContainText('"AccessToken": "eyJ');

    // Filter by operation and by text.
    await calls.getByLabel('Outcome').selectOption('all');
    await calls.getByLabel('Operation').selectOption('SignUp');
    await expect(calls.getByRole('row', { name: /SignUp/ })).toHaveCount(1);
    await calls.getByLabel('Operation').selectOption('all');
    await calls.getByLabel('Search requests and responses').fill('alice@example.com');
    await expect(calls.getByRole('row', { name: /SignUp.*Success/ })).toBeVisible();
    await expect(calls.getByRole('row', { name: /CreateUserPool\b/ })).toHaveCount(0);
    await shoot(page, calls, 'api-calls');

    // Metrics and the audit log.
    const metrics = region(page, 'Metrics');
    await expect(metrics.getByRole('definition').filter({ hasText: 'succeeded' }).first()).toHaveText(/^1\s*succeeded$/);
    await expect(metrics).toContainText('SignInSuccesses');
    const audit = region(page, 'Audit log');
    await expect(audit.getByRole('row', { name: /SignUp alice \(sub [0-9a-f]{8}…\) cognito-idp\.amazonaws\.com/ })).toBeVisible();
    await expect(audit.getByRole('row', { name: /CreateUserPool admin \(IAM\)/ })).toBeVisible();
    await expect(audit.getByRole('row', { name: /GetUser alice .*NotAuthorizedException/ })).toBeVisible();
    await shoot(page, page.locator('#metrics-heading').locator('..'), 'metrics');
    await shoot(page, audit, 'audit');

    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoSeriousA11yViolations(page, ['section[aria-labelledby="tokens-heading"]', 'section[aria-labelledby="calls-heading"]', 'section[aria-labelledby="audit-heading"]', 'section[aria-labelledby="metrics-heading"]']);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page, ['section[aria-labelledby="tokens-heading"]', 'section[aria-labelledby="calls-heading"]', 'section[aria-labelledby="audit-heading"]', 'section[aria-labelledby="metrics-heading"]']);
    expect(pageErrors).toEqual([]);
  });

  test('the authenticator shows a code that follows the simulated clock; the phone and inbox receive messages', async ({ page }) => {
    const pageErrors = recordPageErrors(page);
    await openSandbox(page);

    const phone = region(page, 'Phone');
    await expect(phone).toContainText('No text messages yet');

    const app = region(page, 'Authenticator app');
    await app.getByLabel('Account name').fill('alice (Cognito Sandbox)');
    await app.getByLabel('Secret key', { exact: true }).fill('not a secret!');
    await app.getByRole('button', { name: 'Add account' }).click();
    await expect(app.getByRole('alert')).toContainText('Base32');
    await expect(app.getByLabel('Secret key', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await app.getByLabel('Secret key', { exact: true }).fill('jbsw y3dp ehpk 3pxp');
    await app.getByLabel('Secret key', { exact: true }).press('Enter');
    await expect(app.getByRole('status')).toContainText('Added alice (Cognito Sandbox)');

    const account = app.getByRole('article', { name: 'alice (Cognito Sandbox)' });
    const code = account.locator('code').first();
    await expect(code).toHaveText(/^\d{6}$/);
    await expect(account).toContainText(/changes in \d+ s/);
    await expect(account).toContainText('JBSW Y3DP EHPK 3PXP');
    const before = await code.textContent();
    await region(page, 'Simulated clock').getByRole('button', { name: '+5 min' }).click();
    await expect(code).not.toHaveText(before ?? '');
    await expect(code).toHaveText(/^\d{6}$/);

    // The inbox receives the sign-up email.
    const signUp = region(page, 'Sign up');
    await signUp.getByLabel('Username').fill('bob');
    await signUp.getByLabel('Email').fill('bob@example.com');
    await signUp.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Sign up' }).click();
    await expect(region(page, 'Inbox').getByRole('listitem')).toHaveCount(1);
    await expect(region(page, 'Inbox')).toContainText('bob@example.com');

    const devices = page.locator('section[aria-labelledby="inbox-heading"]').locator('..');
    await shoot(page, devices, 'devices');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoSeriousA11yViolations(page, ['section[aria-labelledby="inbox-heading"]', 'section[aria-labelledby="phone-heading"]', 'section[aria-labelledby="authenticator-heading"]']);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page, ['section[aria-labelledby="inbox-heading"]', 'section[aria-labelledby="phone-heading"]', 'section[aria-labelledby="authenticator-heading"]']);

    await app.getByRole('button', { name: 'Remove alice (Cognito Sandbox) from the authenticator' }).click();
    await expect(app).toContainText('No accounts yet');
    expect(pageErrors).toEqual([]);
  });
});
