import { expect, test, type BrowserContext, type Page, type Response } from '@playwright/test';
import { recordForeignRequests, recordPageErrors } from './support';
import { openSandbox, openTab } from './workspace-support';

// Journey: the sandbox starts without its heavy code. Opening the page loads neither Monaco, nor
// the TypeScript compiler, nor Mermaid, nor the QR-code library, nor the code of the tabs that are
// not open; each arrives when it is first needed (a tab opened, a diagram scrolled to).
//
// A library is recognised by a string only its own code contains (bundled chunk names are hashes,
// so the test reads what was downloaded). A panel is recognised by the text it shows once open.

/** Strings found only in each library's code (not in ours). */
const LIBRARIES = {
  monaco: 'editorWorkerService',
  typescript: 'versionMajorMinor',
  mermaid: 'mermaidAPI',
  qrcode: 'Invalid QR Code version',
} as const;
type Library = keyof typeof LIBRARIES;

interface Script {
  url: string;
  body: string;
}

/** Every JavaScript file the page or its workers download, with its text. */
function recordScripts(context: BrowserContext): Script[] {
  const scripts: Script[] = [];
  context.on('response', (response: Response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(new URL(url).pathname) || response.status() !== 200) return;
    response.text().then(
      (body) => scripts.push({ url, body }),
      () => undefined, // a response whose page went away
    );
  });
  return scripts;
}

const loaded = (scripts: Script[], library: Library) => scripts.filter((s) => s.body.includes(LIBRARIES[library])).map((s) => s.url);

/** The longest run of plain ASCII in a text (bundles may escape the rest). */
function asciiCore(text: string): string {
  return (text.match(/[\x20-\x7e]+/g) ?? []).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
}

/** The heading and description the open tab panel shows: text that only its own code holds. */
async function openPanelText(page: Page): Promise<string> {
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('section p').first()).toBeVisible();
  const text = asciiCore((await panel.locator('section p').first().textContent()) ?? '');
  expect(text.length, 'a distinctive text of the panel').toBeGreaterThan(20);
  return text;
}

test('the sandbox loads Monaco, TypeScript, Mermaid, QR codes and the other tabs only when needed', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const foreign = recordForeignRequests(page);
  const errors = recordPageErrors(page);
  const scripts = recordScripts(context);

  await openSandbox(page);
  // The Flows tab is the first view: its forms work.
  await expect(page.getByRole('region', { name: 'Sign up', exact: true }).getByRole('button', { name: 'Sign up' })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  const atStart = [...scripts];
  expect(atStart.length).toBeGreaterThan(0);
  for (const library of Object.keys(LIBRARIES) as Library[]) expect(loaded(atStart, library), `${library} loaded at start`).toEqual([]);

  // A tab's code arrives when the tab is first opened: the Hosted UI panel's text was in no script before.
  await page.getByRole('tab', { name: 'Hosted UI' }).click();
  const hostedUiText = await openPanelText(page);
  expect(atStart.filter((s) => s.body.includes(hostedUiText)).map((s) => s.url), `"${hostedUiText}" loaded at start`).toEqual([]);
  await expect.poll(() => scripts.some((s) => s.body.includes(hostedUiText)), { message: 'the Hosted UI code is fetched when its tab opens' }).toBe(true);

  // The Triggers tab brings Monaco, whose TypeScript worker brings the compiler.
  await page.getByRole('tab', { name: 'Triggers' }).click();
  const triggersText = await openPanelText(page);
  expect(atStart.filter((s) => s.body.includes(triggersText)).map((s) => s.url), `"${triggersText}" loaded at start`).toEqual([]);
  await expect(page.getByRole('tabpanel').locator('.monaco-editor textarea').first()).toBeAttached({ timeout: 30_000 });
  await expect.poll(() => loaded(scripts, 'monaco').length, { message: 'Monaco is fetched when the Triggers tab opens', timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => loaded(scripts, 'typescript').length, { message: 'TypeScript is fetched for the editor', timeout: 30_000 }).toBeGreaterThan(0);

  // Mermaid arrives when a diagram comes into view.
  await openTab(page, 'Flows');
  await page.getByRole('region', { name: 'Sequence diagram (arrow keys move between steps)' }).scrollIntoViewIfNeeded();
  await expect.poll(() => loaded(scripts, 'mermaid').length, { message: 'Mermaid is fetched when a diagram is on screen', timeout: 30_000 }).toBeGreaterThan(0);

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('the identity-pool panel is not in the page’s first scripts, and arrives once the sandbox has started', async ({ page, context }) => {
  const scripts = recordScripts(context);
  const response = await page.goto('/sandbox/');
  const html = (await response?.text()) ?? '';
  const firstScripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1], page.url()).href);
  expect(firstScripts.length).toBeGreaterThan(0);
  await openSandbox(page);
  const panel = page.getByRole('region', { name: 'Identity pool', exact: true });
  await expect(panel.getByRole('button', { name: 'Create identity pool' })).toBeVisible();
  const text = asciiCore((await panel.locator('p').first().textContent()) ?? '');
  expect(text.length).toBeGreaterThan(20);
  await expect.poll(() => scripts.filter((s) => s.body.includes(text)).length).toBeGreaterThan(0);
  expect(scripts.filter((s) => firstScripts.includes(s.url) && s.body.includes(text)).map((s) => s.url)).toEqual([]);
});
