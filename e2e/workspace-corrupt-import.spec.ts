import { expect, test } from '@playwright/test';
import { adminCreateUser, openSandbox, region, stateActions, userRow } from './workspace-support';

test('a corrupt or foreign import is refused with a clear message and changes nothing', async ({ page }) => {
  await openSandbox(page);
  await adminCreateUser(page, 'still-here');
  const pool = await region(page, 'Demo user pool').textContent();
  const input = stateActions(page).getByLabel('Import…');
  const alert = page.getByRole('alert').filter({ hasText: 'Import refused' });

  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "cognito-sandbox", "vers') });
  await expect(alert).toContainText('This file is not valid JSON');
  await expect(alert).toContainText('Nothing was changed.');

  await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'cognito-sandbox', version: 7, clockMs: 0, snapshot: {}, ui: {} })) });
  await expect(alert).toContainText('format version 7');

  const damaged = { format: 'cognito-sandbox', version: 1, clockMs: 0, snapshot: { version: 1, region: 'us-east-1', userPools: { x: { id: 'x' } }, outbox: [], nextMessageId: 1 }, ui: {} };
  await input.setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
  await expect(alert).toContainText('The snapshot is damaged');

  await expect(region(page, 'Demo user pool')).toHaveText(pool!);
  await expect(userRow(page, 'still-here')).toBeVisible();
});
