import { expect, type Page } from '@playwright/test';
import { region } from './flowsSupport';

// Shared steps of the Hosted UI (OAuth) journeys.

/** The Hosted UI tab's panel. */
export const hostedUiPanel = (page: Page) => region(page, 'Hosted UI (OAuth)');

/** Light and dark screenshots of the panel when OAUTH_SHOTS names a folder (for reviewing the look). */
export async function hostedUiShots(page: Page, name: string) {
  const dir = process.env.OAUTH_SHOTS;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await hostedUiPanel(page).screenshot({ path: `${dir}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Presses the simulated browser's "Next" button until the address bar shows `path`. */
export async function nextUntil(page: Page, path: RegExp) {
  const p = hostedUiPanel(page);
  const address = p.getByLabel('Address bar');
  for (let i = 0; i < 6; i++) {
    if (path.test((await address.inputValue()) ?? '')) return;
    const next = p.getByRole('button', { name: /^Next:/ });
    await expect(next).toBeEnabled({ timeout: 15_000 });
    const before = await address.inputValue();
    await next.click();
    await expect(address).not.toHaveValue(before, { timeout: 15_000 });
  }
  await expect(address).toHaveValue(path);
}
