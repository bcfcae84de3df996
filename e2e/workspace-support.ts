/**
 * Shared steps of the workspace specs (not a spec itself): open the sandbox,
 * switch tabs, create a user as an administrator, axe checks.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectSandboxReady } from './support';

export const region = (scope: Page | Locator, name: string): Locator => scope.getByRole('region', { name, exact: true });

/** Opens the sandbox (optionally at a path such as `/sandbox/?preset=…`) and waits until it is ready. */
export async function openSandbox(page: Page, path = '/sandbox/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible();
  await expectSandboxReady(page);
}

export async function openTab(page: Page, name: 'Flows' | 'Users' | 'Settings' | 'Scenarios') {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** The users table's row of a user. */
export const userRow = (page: Page, username: string): Locator => region(page, 'Users').getByRole('row').filter({ has: page.getByRole('rowheader', { name: username, exact: true }) });

/** AdminCreateUser through the Users tab. */
export async function adminCreateUser(page: Page, username: string, email = `${username}@example.com`) {
  await openTab(page, 'Users');
  const form = region(page, 'Create a user (admin)');
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toContainText(`${username} is FORCE_CHANGE_PASSWORD`);
  await expect(userRow(page, username)).toBeVisible();
}

export const stateActions = (page: Page): Locator => page.getByRole('group', { name: 'Sandbox state' });

/**
 * Axe on the workspace's parts of the page (clock bar, state actions, tab
 * list, pool summary, Users/Settings/Scenarios tabs), marked `data-area="workspace"`.
 * The flows, devices and inspectors are checked by their own specs.
 */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-area="workspace"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
