import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSandbox, PASSWORD, recordPageErrors, region, signUpAndConfirm, submitSignIn } from './flowsSupport';

// Journey: create the identity pool for the demo user pool, get guest credentials, sign in and
// see the same identity become authenticated with another role; then two devices synchronise a
// dataset through Cognito Sync and a conflict is resolved.

const SHOTS = '/tmp/identity-shots';

async function expectNoSeriousA11yViolationsIn(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-area="identity"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

test('guest credentials, then signed-in credentials for the same identity with another role; two devices sync and resolve a conflict', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  const panel = region(page, 'Identity pool');

  await panel.getByRole('button', { name: 'Create identity pool' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Created the identity pool' })).toBeVisible();

  // An ARN that is not a role is refused by the engine, next to the field.
  const authRole = panel.getByLabel('Authenticated role ARN');
  await authRole.fill('not-a-role');
  await panel.getByRole('button', { name: 'Save roles' }).click();
  await expect(authRole).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText(/InvalidParameterException: 1 validation error detected/)).toBeVisible();
  await authRole.fill('arn:aws:iam::123456789012:role/Cognito_SandboxAuth_Role');
  await panel.getByRole('button', { name: 'Save roles' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the roles and role mapping.' })).toBeVisible();

  // Guest credentials (enhanced flow).
  await panel.getByRole('button', { name: 'Get guest credentials' }).click();
  const inspector = panel.getByRole('region', { name: 'Credentials inspector: enhanced flow' });
  await expect(inspector).toContainText('Cognito_SandboxUnauth_Role');
  await expect(inspector).toContainText(/guest/i);
  await expect(inspector).toContainText(/Valid for 1 hour/);
  const identityId = (await inspector.locator('dd code').first().textContent())!.trim();
  expect(identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
  await expect(panel.getByRole('list', { name: 'Steps: Enhanced flow, guest' })).toContainText('GetCredentialsForIdentity');

  // Sign in to the user pool; the same identity becomes authenticated with the authenticated role.
  await signUpAndConfirm(page, 'alice', 'alice@example.com');
  const signIn = await submitSignIn(page, 'alice', PASSWORD, 'Password');
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as alice');
  await panel.getByRole('button', { name: 'Get signed-in credentials' }).click();
  await expect(inspector).toContainText('Cognito_SandboxAuth_Role');
  await expect(inspector).toContainText('no role mapping for this app client');
  await expect(inspector.locator('dd code').first()).toHaveText(identityId);
  await expect(panel.getByRole('list', { name: 'Identities' })).toContainText('authenticated (1 login)');

  // A rules-based mapping: the first matching rule decides the role.
  await panel.getByRole('radio', { name: 'Rules' }).check();
  await panel.getByLabel('Role ARN', { exact: true }).fill('arn:aws:iam::123456789012:role/Sandbox_Example_Users');
  await panel.getByRole('button', { name: 'Save roles' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the roles and role mapping.' })).toBeVisible();
  await panel.getByRole('button', { name: 'Get signed-in credentials' }).click();
  await expect(inspector).toContainText('Sandbox_Example_Users');
  await expect(inspector).toContainText('Rule 1 matched first: claim “email” Contains “@example.com”.');

  // The policy playground shows the policy resolved for this identity; the mapped role has no policy yet, so
  // the browser's evaluator (e2e/identity-policy.spec.ts goes further) denies by default.
  await expect(panel.getByLabel(/policy variables resolved/)).toContainText(`arn:aws:s3:::sandbox-photos/${identityId}/*`);
  await panel.getByRole('button', { name: 'Decide' }).click();
  await expect(panel.getByRole('status', { name: 'Decision' })).toContainText('Denied: implicit (no statement allows it)');
  await expect(panel.getByRole('status', { name: 'Decision' })).toContainText('Sandbox_Example_Users');

  // Two devices of this identity synchronise a dataset.
  const a = panel.getByRole('region', { name: 'Device A' });
  const b = panel.getByRole('region', { name: 'Device B' });
  await a.getByLabel('Value').fill('dark');
  await a.getByRole('button', { name: 'Save offline' }).click();
  await expect(a.getByRole('row', { name: /theme dark edited offline/ })).toBeVisible();
  await a.getByRole('button', { name: 'Synchronize' }).click();
  await expect(a.getByRole('status').last()).toContainText('pushed 1');
  await expect(b.getByText(/Push sync: another device changed/)).toBeVisible();
  await b.getByRole('button', { name: 'Synchronize' }).click();
  await expect(b.getByRole('row', { name: /theme dark synchronized/ })).toBeVisible();

  // Both edit offline; A synchronises first, so B meets a conflict and keeps the remote value.
  await a.getByLabel('Value').fill('light');
  await a.getByRole('button', { name: 'Save offline' }).click();
  await b.getByLabel('Value').fill('blue');
  await b.getByRole('button', { name: 'Save offline' }).click();
  await a.getByRole('button', { name: 'Synchronize' }).click();
  await expect(a.getByRole('status').last()).toContainText('pushed 1');
  await b.getByRole('button', { name: 'Synchronize' }).click();
  await expect(b.getByRole('status').last()).toContainText('Conflict: theme');
  await b.getByRole('button', { name: 'Keep remote (theme)' }).click();
  await expect(b.getByRole('row', { name: /theme light synchronized/ })).toBeVisible();
  await expect(b.getByRole('list', { name: 'Conflicts on Device B' })).toHaveCount(0);

  await panel.screenshot({ path: `${SHOTS}/identity-light.png` });
  await expectNoSeriousA11yViolationsIn(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await panel.getByText('Sequence diagram of this run').first().click();
  await expect(panel.locator('.mermaid-diagram svg').first()).toBeVisible();
  await panel.screenshot({ path: `${SHOTS}/identity-dark.png` });
  await expectNoSeriousA11yViolationsIn(page);
  expect(errors).toEqual([]);
});
