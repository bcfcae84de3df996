import { expect, test, type Page } from '@playwright/test';
import { openTab, region } from './flowsSupport';
import { expectNoSeriousA11yViolations, recordForeignRequests, recordPageErrors } from './support';
import { openSandbox } from './workspace-support';

// Federation and machine-to-machine in the Hosted UI tab: a SAML sign-in through the
// simulated provider shows the decoded assertion and the mapped attributes and lands on
// the callback with tokens; the client-credentials grant gives an access token with the
// custom scope and no user.

test.describe.configure({ timeout: 180_000 });

/** Light and dark screenshots of a panel when FEDERATION_SHOTS names a folder (for reviewing the look). */
async function shots(page: Page, panel: string, name: string) {
  const dir = process.env.FEDERATION_SHOTS;
  if (!dir) return;
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await region(page, panel).screenshot({ path: `${dir}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('SAML sign-in shows the assertion and the mapped attributes, then lands on the callback with tokens', async ({ page }) => {
  const foreign = recordForeignRequests(page);
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await openTab(page, 'Hosted UI');
  const saml = region(page, 'SAML federation');
  await saml.getByRole('button', { name: 'Add a simulated SAML provider' }).click();
  await expect(saml.getByRole('status').first()).toContainText('Provider CorpSAML', { timeout: 20_000 });

  await saml.getByLabel(/idp_identifier=corp\.example\.com/).check();
  await saml.getByRole('button', { name: 'Start SAML sign-in' }).click();
  await expect(saml.getByLabel('SAML browser address')).toHaveValue(/\/simulated-idp\/authorize\?/, { timeout: 15_000 });
  await saml.getByRole('button', { name: 'Sign in as Jordan Smith' }).click();

  const assertion = saml.getByRole('region', { name: 'SAML assertion' });
  await expect(assertion).toContainText('<saml2:Assertion', { timeout: 15_000 });
  await expect(assertion).toContainText(/<saml2:Audience>urn:amazon:cognito:sp:[\w-]+_\w+<\/saml2:Audience>/);
  await expect(assertion).toContainText('jordan.smith@corp.example.com</saml2:NameID>');
  await shots(page, 'SAML federation', 'saml-assertion');
  await saml.getByRole('button', { name: 'Post the SAMLResponse to /saml2/idpresponse' }).click();

  await expect(saml.getByLabel('SAML browser address')).toHaveValue(/^https:\/\/app\.example\.com\/callback\?code=/, { timeout: 15_000 });
  const mapped = saml.getByRole('table', { name: 'Mapped attributes' });
  await expect(mapped.getByRole('row', { name: /given_name/ })).toContainText('Jordan');
  await expect(mapped.getByRole('row', { name: /family_name/ })).toContainText('Smith');
  await expect(mapped.getByRole('row', { name: /^email/ })).toContainText('jordan.smith@corp.example.com');
  await expect(saml.getByTestId('saml-id-token')).toContainText('"cognito:username": "CorpSAML_jordan.smith@corp.example.com"');
  await saml.getByRole('button', { name: "Send the SAML user's tokens to the token inspector" }).click();
  await expect(region(page, 'Tokens').getByRole('region', { name: 'ID token' })).toContainText('CorpSAML');
  await shots(page, 'SAML federation', 'saml-landed');

  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the client-credentials grant gives an access token with the custom scope and no user', async ({ page }) => {
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await openTab(page, 'Hosted UI');
  const m2m = region(page, 'Machine to machine (client credentials)');
  await m2m.getByRole('button', { name: 'Set up machine-to-machine access' }).click();
  await expect(m2m.getByRole('status').first()).toContainText('confidential client', { timeout: 20_000 });
  await expect(m2m.getByLabel('orders/read')).toBeChecked();
  await m2m.getByRole('button', { name: 'Request a token with client credentials' }).click();
  await expect(m2m.getByTestId('m2m-token-response')).toContainText('"access_token"', { timeout: 15_000 });
  const decoded = m2m.getByRole('region', { name: 'Decoded M2M access token' });
  await expect(decoded).toContainText('"scope": "orders/read"');
  await expect(decoded).toContainText('"token_use": "access"');
  await expect(decoded.locator('pre')).not.toContainText('"username"');
  await expect(decoded).toContainText('(it is)');
  await shots(page, 'Machine to machine (client credentials)', 'm2m');
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
