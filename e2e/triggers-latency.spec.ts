import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSandbox, openTab, recordPageErrors } from './flowsSupport';
import { recordForeignRequests } from './support';
import { deploy, openTriggers, recordCspViolations, signUp, simulatedTime } from './triggersSupport';

// Fault injection: 6 s of added latency on the pre sign-up trigger. Each attempt hits Cognito's 5-second
// limit, three attempts in all, then SignUp fails with Cognito's error. The latency is simulated: the
// sandbox clock moves 15 s while the learner waits for nothing of the sort.

test('6 s of latency: three timed-out attempts with their durations, Cognito’s error, and the simulated clock moved 15 s', async ({ page }) => {
  const foreign = recordForeignRequests(page);
  const csp = await recordCspViolations(page);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  const panel = await openTriggers(page, 'Pre sign-up');

  const realTime = panel.getByRole('checkbox', { name: 'Wait in real time' });
  await expect(realTime).not.toBeChecked();
  await panel.getByLabel('Added latency (ms)').fill('6000');
  await expect(panel.getByText(/Latency is simulated/)).toBeVisible();
  await deploy(page);

  const before = await simulatedTime(page);
  const form = await signUp(page, 'slow-eve');
  // Far less than the 15 s three real timeouts would take: nothing waited in real time.
  await expect(form.getByRole('alert')).toContainText('UnexpectedLambdaException', { timeout: 8_000 });
  await expect(form.getByRole('alert')).toContainText('PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.');
  await expect.poll(async () => (await simulatedTime(page)) - before).toBeGreaterThanOrEqual(15_000);

  await openTab(page, 'Triggers');
  const attempts = panel.getByRole('region', { name: 'Trigger attempts' });
  for (const n of [1, 2, 3]) {
    const row = attempts.getByRole('row').filter({ hasText: `${n} of 3` });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('PreSignUp_SignUp');
    await expect(row).toContainText('5,000 ms');
    await expect(row).toContainText('Timed out');
  }
  const log = panel.getByTestId('trigger-log');
  await expect(log).toContainText('Task timed out after 5.00 seconds');
  await expect(log).toContainText('Duration: 5000.00 ms');

  await attempts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/triggers-devices-shots/latency-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/triggers-devices-shots/latency-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoSeriousA11yViolations(page);
  expect(foreign).toEqual([]);
  expect(csp).toEqual([]);
  expect(errors).toEqual([]);
});

test('the real-time choice is kept with the deployed function and explained', async ({ page }) => {
  await openSandbox(page);
  const panel = await openTriggers(page, 'Pre sign-up');
  await panel.getByLabel('Added latency (ms)').fill('200');
  const realTime = panel.getByRole('checkbox', { name: 'Wait in real time' });
  await realTime.check();
  await expect(panel.getByText(/Latency is real: each attempt waits for it/)).toBeVisible();
  await deploy(page);

  // A short real wait under the limit: the sign-up succeeds in one attempt that took the latency.
  const form = await signUp(page, 'patient-pat');
  await expect(form.getByRole('status')).toContainText('Signed up patient-pat', { timeout: 15_000 });
  await openTab(page, 'Triggers');
  const row = panel.getByRole('region', { name: 'Trigger attempts' }).getByRole('row').filter({ hasText: 'PreSignUp_SignUp' });
  await expect(row).toContainText('1 of 3');
  await expect(row).toContainText('OK');

  // Back on the trigger after a reload of the panel's state, the deployed choice is shown again.
  await panel.getByLabel('Trigger', { exact: true }).selectOption({ label: 'Post confirmation' });
  await panel.getByLabel('Trigger', { exact: true }).selectOption({ label: 'Pre sign-up' });
  await expect(realTime).toBeChecked();
  await expect(panel.getByLabel('Added latency (ms)')).toHaveValue('200');
});
