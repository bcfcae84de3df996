import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSandbox, PASSWORD, recordPageErrors, region, showSequence, signUpAndConfirm, submitSignIn } from './flowsSupport';

// Journey: sign up → code from the inbox → confirm → SRP sign-in → tokens decoded,
// with the flow drawn step by step (sequence diagram and statechart).

test('sign up, confirm with the emailed code, sign in with SRP and read the tokens; the diagram steps back and forth', async ({ page }) => {
  test.setTimeout(90_000); // a whole journey through a large page
  const errors = recordPageErrors(page);
  await openSandbox(page);
  await signUpAndConfirm(page, 'alice', 'alice@example.com');

  // A wrong password is refused with AWS's error, and the password is never sent (SRP).
  let signIn = await submitSignIn(page, 'alice', 'Wrong-Pa55word!');
  await expect(signIn.getByRole('alert')).toContainText('NotAuthorizedException: Incorrect username or password.');

  signIn = await submitSignIn(page, 'alice', PASSWORD);
  await expect(signIn.getByRole('status').first()).toContainText('Signed in as alice');
  await expect(signIn.getByRole('alert').first()).toBeEmpty();

  // The tokens panel shows the decoded ID token.
  const idToken = region(page, 'Tokens').getByRole('region', { name: 'ID token' });
  await expect(idToken).toContainText('"token_use": "id"');
  await expect(idToken).toContainText('"cognito:username": "alice"');

  // The request that proved the password carried a signature, not the password.
  const calls = region(page, 'API calls');
  await expect(calls).not.toContainText(PASSWORD);

  // The sign-in drawn as a sequence diagram: InitiateAuth, then RespondToAuthChallenge.
  const { steps, figure, svg } = await showSequence(page);
  await expect(steps.getByRole('radio', { name: 'Sign-in' })).toBeChecked();
  await expect(svg).toBeVisible();
  await expect(svg).toContainText('Browser app');
  await expect(svg).toContainText('Cognito user pool');
  await expect(svg).toContainText('InitiateAuth');
  await expect(svg).toContainText('PASSWORD_VERIFIER');
  await expect(svg).toContainText('Step 4 of 4');
  const words = steps.getByRole('list').filter({ hasText: 'RespondToAuthChallenge' });
  await expect(words.getByRole('listitem')).toHaveCount(4);
  await expect(words.locator('[aria-current="step"]')).toContainText('RespondToAuthChallenge PASSWORD_VERIFIER');

  // Step back with the button, and with the keyboard.
  const controls = steps.getByRole('group', { name: 'Step controls' });
  await controls.getByRole('button', { name: 'Previous step' }).click();
  await expect(svg).toContainText('Step 3 of 4');
  await expect(controls.getByRole('status')).toContainText('Step 3 of 4: InitiateAuth USER_SRP_AUTH');
  await expect(words.locator('[aria-current="step"]')).toContainText('InitiateAuth USER_SRP_AUTH');
  await figure.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(svg).toContainText('Step 2 of 4');
  await expect(svg).toContainText('NotAuthorizedException');
  await page.keyboard.press('ArrowRight');
  await expect(svg).toContainText('Step 3 of 4');
  await controls.getByRole('button', { name: 'Next step' }).click();
  await expect(svg).toContainText('Step 4 of 4');
  await controls.getByRole('button', { name: 'Replay' }).click();
  await expect(svg).toContainText('Step 1 of 4');
  await expect(svg).toContainText('Step 4 of 4', { timeout: 8000 });

  // The statechart of the sign-in machine, drawn from its definition, with the final state reached.
  const chartHeading = steps.getByRole('heading', { name: /Statechart: Sign-in/ });
  await chartHeading.scrollIntoViewIfNeeded();
  await expect(chartHeading).toContainText('signedIn');
  const chart = steps.locator('svg[aria-roledescription="stateDiagram"]').first();
  await expect(chart).toContainText('provingPassword');
  await expect(chart.locator('g.flow-active')).toContainText('signedIn');

  // The sign-up flow is drawn too, on request.
  await steps.getByRole('radio', { name: 'Sign-up and confirmation' }).check();
  await expect(figure.locator('svg[aria-roledescription="sequence"]')).toContainText('ConfirmSignUp');

  // The engine's own charts open on demand.
  await steps.getByText("Inside Cognito: the engine's own statecharts").click();
  const engineAuth = steps.getByRole('region', { name: 'A sign-in session, as the user pool runs it' });
  await engineAuth.scrollIntoViewIfNeeded();
  await expect(engineAuth.locator('svg')).toContainText('mfaSetupAssociated');
  const engineStatus = steps.getByRole('region', { name: "A user's status (UserStatus)" });
  await engineStatus.scrollIntoViewIfNeeded();
  await expect(engineStatus.locator('svg')).toContainText('FORCE_CHANGE_PASSWORD');

  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
