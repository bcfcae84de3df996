import { expect, test, type Page } from '@playwright/test';
import { recordPageErrors, expectNoSeriousA11yViolations } from './support';

// The question trainer: practice with feedback, a timed exam to its results, an exam that
// survives a reload, flagged questions in review, the spaced-repetition queue, damaged
// storage, keyboard answering and accessibility.

const setup = (page: Page) => page.getByRole('region', { name: 'Start a session' });
const session = (page: Page) => page.locator('section[aria-labelledby="session-heading"]');

async function openTrainer(page: Page) {
  await page.goto('/practice/');
  await expect(page.getByRole('heading', { level: 1, name: 'Question trainer' })).toBeVisible();
  await expect(setup(page)).toBeVisible();
}

/** Answers the current question with its first option, or 1 for a numeric one. */
async function answerSomething(page: Page) {
  const s = session(page);
  const number = s.getByLabel(/^Your answer, in /);
  if (await number.count()) await number.fill('1');
  else await s.locator('input[type="radio"], input[type="checkbox"]').first().check();
}

async function startExam(page: Page, count: number, minutes: number, seed: string) {
  await setup(page).getByLabel('Timed exam').check();
  await setup(page).getByLabel('Number of questions').fill(String(count));
  await setup(page).getByLabel('Time limit (minutes)').fill(String(minutes));
  await setup(page).getByLabel('Seed (optional)').fill(seed);
  await setup(page).getByRole('button', { name: 'Start timed exam' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Timed exam' })).toBeVisible();
}

test.describe('question trainer', () => {
  test('practice mode: answer with the keyboard, check, and see every option explained', async ({ page }) => {
    test.slow(); // several axe scans and page loads
    const errors = recordPageErrors(page);
    await openTrainer(page);
    await setup(page).getByLabel('Number of questions').fill('3');
    await setup(page).getByLabel('Seed (optional)').fill('practice-e2e');
    await setup(page).getByRole('button', { name: 'Start practice' }).click();
    const s = session(page);
    await expect(s.getByText(/Question 1 of 3/)).toBeVisible();
    await expect(s.getByText('practice-e2e', { exact: true })).toBeVisible();

    // Find a choice question (numeric ones take typed answers).
    for (let i = 0; i < 3 && (await s.getByLabel(/^Your answer, in /).count()); i++) await s.getByRole('button', { name: /Next/ }).click();
    const check = s.getByRole('button', { name: 'Check answer' });
    await expect(check).toBeDisabled();
    await page.locator('body').press('1');
    await expect(s.locator('input[type="radio"]:checked, input[type="checkbox"]:checked')).toHaveCount(1);
    const multiple = await s.getByText(/^Choose \d\.$/).count();
    if (multiple) await page.locator('body').press('2');
    await check.click();

    await expect(s.getByText(/^(✓ Correct|✗ Not correct)$/)).toBeVisible();
    const options = await s.locator('li input').count();
    await expect(s.getByText(/^(✓ Correct option|✗ Wrong option)/)).toHaveCount(options);
    await expect(s.getByRole('link', { name: 'Source: AWS documentation' })).toHaveAttribute('href', /^https:\/\/(docs\.)?aws\.amazon\.com|^https:\/\/github\.com\/aws/);
    await expect(s.locator('li input').first()).toBeDisabled();
    await expect(page.getByRole('status').filter({ hasText: /Correct\.|Not correct\./ })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
  });

  test('a numeric question takes a labelled number with its unit and checks it', async ({ page }) => {
    await openTrainer(page);
    await page.goto('/practice/?q=tok-03');
    const s = session(page);
    const input = s.getByLabel('Your answer, in minutes');
    await expect(input).toBeVisible();
    await input.fill('0');
    await s.getByRole('button', { name: 'Check answer' }).click();
    await expect(s.getByText('✗ Not correct')).toBeVisible();
    await expect(s.getByText(/The answer is \d+ minutes/)).toBeVisible();
  });

  test('timed exam of 3 questions: submit, scaled score, per-domain and per-topic results, history', async ({ page }) => {
    test.slow(); // several axe scans and page loads
    await openTrainer(page);
    await startExam(page, 3, 5, 'exam-e2e');
    const s = session(page);
    await expect(s.getByRole('timer', { name: 'Time left' })).toHaveText(/^[45]:\d\d$/);
    await answerSomething(page);
    // No feedback during an exam.
    await expect(s.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    await expect(s.getByText(/^(✓ Correct|✗ Not correct)$/)).toHaveCount(0);
    await s.getByRole('button', { name: /Next/ }).click();
    await answerSomething(page);
    await s.getByRole('button', { name: 'Submit exam' }).click();

    const results = page.getByRole('region', { name: 'Exam results' });
    await expect(results).toBeVisible();
    const text = (await results.textContent()) ?? '';
    const right = Number(/(\d) of 3 right/.exec(text)?.[1]);
    await expect(results.getByTestId('scaled-score')).toHaveText(String(Math.round(100 + (900 * right) / 3)));
    await expect(results).toContainText('approximation');
    await expect(results).toContainText('720 needed');
    const domains = results.getByRole('table', { name: /By exam domain/ });
    const topics = results.getByRole('table', { name: /By topic/ });
    await expect(domains.getByRole('row').nth(1)).toBeVisible();
    await expect(topics.getByRole('row').nth(1)).toBeVisible();
    await expect(results.getByRole('listitem').filter({ hasText: 'Not answered' })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);

    // Back on the trainer the exam is in the history, as a chart and a table.
    await results.getByRole('button', { name: 'Back to the trainer' }).click();
    const progress = page.getByRole('region', { name: 'Your progress' });
    await expect(progress.getByRole('img', { name: 'Scaled exam scores over time' })).toBeVisible();
    await expect(progress.getByRole('table', { name: 'Exam history' }).getByRole('row')).toHaveCount(2);
    await expect(progress.getByRole('table', { name: 'Exam history' })).toContainText('exam-e2e');

    // The same seed gives the same exam.
    await setup(page).getByLabel('Timed exam').check();
    await setup(page).getByLabel('Number of questions').fill('3');
    await setup(page).getByLabel(/Same seed as last time/).check();
    await expect(setup(page).getByLabel('Seed (optional)')).toHaveValue('exam-e2e');
  });

  test('timed exam of 10 questions taken to the end: every question answered, per-domain scores', async ({ page }) => {
    test.slow();
    await openTrainer(page);
    await startExam(page, 10, 20, 'exam-ten');
    const s = session(page);
    for (let i = 0; i < 10; i++) {
      await answerSomething(page);
      if (i < 9) await s.getByRole('button', { name: /Next/ }).click();
    }
    await s.getByRole('button', { name: 'Submit exam' }).click();
    const results = page.getByRole('region', { name: 'Exam results' });
    await expect(results).toBeVisible();
    const text = (await results.textContent()) ?? '';
    const right = Number(/(\d+) of 10 right/.exec(text)?.[1]);
    expect(right).toBeGreaterThanOrEqual(0);
    await expect(results.getByTestId('scaled-score')).toHaveText(String(Math.round(100 + (900 * right) / 10)));
    await expect(results.getByRole('listitem').filter({ hasText: 'Not answered' })).toHaveCount(0);
    const domains = results.getByRole('table', { name: /By exam domain/ });
    await expect(domains.getByRole('row').nth(1)).toBeVisible();
  });

  test('an exam in progress survives a reload', async ({ page }) => {
    await openTrainer(page);
    await startExam(page, 3, 10, 'reload-e2e');
    const s = session(page);
    const firstStem = await s.locator('legend, p[id$="-stem"]').first().textContent();
    await answerSomething(page);
    await s.getByRole('button', { name: 'Flag for review' }).click();
    await s.getByRole('button', { name: /Next/ }).click();
    await expect(s.getByText(/Question 2 of 3/)).toBeVisible();

    await page.reload();
    await expect(session(page).getByText(/Question 2 of 3/)).toBeVisible();
    await expect(session(page).getByRole('timer', { name: 'Time left' })).toHaveText(/^(9|10):\d\d$/);
    const nav = page.getByRole('navigation', { name: 'Exam questions' });
    await expect(nav.getByRole('button', { name: 'Question 1, answered, flagged' })).toBeVisible();
    await nav.getByRole('button', { name: /^Question 1/ }).click();
    await expect(session(page).locator('legend, p[id$="-stem"]').first()).toHaveText(firstStem ?? '');
    await expect(session(page).locator('li input:checked, input[type="text"]')).toHaveCount(1);
  });

  test('an exam submits itself when time runs out', async ({ page }) => {
    await page.clock.install();
    await openTrainer(page);
    await startExam(page, 3, 1, 'timeout-e2e');
    await answerSomething(page);
    await page.clock.fastForward('01:05');
    const results = page.getByRole('region', { name: 'Exam results' });
    await expect(results).toBeVisible();
    await expect(results).toContainText('submitted automatically when time ran out');
  });

  test('a flagged question appears in review', async ({ page }) => {
    await openTrainer(page);
    await setup(page).getByLabel('Number of questions').fill('2');
    await setup(page).getByRole('button', { name: 'Start practice' }).click();
    const s = session(page);
    const stem = await s.locator('legend, p[id$="-stem"]').first().textContent();
    await s.getByRole('button', { name: 'Flag for review' }).click();
    await expect(s.getByRole('button', { name: 'Flagged for review' })).toHaveAttribute('aria-pressed', 'true');
    await s.getByRole('button', { name: 'End session' }).click();

    await expect(setup(page).getByLabel('Review (1)')).toBeVisible();
    await setup(page).getByLabel('Review (1)').check();
    await setup(page).getByRole('button', { name: 'Start review' }).click();
    await expect(session(page).getByText(/Question 1 of 1/)).toBeVisible();
    await expect(session(page).locator('legend, p[id$="-stem"]').first()).toHaveText(stem ?? '');
  });

  test('a question answered wrong from a search link goes into the due-today queue', async ({ page }) => {
    test.slow(); // several axe scans and page loads
    await openTrainer(page);
    await page.goto('/practice/?q=tok-01');
    const s = session(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Practice: question tok-01' })).toBeVisible();
    await s.getByLabel('The ID token').check();
    await s.getByRole('button', { name: 'Check answer' }).click();
    await expect(s.getByText('✗ Not correct')).toBeVisible();
    await s.getByRole('button', { name: 'Back to the trainer' }).click();

    const progress = page.getByRole('region', { name: 'Your progress' });
    await expect(setup(page).getByLabel('Review (1)')).toBeVisible();
    await expect(progress.getByTestId('due-count')).toHaveText('1');
    await expect(progress.getByRole('list', { name: 'Cards due today' })).toContainText('tok-01');
    await setup(page).getByLabel('Due today (1)').check();
    await setup(page).getByRole('button', { name: 'Start due today' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Due today' })).toBeVisible();
    await expect(session(page).getByText('Which token should the client send')).toBeVisible();

    // An exam date is saved and keeps every card before it.
    await session(page).getByRole('button', { name: 'End session' }).click();
    await progress.getByLabel('Exam date (optional)').fill('2099-01-01');
    await progress.getByRole('button', { name: 'Save exam date' }).click();
    await expect(progress.getByRole('status').filter({ hasText: 'Saved' })).toContainText('before 2099-01-01');

    // Export the progress, wipe it, and import it back.
    const download = page.waitForEvent('download');
    await progress.getByRole('button', { name: 'Export progress' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'cognito-sandbox-progress', version: 2, trainer: { version: 1, examDate: '2099-01-01', stats: { 'tok-01': { lastCorrect: false } } }, lessons: { version: 1 } });
    await page.evaluate(() => localStorage.removeItem('cognito-sandbox:trainer'));
    await page.reload();
    await expect(progress.getByTestId('due-count')).toHaveText('0');
    await progress.getByLabel('Import progress from a file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version":7}') });
    await expect(progress.getByRole('status').filter({ hasText: 'nothing was imported' })).toBeVisible();
    await progress.getByLabel('Import progress from a file').setInputFiles(file);
    await expect(progress.getByRole('status').filter({ hasText: 'Progress imported' })).toBeVisible();
    await expect(progress.getByTestId('due-count')).toHaveText('1');
  });

  test('damaged saved progress is discarded with a message, never half-loaded', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('cognito-sandbox:trainer', '{"version":1,"stats":{},"flagged":["tok-01"],"cards":{},"history":"oops"}');
      }
    });
    await page.goto('/practice/');
    await expect(page.getByRole('alert').filter({ hasText: 'was damaged' })).toBeVisible();
    await expect(setup(page).getByLabel('Review (0)')).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`/practice/ has no serious axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openTrainer(page);
      await expectNoSeriousA11yViolations(page);
      await setup(page).getByLabel('Drill').check();
      await expect(setup(page).getByLabel('Topic or exam domain')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
});
