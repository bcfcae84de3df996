/**
 * Checks every browser journey shares: no request leaves this machine, no page
 * errors, and no serious or critical axe violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Records every request to a host other than this machine. */
export function recordForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!LOCAL_HOSTS.has(url.hostname)) foreign.push(request.url());
  });
  return foreign;
}

/** Records uncaught exceptions and console errors (hydration mismatches, failed engine loads…). */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Fails with the list of serious and critical axe violations on the page, if any. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/**
 * How long the sandbox may take to become ready: creating the demo pool makes
 * three RSA key pairs in a freshly started engine, which is slow on a loaded
 * two-core CI machine.
 */
export const SANDBOX_READY_TIMEOUT = 60_000;

/**
 * Waits (up to {@link SANDBOX_READY_TIMEOUT}) until the Demo user pool's status
 * says the sandbox is ready. The running test's time limit grows by the same
 * amount first, so a slow start does not eat the budget of the test's own steps.
 */
export async function expectSandboxReady(page: Page) {
  const info = test.info();
  if (info.timeout > 0) info.setTimeout(info.timeout + SANDBOX_READY_TIMEOUT);
  const pool = page.getByRole('region', { name: 'Demo user pool', exact: true });
  await expect(pool.getByRole('status').first()).toHaveText(/ready/i, { timeout: SANDBOX_READY_TIMEOUT });
}
