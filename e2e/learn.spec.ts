import { expect, test } from '@playwright/test';
import { recordForeignRequests, recordPageErrors, expectNoSeriousA11yViolations } from './support';

// Lessons: the list grouped by learning path, a lesson page with its Mermaid diagram and
// "Try it" links, progress marks kept in the browser, and search across lessons and questions.


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

  test('lesson marks travel with the progress export and import, and a damaged file is refused', async ({ page }) => {
    await page.goto('/learn/tokens/');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.getByRole('button', { name: /Done — mark as not done/ })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/practice/');
    const progress = page.getByRole('region', { name: 'Your progress' });
    const download = page.waitForEvent('download');
    await progress.getByRole('button', { name: 'Export progress' }).click();
    await expect(progress.getByRole('status').filter({ hasText: 'Progress exported' })).toContainText('with 1 lesson marked done');
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'cognito-sandbox-progress', version: 2, lessons: { version: 1, done: { tokens: expect.any(String) } } });

    // Forget the marks, refuse a file whose marks are damaged, then restore from the export.
    await page.evaluate(() => localStorage.removeItem('cognito-sandbox:lessons'));
    const damaged = text.replace(/"tokens": "[^"]+"/, '"tokens": 42');
    await progress.getByLabel('Import progress from a file').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
    await expect(progress.getByRole('status').filter({ hasText: 'nothing was imported' })).toContainText('lesson progress was damaged');
    await progress.getByLabel('Import progress from a file').setInputFiles(file);
    await expect(progress.getByRole('status').filter({ hasText: 'Progress imported' })).toContainText('1 lesson mark restored');

    await page.goto('/learn/');
    await expect(page.getByRole('region', { name: 'Cognito for the Developer Associate exam' })).toContainText(/1 of \d+ lessons done/);
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
