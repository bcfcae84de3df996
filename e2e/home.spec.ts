import { expect, test } from '@playwright/test';
import { recordForeignRequests, expectNoSeriousA11yViolations } from './support';


test.describe('home page', () => {
  test('loads with its heading and landmarks', async ({ page }) => {
    const foreign = recordForeignRequests(page);
    await page.goto('/');

    await expect(page).toHaveTitle('Cognito Sandbox');
    await expect(page.getByRole('heading', { level: 1, name: 'Cognito Sandbox' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();

    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });

  test('"Open the sandbox" navigates to /sandbox/', async ({ page }) => {
    const foreign = recordForeignRequests(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'Open the sandbox' }).click();

    await expect(page).toHaveURL(/\/sandbox\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sandbox' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sandbox', exact: true })).toHaveAttribute('aria-current', 'page');
    expect(foreign).toEqual([]);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await skip.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('follows a dark colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');

    const [background, text] = await page.locator('body').evaluate((body) => {
      const style = getComputedStyle(body);
      return [style.backgroundColor, style.color];
    });
    expect(luminance(background)).toBeLessThan(0.1);
    expect(luminance(text)).toBeGreaterThan(0.5);
    await expectNoSeriousA11yViolations(page);
  });

  test('uses a light background by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(luminance(background)).toBeGreaterThan(0.9);
  });
});

test.describe('accessibility', () => {
  for (const path of ['/', '/sandbox/']) {
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test('unknown pages get the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

/** Relative luminance (0 = black, 1 = white) of a CSS rgb()/rgba() or srgb color() value. */
function luminance(cssColor: string): number {
  const numbers = cssColor.match(/[\d.]+/g)?.map(Number) ?? [];
  if (numbers.length < 3) throw new Error(`Unexpected colour: ${cssColor}`);
  const scale = cssColor.startsWith('color(') ? 1 : 255;
  const [r, g, b] = numbers.slice(0, 3).map((value) => {
    const c = value / scale;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// Browsers ask for /favicon.ico on their own; a 404 there shows up as a console error on every page.
test('the site has a favicon.ico', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/icon/);
});
