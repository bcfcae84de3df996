import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support';

// The learning tools: the token-lifetime explorer and the MAU pricing calculator.

test.describe('learn tools', () => {
  test('the token-lifetime explorer refuses an out-of-range value and shows the timeline', async ({ page }) => {
    await page.goto('/learn/');
    await page.getByRole('link', { name: 'Token-lifetime explorer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Token-lifetime explorer' })).toBeVisible();

    // Defaults: 1 hour ID and access tokens, 30-day refresh token.
    const table = page.getByRole('table', { name: 'Token expiry after sign-in' });
    await expect(table.getByRole('row', { name: /Access token/ })).toContainText('1 hour');
    await expect(table.getByRole('row', { name: /Refresh token/ })).toContainText('30 days');
    await expect(page.getByRole('img', { name: /When each token issued at sign-in expires/ })).toBeVisible();

    // Access token at most 1 day: 2 days is refused, as CreateUserPoolClient refuses it.
    await page.getByRole('combobox', { name: 'Access token unit' }).selectOption('days');
    await page.getByRole('spinbutton', { name: 'Access token validity' }).fill('2');
    await expect(page.getByRole('alert', { name: 'Validity errors' })).toContainText('Access token: Invalid range for token validity.');
    await expect(page.getByRole('spinbutton', { name: 'Access token validity' })).toHaveAttribute('aria-invalid', 'true');
    await expect(table).toHaveCount(0);

    // 5 minutes is the minimum and is accepted: 30 days / 5 minutes = 8,640 tokens, 8,639 renewals.
    await page.getByRole('combobox', { name: 'Access token unit' }).selectOption('minutes');
    await page.getByRole('spinbutton', { name: 'Access token validity' }).fill('5');
    await expect(page.getByRole('alert', { name: 'Validity errors' })).toHaveText('');
    await expect(table.getByRole('row', { name: /Access token/ })).toContainText('5 minutes');
    await expect(table.getByRole('row', { name: /Access token/ })).toContainText('8,639');
  });

  test('the pricing calculator gives the cost of a worked example', async ({ page }) => {
    await page.goto('/learn/tools/pricing/');
    await expect(page.getByRole('heading', { level: 1, name: 'MAU pricing calculator' })).toBeVisible();
    await expect(page.getByText(/Prices as read on \d{1,2} \w+ \d{4}/)).toBeVisible();

    // Essentials, 40,000 MAU: 10,000 free, 30,000 × $0.015 = $450.00.
    await page.getByRole('combobox', { name: 'Feature plan' }).selectOption('Essentials');
    await page.getByRole('spinbutton', { name: 'Monthly active users' }).fill('40000');
    await expect(page.getByTestId('monthly-cost')).toHaveText('$450.00 per month');
    // Plus, same MAU: no free tier, 40,000 × $0.020 = $800.00.
    await page.getByRole('combobox', { name: 'Feature plan' }).selectOption('Plus');
    await expect(page.getByTestId('monthly-cost')).toHaveText('$800.00 per month');
    await expect(page.getByRole('table', { name: '40,000 MAU on each plan' }).getByRole('row', { name: /Essentials/ })).toContainText('(unconfirmed)');
  });

  test('a checked tokens question links to its sandbox preset ("Prove it")', async ({ page }) => {
    await page.goto('/practice/');
    await expect(page.getByRole('region', { name: 'Start a session' })).toBeVisible();
    await page.goto('/practice/?q=tok-03');
    const s = page.locator('section[aria-labelledby="session-heading"]');
    await s.getByLabel('Your answer, in minutes').fill('0');
    await s.getByRole('button', { name: 'Check answer' }).click();
    await expect(s.getByRole('link', { name: 'Prove it in the sandbox' })).toHaveAttribute('href', '/sandbox/?preset=token-lifetimes');
  });

  for (const path of ['/learn/tools/token-lifetimes/', '/learn/tools/pricing/']) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} has no serious axe violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('table').first()).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      });
    }
  }
});
