import { expect, test, type Page } from '@playwright/test';
import { expectSandboxReady, recordForeignRequests, recordPageErrors } from './support';
import { region, userRow } from './workspace-support';

// Journey: a lesson's "Try it" link opens the sandbox on a preset at the part of the page the
// lesson talks about (a trigger's code, the identity pool), and the preset does what it says.

const PASSWORD = 'Sandbox-Pa55word!';
const SHOTS = '/tmp/presets-shots';

/** Waits until the sandbox has started (the preset is replayed during the start). */
async function sandboxReady(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible();
  await expectSandboxReady(page);
}

test('the pre sign-up Try it link opens the trigger, and a sign-up is CONFIRMED without a code', async ({ page }) => {
  test.setTimeout(90_000);
  const foreign = recordForeignRequests(page);
  const errors = recordPageErrors(page);
  await page.goto('/learn/lambda-triggers/');
  const tryIt = page.getByRole('link', { name: 'Try it: Auto-confirm users in a pre sign-up trigger' });
  await expect(tryIt).toHaveAttribute('href', '/sandbox/?preset=pre-signup-auto-confirm&tab=triggers');
  await tryIt.click();
  await sandboxReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded the scenario “Pre sign-up: auto-confirm”.' })).toBeVisible();
  await expect(page).toHaveURL(/\/sandbox\/$/);

  // The Triggers tab is open on the deployed pre sign-up handler.
  await expect(page.getByRole('tab', { name: 'Triggers' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('trigger-status')).toHaveText('Deployed and attached to the pool.');
  await expect(page.getByTestId('trigger-editor')).toContainText('autoConfirmUser', { timeout: 30_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/pre-signup-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Sign up with an address of the allowed domain: confirmed at once, nothing in the inbox.
  await page.getByRole('tab', { name: 'Flows' }).click();
  const signUp = region(page, 'Sign up');
  await signUp.getByLabel('Username').fill('uma');
  await signUp.getByLabel('Email').fill('uma@example.com');
  await signUp.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await signUp.getByRole('button', { name: 'Sign up' }).click();
  await expect(signUp.getByRole('status')).toContainText('Signed up uma', { timeout: 30_000 });
  await expect(region(page, 'Inbox').getByRole('listitem')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Users' }).click();
  await expect(userRow(page, 'uma')).toContainText('CONFIRMED');

  // Another domain: the trigger refuses the sign-up.
  await page.getByRole('tab', { name: 'Flows' }).click();
  await signUp.getByLabel('Username').fill('vic');
  await signUp.getByLabel('Email').fill('vic@elsewhere.test');
  await signUp.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await signUp.getByRole('button', { name: 'Sign up' }).click();
  await expect(signUp.getByRole('alert')).toContainText('UserLambdaValidationException');
  await expect(signUp.getByRole('alert')).toContainText('Sign-up is open to @example.com addresses only');

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('an identity pool preset opens the identity pool panel with the pool, and guests get the guest role', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = recordPageErrors(page);
  await page.goto('/learn/identity-pools/');
  const tryIt = page.getByRole('link', { name: 'Try it: Get guest credentials' });
  await expect(tryIt).toHaveAttribute('href', '/sandbox/?preset=identity-pool-guest&tab=identity-pool');
  await tryIt.click();
  await sandboxReady(page);

  const panel = region(page, 'Identity pool');
  await expect(panel).toContainText(/Identity pool id: us-east-1:[0-9a-f-]{36}/);
  await expect(panel.getByRole('heading', { name: 'Identity pool' })).toBeInViewport();
  await expect(panel.getByRole('button', { name: 'Save identity pool' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/identity-pool-guest.png` });

  await panel.getByRole('button', { name: 'Get guest credentials' }).click();
  await expect(panel.getByText(/role\/SandboxGuestRole/).first()).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});
