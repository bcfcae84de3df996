import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSandbox, openTab, PASSWORD, recordPageErrors, region, showSequence, submitSignIn } from './flowsSupport';
import { recordForeignRequests } from './support';
import { deploy, openTriggers, recordCspViolations, setCode, signUp } from './triggersSupport';

// Lambda triggers in the browser: Monaco from our own bundle, trigger code run in Web Workers
// under Cognito's rules (5-second limit, three attempts), and a CSP that forbids other hosts.

test('pre sign-up edited in Monaco auto-confirms the user; no request leaves for another host; no CSP violation', async ({ page }) => {
  const foreign = recordForeignRequests(page);
  const csp = await recordCspViolations(page);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  const panel = await openTriggers(page);

  // Type-aware completions: the event's declared shape.
  await setCode(page, 'export const handler = async (event: PreSignUpEvent) => { event.request.');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget').getByText('userAttributes')).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  // A type error shows inline and in the summary line.
  await setCode(page, 'export const handler = async (event: PreSignUpEvent) => { event.response.autoConfirm = true; return event; };');
  await expect(panel.getByText(/1 error in the editor/)).toBeVisible({ timeout: 15_000 });
  await expect(panel.locator('.monaco-editor .squiggly-error').first()).toBeAttached();

  await setCode(page, 'export const handler = async (event: PreSignUpEvent) => { console.log("auto-confirming", event.userName); event.response.autoConfirmUser = true; return event; };');
  await expect(panel.getByText('No errors in the editor.')).toBeVisible({ timeout: 15_000 });
  await deploy(page);
  await expect(panel.getByTestId('trigger-status')).toHaveText(/Deployed and attached/);

  const form = await signUp(page, 'auto-ana');
  await expect(form.getByRole('status')).toContainText('Signed up auto-ana (already confirmed).', { timeout: 20_000 });

  await openTab(page, 'Users');
  await expect(page.getByRole('row', { name: /^auto-ana CONFIRMED/ })).toBeVisible();

  await openTab(page, 'Triggers');
  const log = panel.getByTestId('trigger-log');
  await expect(log).toContainText('START RequestId:');
  await expect(log).toContainText('auto-confirming auto-ana');
  await expect(log).toContainText('REPORT RequestId:');
  await expect(panel.getByRole('region', { name: 'Trigger attempts' })).toContainText('PreSignUp_SignUp');

  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/triggers-shots/triggers-light.png', fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/triggers-shots/triggers-dark.png', fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });

  await expectNoSeriousA11yViolations(page);
  expect(foreign).toEqual([]);
  expect(csp).toEqual([]);
  expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
});

test('a pre token generation trigger adds a claim the token view shows', async ({ page }) => {
  await openSandbox(page);
  await openTriggers(page, 'Pre token generation (V1_0)');
  await setCode(page, 'export const handler = async (event: PreTokenGenerationV1Event) => { event.response = { claimsOverrideDetails: { claimsToAddOrOverride: { favourite_colour: "teal" } } }; return event; };');
  await deploy(page);

  const form = await signUp(page, 'claim-bo');
  await expect(form.getByRole('status')).toContainText('Signed up claim-bo');
  // Confirm through the admin action is another engineer's UI: use the emailed code.
  const email = region(page, 'Inbox').getByRole('listitem').filter({ hasText: 'claim-bo@example.com' }).first();
  const code = (await email.locator('dd code').first().textContent())!.trim();
  const confirm = region(page, 'Confirm the account');
  await confirm.getByLabel('Confirmation code').fill(code);
  await confirm.getByRole('button', { name: 'Confirm account' }).click();
  await expect(confirm.getByRole('status')).toContainText('Confirmed claim-bo');

  await submitSignIn(page, 'claim-bo', PASSWORD, 'Password');
  const tokens = region(page, 'Tokens');
  await expect(tokens).toContainText('favourite_colour', { timeout: 20_000 });
  await expect(tokens).toContainText('teal');
});

test('an infinite loop fails after three attempts with Cognito’s error while the page stays responsive', async ({ page }) => {
  test.setTimeout(90_000);
  await openSandbox(page);
  const panel = await openTriggers(page);
  await setCode(page, 'export const handler = async (event: PreSignUpEvent) => { while (true) {} };');
  await deploy(page);

  const form = await signUp(page, 'loop-cy');
  // While the workers spin, the page still answers: switching tabs works.
  await openTab(page, 'Scenarios');
  await expect(page.getByRole('tab', { name: 'Scenarios', exact: true })).toHaveAttribute('aria-selected', 'true', { timeout: 2_000 });
  await openTab(page, 'Flows');
  await expect(form.getByRole('alert')).toContainText('UnexpectedLambdaException', { timeout: 40_000 });
  await expect(form.getByRole('alert')).toContainText(/PreSignUp/);

  await openTab(page, 'Triggers');
  const attempts = panel.getByRole('region', { name: 'Trigger attempts' });
  for (const n of [1, 2, 3]) await expect(attempts.getByRole('row').filter({ hasText: `${n} of 3` }).filter({ hasText: 'Timed out' })).toHaveCount(1);
  await expect(panel.getByTestId('trigger-log')).toContainText('Task timed out after 5.00 seconds');
});

test('fault injection: thrown error fails the operation with UserLambdaValidationException', async ({ page }) => {
  await openSandbox(page);
  const panel = await openTriggers(page, 'Pre sign-up');
  await panel.getByLabel('Throw an error with message').fill('Sign-ups are closed');
  await deploy(page);
  const form = await signUp(page, 'fault-di');
  await expect(form.getByRole('alert')).toContainText('UserLambdaValidationException', { timeout: 20_000 });
  await expect(form.getByRole('alert')).toContainText('PreSignUp failed with error Sign-ups are closed.');

  // The flow's sequence diagram shows the Lambda participant and the failure.
  const { svg } = await showSequence(page);
  await expect(svg).toContainText('Lambda', { timeout: 15_000 });
  await expect(svg).toContainText('Invoke sandbox-PreSignUp');
  await expect(svg).toContainText('Sign-ups are closed');
});

test('every main page loads without a CSP violation', async ({ page }) => {
  const csp = await recordCspViolations(page);
  for (const path of ['/', '/sandbox/', '/learn/', '/practice/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await page.waitForLoadState('networkidle');
  }
  expect(csp).toEqual([]);
});
