import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Lessons: the list grouped by learning path, a lesson page with its Mermaid diagram and
// "Try it" links, progress marks kept in the browser, and search across lessons and questions.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function recordForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!LOCAL_HOSTS.has(url.hostname)) foreign.push(request.url());
  });
  return foreign;
}

function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

test.describe('learn', () => {
  test('a lesson shows its diagram as SVG, dated notes, sources and Try it links, and can be marked done', async ({ page }) => {
    const foreign = recordForeignRequests(page);
    const errors = recordPageErrors(page);
    await page.goto('/learn/tokens/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tokens: ID, access and refresh' })).toBeVisible();

    const figure = page.getByRole('figure', { name: 'Where each token goes' });
    await expect(figure.locator('svg').first()).toBeVisible();
    await expect(figure.getByRole('img', { name: /Diagram: Where each token goes/ })).toHaveAttribute('aria-busy', 'false');
    await figure.getByText('Diagram as text').click();
    await expect(figure.getByRole('listitem').filter({ hasText: 'User pool → Client app (ID token)' })).toBeVisible();

    await expect(page.getByText(/^Changed on \d{1,2} \w+ \d{4}/).first()).toBeVisible();
    const tryIt = page.getByRole('link', { name: 'Try it: Watch tokens expire and refresh them' });
    await expect(tryIt).toHaveAttribute('href', '/sandbox/?preset=token-lifetimes');
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link').first()).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);

    const mark = page.getByRole('button', { name: 'Mark as done' });
    await mark.click();
    await expect(page.getByRole('button', { name: /Done — mark as not done/ })).toHaveAttribute('aria-pressed', 'true');

    // The mark is kept and shown in the lesson list and the path progress.
    await page.goto('/learn/');
    const path = page.getByRole('region', { name: 'Cognito for the Developer Associate exam' });
    await expect(path.getByRole('listitem').filter({ hasText: 'Tokens: ID, access and refresh' })).toContainText('Done');
    await expect(path).toContainText(/1 of \d+ lessons done/);
    await page.reload();
    await expect(path).toContainText(/1 of \d+ lessons done/);

    // The lesson links to a drill of its topic in the trainer.
    await page.goto('/learn/tokens/');
    await page.getByRole('link', { name: /^Practise \d+ questions on Tokens$/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Drill: Tokens' })).toBeVisible();
    await expect(page).toHaveURL(/\/practice\/$/);

    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('search finds a lesson and questions, and opens the lesson', async ({ page }) => {
    await page.goto('/learn/');
    const box = page.getByRole('searchbox', { name: 'Search lessons and questions' });
    await box.fill('refresh token');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toContainText('Tokens: ID, access and refresh');
    await expect(results.getByRole('link', { name: /^Question/ }).first()).toHaveAttribute('href', /^\/practice\/\?q=/);
    await expect(page.getByRole('status').filter({ hasText: /results?/ })).toBeVisible();
    await results.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/learn\/tokens\/$/);

    await page.goto('/learn/');
    await page.getByRole('searchbox', { name: 'Search lessons and questions' }).fill('qqqzzzxx');
    await expect(page.getByText('0 results')).toBeVisible();
  });

  test('damaged lesson progress is discarded with a message', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('cognito-sandbox:lessons', '{"version":1,"done":{"tokens":42}}'));
    await page.goto('/learn/');
    await expect(page.getByRole('alert').filter({ hasText: 'lesson progress' })).toContainText('was damaged');
    await expect(page.getByRole('region', { name: 'Cognito for the Developer Associate exam' })).toContainText(/0 of \d+ lessons done/);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'lesson progress' })).toHaveCount(0);
  });

  for (const path of ['/learn/', '/learn/tokens/', '/learn/identity-pools/']) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} has no serious axe violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (path !== '/learn/') await expect(page.getByRole('figure').first().locator('svg').first()).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      });
    }
  }
});
