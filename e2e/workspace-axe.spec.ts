import { expect, test } from '@playwright/test';
import { adminCreateUser, expectNoSeriousA11yViolations, openSandbox, openTab } from './workspace-support';

for (const scheme of ['light', 'dark'] as const) {
  test(`every workspace tab passes axe (${scheme}) at 1280×720`, async ({ page }) => {
  test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: scheme });
    await openSandbox(page);
    await adminCreateUser(page, 'axe-user');
    await page.getByRole('button', { name: 'Manage axe-user' }).click();
    for (const tab of ['Flows', 'Users', 'Settings', 'Scenarios'] as const) {
      await openTab(page, tab);
      await expectNoSeriousA11yViolations(page);
    }
    // The tabs work from the keyboard (Home, End and the arrow keys move between them).
    await page.getByRole('tab', { name: 'Scenarios' }).focus();
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Flows' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Flows' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Users' })).toBeFocused();
    await expect(page.getByRole('tabpanel')).toContainText('Create a user (admin)');
    // Nothing scrolls sideways at projector size.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
