/**
 * Steps the Lambda trigger journeys share: open the Triggers tab, type a
 * handler into Monaco, deploy it, sign up through the Flows tab, and collect
 * content security policy violations.
 */
import { expect, type Page } from '@playwright/test';
import { openTab, passwordField, PASSWORD, region } from './flowsSupport';

/**
 * Collects every CSP violation the page reports (as a `securitypolicyviolation`
 * event or a console message). None is expected: zod runs jitless
 * (instrumentation-client.ts), so not even its eval probe is reported.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${location.pathname} in ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  return seen;
}

export const triggersPanel = (page: Page) => page.locator('[data-area="triggers"]');

/** Opens the Triggers tab (optionally on one trigger) and waits for Monaco. */
export async function openTriggers(page: Page, trigger?: string) {
  await openTab(page, 'Triggers');
  const panel = triggersPanel(page);
  if (trigger) await panel.getByLabel('Trigger', { exact: true }).selectOption({ label: trigger });
  // Monaco has loaded when its text area is in the page.
  await expect(panel.locator('.monaco-editor textarea').first()).toBeAttached({ timeout: 20_000 });
  return panel;
}

/** Replaces the editor's text with `code` (one line, so Monaco's auto-closing does not interfere). */
export async function setCode(page: Page, code: string) {
  const panel = triggersPanel(page);
  await panel.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** Deploys the editor's code and attaches it to the pool. */
export async function deploy(page: Page) {
  const panel = triggersPanel(page);
  await panel.getByRole('button', { name: 'Deploy', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Deployed sandbox-/ })).toBeVisible();
}

/** Signs `username` up through the Flows tab's form; returns the form. */
export async function signUp(page: Page, username: string) {
  await openTab(page, 'Flows');
  const form = region(page, 'Sign up');
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Email').fill(`${username}@example.com`);
  await passwordField(form).fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign up' }).click();
  return form;
}

/** The simulated clock's time (epoch ms), as the clock bar shows it. */
export async function simulatedTime(page: Page): Promise<number> {
  const value = await page.getByRole('status', { name: 'Simulated time' }).locator('time').getAttribute('datetime');
  return Date.parse(value ?? '');
}
