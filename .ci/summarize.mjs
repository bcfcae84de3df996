#!/usr/bin/env node
// Prints "N passed, N failed" for Vitest + Playwright JSON reports together (last line of output),
// preceded by a short breakdown. Exits 1 when anything failed.
//
//   node .ci/summarize.mjs --vitest test-results/vitest.json --vitest-exit 0 \
//     --playwright test-results/playwright.json --playwright-exit 0 [--failed-step NAME ...]
//
// A tool whose report is missing or unreadable, or that exited non-zero without any failed test in its
// report (e.g. a crash, a file that failed to import, a web server that did not start), counts as one failure.
// Each --failed-step (typecheck, lint, install...) also counts as one failure.

import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    vitest: { type: 'string' },
    'vitest-exit': { type: 'string' },
    playwright: { type: 'string' },
    'playwright-exit': { type: 'string' },
    'failed-step': { type: 'string', multiple: true, default: [] },
  },
});

/** @param {string | undefined} file */
function readJson(file) {
  if (!file || !existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** @param {any} report */
function countVitest(report) {
  let passed = Number(report.numPassedTests) || 0;
  let failed = Number(report.numFailedTests) || 0;
  // Test files that failed to load report no tests at all; count each as one failure.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) failed += 1;
  }
  return { passed, failed };
}

/** @param {any} report */
function countPlaywright(report) {
  const stats = report.stats ?? {};
  const passed = (Number(stats.expected) || 0) + (Number(stats.flaky) || 0);
  let failed = Number(stats.unexpected) || 0;
  // Errors outside tests (global setup, web server start-up) are reported here.
  if (failed === 0 && (report.errors ?? []).length > 0) failed = 1;
  return { passed, failed };
}

/**
 * @param {string} name
 * @param {string | undefined} file
 * @param {string | undefined} exitText
 * @param {(report: any) => { passed: number, failed: number }} count
 */
function tool(name, file, exitText, count) {
  if (exitText === undefined) return { name, passed: 0, failed: 0, note: 'not run' };
  const exitCode = Number(exitText);
  const report = readJson(file);
  if (!report) return { name, passed: 0, failed: 1, note: `no report (exit ${exitCode})` };
  const result = count(report);
  if (exitCode !== 0 && result.failed === 0) return { name, ...result, failed: 1, note: `exit ${exitCode}` };
  return { name, ...result, note: '' };
}

const tools = [
  tool('vitest', values.vitest, values['vitest-exit'], countVitest),
  tool('playwright', values.playwright, values['playwright-exit'], countPlaywright),
];
const failedSteps = values['failed-step'] ?? [];

for (const t of tools) {
  console.log(`  ${t.name}: ${t.passed} passed, ${t.failed} failed${t.note ? ` (${t.note})` : ''}`);
}
if (failedSteps.length > 0) console.log(`  failed steps: ${failedSteps.join('; ')}`);

const passed = tools.reduce((sum, t) => sum + t.passed, 0);
const failed = tools.reduce((sum, t) => sum + t.failed, 0) + failedSteps.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || tools.some((t) => t.note === 'not run') ? 1 : 0);
