/**
 * Shared steps for the flow journeys (e2e/flows-*.spec.ts): open the sandbox,
 * sign a user up and confirm them with the emailed code, sign in, read codes
 * from the learner's devices. Not a spec itself.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectSandboxReady } from './support';
export { recordPageErrors } from './support';

export const PASSWORD = 'Sandbox-Pa55word!';

export const region = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });
export const passwordField = (form: Locator): Locator => form.getByLabel('Password', { exact: true });

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Opens a fresh sandbox (nothing saved from another test) and waits for the demo pool. */
export async function openSandbox(page: Page) {
  await page.goto('/sandbox/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible();
  await expectSandboxReady(page);
  await expect(region(page, 'Sign up').getByRole('button', { name: 'Sign up' })).toBeEnabled();
}

/** The newest email's code (or temporary password) for `to`. */
export async function newestCodeFor(page: Page, to: string): Promise<string> {
  const email = region(page, 'Inbox').getByRole('listitem').filter({ hasText: to }).first();
  await expect(email).toBeVisible();
  const code = (await email.locator('dd code').first().textContent())?.trim();
  expect(code, `a code in the newest email to ${to}`).toBeTruthy();
  return code!;
}

/** Signs `username` up with an email address and confirms the account with the emailed code. */
export async function signUpAndConfirm(page: Page, username: string, email: string, password = PASSWORD) {
  const signUp = region(page, 'Sign up');
  await signUp.getByLabel('Username').fill(username);
  await signUp.getByLabel('Email').fill(email);
  await passwordField(signUp).fill(password);
  await signUp.getByRole('button', { name: 'Sign up' }).click();
  await expect(signUp.getByRole('status')).toContainText(`Signed up ${username}`);

  const code = await newestCodeFor(page, email);
  const confirm = region(page, 'Confirm the account');
  await expect(confirm.getByLabel('Username')).toHaveValue(username);
  await confirm.getByLabel('Confirmation code').fill(code);
  await confirm.getByRole('button', { name: 'Confirm account' }).click();
  await expect(confirm.getByRole('status')).toContainText(`Confirmed ${username}`);
}

/** Fills the sign-in form and submits it (SRP unless `flow` says otherwise). */
export async function submitSignIn(page: Page, username: string, password: string, flow: 'SRP' | 'Password' = 'SRP') {
  const signIn = region(page, 'Sign in');
  await signIn.getByLabel('Username').fill(username);
  await passwordField(signIn).fill(password);
  await signIn.getByRole('radio', { name: new RegExp(`^${flow} \\(`) }).check();
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  return signIn;
}

/** The code the virtual authenticator shows now for its newest account. */
export async function authenticatorCode(page: Page): Promise<string> {
  const account = region(page, 'Authenticator app').getByRole('list', { name: 'Authenticator accounts' }).getByRole('listitem').last();
  const code = account.locator('code').first();
  await expect(code).toHaveText(/^\d{6}$/);
  return (await code.textContent())!.trim();
}

/** Clicks a tab of the sandbox work area (Flows, Users, Settings, Scenarios). */
export async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
}

/**
 * The "Step by step" panel, scrolled into view: diagrams are drawn only when
 * they come near the screen. Returns the panel and its sequence diagram's SVG.
 */
export async function showSequence(page: Page) {
  const steps = region(page, 'Step by step');
  const figure = steps.getByRole('region', { name: /Sequence diagram/ });
  await figure.scrollIntoViewIfNeeded();
  return { steps, figure, svg: figure.locator('svg[aria-roledescription="sequence"]') };
}
