import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSandbox, PASSWORD, region, signUpAndConfirm, submitSignIn } from './flowsSupport';
import { expectSandboxReady, recordForeignRequests, recordPageErrors } from './support';

// Journey: guest credentials, then a sign-in turns the same identity authenticated with another
// role; the policy playground decides requests in the browser (@cloud-copilot/iam-simulate in its
// own Web Worker, IAM data served by this site): S3 PutObject under the identity's own prefix is
// allowed with the deciding statement shown, under another identity's prefix denied, and the same
// for a DynamoDB item whose partition key (dynamodb:LeadingKeys) is or is not the identity id.

const SHOTS = '/tmp/identity-shots';
const OTHER_IDENTITY = 'us-east-1:00000000-0000-4000-8000-000000000000';

async function expectNoSeriousA11yViolationsIn(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-area="identity"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

test('the policy playground decides in the browser: own S3 prefix and own DynamoDB items allowed, another identity’s denied', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = recordPageErrors(page);
  const foreign = recordForeignRequests(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const iamData: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/iam-data/')) iamData.push(new URL(r.url()).pathname);
  });

  await openSandbox(page);
  const panel = region(page, 'Identity pool');
  await panel.getByRole('button', { name: 'Create identity pool' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Created the identity pool' })).toBeVisible();
  await panel.getByRole('button', { name: 'Save roles' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the roles and role mapping.' })).toBeVisible();

  // Guest credentials: the unauthenticated role.
  await panel.getByRole('button', { name: 'Get guest credentials' }).click();
  const inspector = panel.getByRole('region', { name: 'Credentials inspector: enhanced flow' });
  await expect(inspector).toContainText('Cognito_SandboxUnauth_Role');
  const identityId = (await inspector.locator('dd code').first().textContent())!.trim();
  expect(identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);

  // Nothing of the IAM simulator has loaded yet: no data fetched, its worker not started.
  expect(iamData).toEqual([]);
  const workersBefore = workers.length;

  const playground = panel.getByRole('region', { name: 'Policy playground' });
  const decision = playground.getByRole('status', { name: 'Decision' });
  // The guest's role has no policy: IAM denies by default.
  await playground.getByRole('button', { name: 'Decide' }).click();
  await expect(decision).toContainText('Denied: implicit (no statement allows it)');
  await expect(decision).toContainText('Cognito_SandboxUnauth_Role/CognitoIdentityCredentials');
  expect(iamData).toContain('/iam-data/actions/s3.json');
  // The first decision started the policy worker.
  expect(workers).toHaveLength(workersBefore + 1);

  // Sign in: the same identity becomes authenticated, with the authenticated role.
  await signUpAndConfirm(page, 'carol', 'carol@example.com');
  const signIn = await submitSignIn(page, 'carol', PASSWORD, 'Password');
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as carol');
  await panel.getByRole('button', { name: 'Get signed-in credentials' }).click();
  await expect(inspector).toContainText('Cognito_SandboxAuth_Role');
  await expect(inspector.locator('dd code').first()).toHaveText(identityId);

  // Store the starting policy (own S3 prefix, own DynamoDB items) on the authenticated role.
  await expect(playground.getByLabel('Role', { exact: true })).toHaveValue('authenticated');
  await playground.getByRole('button', { name: 'Save policy on the role' }).click();
  await expect(playground.getByRole('status').filter({ hasText: 'Saved the policy sandbox-access' })).toBeVisible();

  // S3 PutObject under the identity's own prefix: allowed, by the ReadWriteOwnObjects statement.
  await expect(playground.getByLabel('Action')).toHaveValue('s3:PutObject');
  await playground.getByRole('button', { name: 'Decide' }).click();
  await expect(decision).toContainText(/^Allowed/);
  await expect(decision).toContainText(`arn:aws:s3:::sandbox-photos/${identityId}/photo.jpg`);
  await expect(decision).toContainText('Cognito_SandboxAuth_Role/CognitoIdentityCredentials');
  await expect(decision.getByRole('heading', { name: 'Deciding statement' })).toBeVisible();
  await expect(decision).toContainText('sandbox-access, statement 2 (Sid "ReadWriteOwnObjects")');
  const statement = decision.getByLabel(/^Statement JSON: sandbox-access, statement 2/);
  await expect(statement).toContainText('"Effect": "Allow"');
  await expect(statement).toContainText(`"arn:aws:s3:::sandbox-photos/${identityId}/*"`);
  // The request context: the policy variable took this identity's id.
  await decision.getByText('Request context used').click();
  await decision.screenshot({ path: `${SHOTS}/policy-allowed-light.png` });
  const variables = decision.getByRole('table', { name: 'Policy variables' });
  await expect(variables.getByRole('row', { name: /\$\{cognito-identity\.amazonaws\.com:sub\}/ })).toContainText(identityId);
  await expect(variables).toContainText('authenticated');

  // Under another identity's prefix: denied, no statement allows it.
  await playground.getByLabel('Resource ARN').fill(`arn:aws:s3:::sandbox-photos/${OTHER_IDENTITY}/photo.jpg`);
  await playground.getByRole('button', { name: 'Decide' }).click();
  await expect(decision).toContainText('Denied: implicit (no statement allows it)');
  await expect(decision).toContainText(`sandbox-photos/${OTHER_IDENTITY}/photo.jpg`);
  await expect(decision.getByRole('heading', { name: 'Deciding statement' })).toHaveCount(0);

  // DynamoDB: an item whose partition key is the identity id (dynamodb:LeadingKeys), then another's.
  await playground.getByLabel('Service').selectOption('dynamodb');
  await expect(playground.getByLabel('Action')).toHaveValue('dynamodb:PutItem');
  const leadingKey = playground.getByLabel('Partition key value (dynamodb:LeadingKeys)');
  await expect(leadingKey).toHaveAttribute('placeholder', identityId);
  await playground.getByRole('button', { name: 'Decide' }).click();
  await expect(decision).toContainText(/^Allowed/);
  await expect(decision).toContainText('sandbox-access, statement 3 (Sid "OwnItemsOnly")');
  await expect(decision.getByLabel(/^Statement JSON: sandbox-access, statement 3/)).toContainText('"ForAllValues:StringEquals"');
  await decision.getByText('Request context used').click();
  await expect(decision.getByRole('table', { name: 'Context keys' }).getByRole('row', { name: /dynamodb:LeadingKeys/ })).toContainText(identityId);
  await leadingKey.fill(OTHER_IDENTITY);
  await playground.getByRole('button', { name: 'Decide' }).click();
  await expect(decision).toContainText('Denied: implicit (no statement allows it)');

  // An explicit deny wins over the allow, and is the deciding statement.
  const policy = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadWriteOwnObjects', Effect: 'Allow', Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::sandbox-photos/${cognito-identity.amazonaws.com:sub}/*'] },
      { Sid: 'NothingPrivate', Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::sandbox-photos/${cognito-identity.amazonaws.com:sub}/private/*' },
    ],
  };
  await playground.getByLabel('Permission policy (JSON)').fill(JSON.stringify(policy, null, 2));
  await playground.getByRole('button', { name: 'Save policy on the role' }).click();
  await playground.getByLabel('Service').selectOption('s3');
  await playground.getByLabel('Resource ARN').fill(`arn:aws:s3:::sandbox-photos/${identityId}/private/diary.txt`);
  await playground.getByRole('button', { name: 'Decide' }).click();
  await expect(decision).toContainText('Denied: explicit deny');
  await expect(decision).toContainText('sandbox-access, statement 2 (Sid "NothingPrivate")');
  await expect(decision.getByLabel(/^Statement JSON: sandbox-access, statement 2/)).toContainText(`"arn:aws:s3:::sandbox-photos/${identityId}/private/*"`);

  // Who decided, under which licence, running how.
  const notice = playground.getByText(/runs unmodified in its own Web Worker/);
  await expect(notice).toContainText('AGPL-3.0-or-later');
  await expect(notice.getByRole('link', { name: '@cloud-copilot/iam-simulate' })).toHaveAttribute('href', 'https://github.com/cloud-copilot/iam-simulate');

  // One worker made every decision.
  expect(workers).toHaveLength(workersBefore + 1);
  // The data came from this site only: the S3, DynamoDB and STS subset.
  expect(iamData.every((p) => /^\/iam-data\/(serviceNames|unassociatedConditions|(actions|resourceTypes|conditionKeys)\/(s3|dynamodb|sts))\.json$/.test(p))).toBe(true);
  expect(iamData).toContain('/iam-data/actions/dynamodb.json');

  await playground.screenshot({ path: `${SHOTS}/policy-light.png` });
  await expectNoSeriousA11yViolationsIn(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await playground.screenshot({ path: `${SHOTS}/policy-dark.png` });
  await expectNoSeriousA11yViolationsIn(page);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('simulated Google and SAML sign-ins: the pool accepts each provider, and the federated identity may use its own S3 prefix', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = recordPageErrors(page);
  const foreign = recordForeignRequests(page);
  await page.goto('/sandbox/');
  await expectSandboxReady(page);
  const panel = region(page, 'Identity pool');
  await panel.getByRole('button', { name: 'Create identity pool' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Created the identity pool' })).toBeVisible();
  await panel.getByRole('button', { name: 'Save roles' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved the roles and role mapping.' })).toBeVisible();

  const federated = panel.getByRole('region', { name: 'Other sign-ins: social, OpenID Connect, SAML' });
  const result = federated.getByRole('status', { name: 'Federated sign-in result' });
  await expect(federated.getByLabel('Provider')).toHaveValue('accounts.google.com');
  await federated.getByLabel('Email claim (optional)').fill('gina@example.com');
  await federated.getByRole('button', { name: 'Sign in with Google' }).click();
  await expect(result).toContainText('UpdateIdentityPool: the identity pool now accepts Google.');
  await expect(result).toContainText('GetCredentialsForIdentity');
  await expect(result).toContainText('Cognito_SandboxAuth_Role');
  await expect(result).toContainText('"accounts.google.com:google-user-1"');
  const googleId = (await result.locator('dd code').first().textContent())!.trim();

  await federated.getByLabel('Provider').selectOption('saml');
  await federated.getByRole('button', { name: 'Sign in with SAML 2.0 (SandboxIdP)' }).click();
  await expect(result).toContainText('SAML assertion');
  await expect(result).toContainText('arn:aws:iam::123456789012:saml-provider/SandboxIdP');
  const samlId = (await result.locator('dd code').first().textContent())!.trim();
  expect(samlId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
  expect(samlId).not.toBe(googleId);
  // Signing in again with the same provider account finds the same identity; the pool is not updated again.
  await federated.getByRole('button', { name: 'Sign in with SAML 2.0 (SandboxIdP)' }).click();
  await expect(result).not.toContainText('UpdateIdentityPool');
  await expect(result.locator('dd code').first()).toHaveText(samlId);

  // The playground signs with the SAML identity's credentials.
  const playground = panel.getByRole('region', { name: 'Policy playground' });
  await playground.getByRole('button', { name: 'Save policy on the role' }).click();
  await playground.getByRole('button', { name: 'Decide' }).click();
  const decision = playground.getByRole('status', { name: 'Decision' });
  await expect(decision).toContainText(/^Allowed/);
  await expect(decision).toContainText(`arn:aws:s3:::sandbox-photos/${samlId}/photo.jpg`);

  // The flow machines, drawn from their definitions once opened.
  await panel.getByText('Statecharts of the credential flows').click();
  for (const name of ['Enhanced (simplified) flow', 'Basic (classic) flow']) {
    await expect(panel.getByRole('region', { name: `Statechart: ${name}` }).locator('svg').first()).toBeVisible();
  }
  await panel.getByRole('region', { name: 'Statechart: Basic (classic) flow' }).screenshot({ path: `${SHOTS}/chart-basic-light.png` });
  await federated.screenshot({ path: `${SHOTS}/federated-light.png` });
  await expectNoSeriousA11yViolationsIn(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await federated.screenshot({ path: `${SHOTS}/federated-dark.png` });
  await expectNoSeriousA11yViolationsIn(page);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
