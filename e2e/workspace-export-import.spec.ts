import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { adminCreateUser, openSandbox, openTab, region, stateActions, userRow } from './workspace-support';

test('export, reset and import bring the users back', async ({ page }, testInfo) => {
  await openSandbox(page);
  await adminCreateUser(page, 'exported-user');
  const poolId = /us-east-1_\w+/.exec((await region(page, 'Demo user pool').textContent()) ?? '')?.[0];
  expect(poolId).toBeTruthy();

  const downloading = page.waitForEvent('download');
  await stateActions(page).getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cognito-sandbox-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
  const file = testInfo.outputPath('state.json');
  await download.saveAs(file);
  const saved = JSON.parse(await readFile(file, 'utf8')) as { format: string; version: number; snapshot: { userPools: Record<string, unknown> } };
  expect(saved).toMatchObject({ format: 'cognito-sandbox', version: 1 });
  expect(Object.keys(saved.snapshot.userPools)).toEqual([poolId]);

  await stateActions(page).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Started again with a new demo pool' })).toBeVisible();
  await expect(region(page, 'Demo user pool')).not.toContainText(poolId!);
  await openTab(page, 'Users');
  await expect(userRow(page, 'exported-user')).toHaveCount(0);

  await stateActions(page).getByLabel('Import…').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported state.json' })).toBeVisible();
  await expect(userRow(page, 'exported-user')).toBeVisible();
  await expect(region(page, 'Demo user pool')).toContainText(poolId!);
});
