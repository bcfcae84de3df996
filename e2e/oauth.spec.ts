import { expect, test, type Page } from '@playwright/test';
import { hostedUiPanel, hostedUiShots, nextUntil } from './oauthSupport';
import { expectNoSeriousA11yViolations, openSandbox, openTab, recordPageErrors, region } from './flowsSupport';

// The hosted UI in the sandbox: configure the pool for OAuth, follow each redirect of the
// authorization code grant with PKCE in the simulated browser, redeem the code, and see the
// tokens; a wrong verifier is refused with invalid_grant; federated sign-in through the
// simulated Google page.

test.describe.configure({ timeout: 120_000 });

const panel = hostedUiPanel;
const shots = hostedUiShots;

async function configure(page: Page) {
  await openSandbox(page);
  await openTab(page, 'Hosted UI');
  const p = panel(page);
  await p.getByRole('button', { name: 'Configure the pool for OAuth' }).click();
  await expect(p.getByRole('status').first()).toContainText('app client', { timeout: 20_000 });
  return p;
}

async function signInWithPassword(page: Page) {
  const p = panel(page);
  await p.getByRole('button', { name: 'Start sign-in' }).click();
  await nextUntil(page, /\/login\?/);
  await expect(p.getByRole('table', { name: 'Query parameters' })).toContainText('code_challenge_method');
  await shots(page, 'login-page');
  await p.getByLabel('Username').fill('hosted-learner');
  await p.getByLabel('Password', { exact: true }).fill('Hosted-Passw0rd!');
  await p.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(p.getByText(/Response: 302/)).toBeVisible({ timeout: 15_000 });
  await nextUntil(page, /^https:\/\/app\.example\.com\/callback\?/);
  await expect(p.getByRole('table', { name: 'Query parameters' })).toContainText('code');
}

test('authorization code with PKCE through the hosted page, then a wrong verifier', async ({ page }) => {
  const errors = recordPageErrors(page);
  const p = await configure(page);
  const pkce = p.getByRole('region', { name: 'PKCE' });

  await signInWithPassword(page);
  await expect(pkce).toContainText('code_verifier');
  await p.getByRole('button', { name: 'Exchange the code at /oauth2/token' }).click();
  await expect(p.getByTestId('oauth-token-response')).toContainText('"id_token"', { timeout: 15_000 });
  await expect(pkce).toContainText('Accepted');
  await expect(p.getByText('grant_type=authorization_code')).toBeVisible();
  await expect(p.getByRole('status').filter({ hasText: 'token inspector' })).toContainText('hosted-learner');
  await expect(region(page, 'Tokens').getByRole('region', { name: 'ID token' })).toContainText('"cognito:username": "hosted-learner"');
  await expect(p.getByRole('region', { name: 'The hops, as a sequence diagram' }).locator('svg[aria-roledescription="sequence"]')).toBeVisible({ timeout: 30_000 });

  await shots(page, 'code-flow');

  // Second run: the hosted-UI session cookie signs in without the form; the wrong verifier is refused.
  await pkce.getByLabel('Send a wrong verifier').check();
  await p.getByRole('button', { name: 'Start sign-in' }).click();
  await nextUntil(page, /^https:\/\/app\.example\.com\/callback\?/);
  await p.getByRole('button', { name: 'Exchange the code at /oauth2/token' }).click();
  await expect(p.getByTestId('oauth-token-response')).toContainText('invalid_grant', { timeout: 15_000 });
  await expect(pkce).toContainText('Refused');

  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test('implicit grant through the simulated Google provider puts tokens in the fragment', async ({ page }) => {
  const p = await configure(page);
  await p.getByLabel('Implicit (token)').check();
  await p.getByRole('button', { name: 'Start sign-in' }).click();
  await nextUntil(page, /\/login\?/);
  await p.getByRole('button', { name: 'Continue with Google' }).click();
  await nextUntil(page, /\/simulated-idp\/authorize\?/);
  await shots(page, 'google-page');
  await p.getByRole('button', { name: 'Sign in as Maria Garcia' }).click();
  await nextUntil(page, /^https:\/\/app\.example\.com\/callback#/);
  await expect(p.getByRole('table', { name: /Fragment parameters/ })).toContainText('id_token');
  await p.getByRole('button', { name: 'Send the tokens to the token inspector' }).click();
  await expect(region(page, 'Tokens').getByRole('region', { name: 'ID token' })).toContainText('maria.garcia@example.com');
  await expect(p.getByRole('region', { name: 'The hops, as a sequence diagram' })).toContainText('Identity provider');
  await expect(p.getByRole('region', { name: 'Sequence diagram of the hops' }).locator('svg[aria-roledescription="sequence"]')).toBeVisible({ timeout: 30_000 });
  await shots(page, 'implicit-google');
  await expectNoSeriousA11yViolations(page);
});
