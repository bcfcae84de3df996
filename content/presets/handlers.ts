/**
 * The Lambda handlers the trigger presets deploy, as TypeScript source (the
 * sandbox's editor shows them and its runtime transpiles them). Each is named
 * like the Triggers tab's function for that trigger (`sandbox-<Trigger>`), so
 * the tab opens the preset's code. The event types (`PreSignUpEvent`, …) are
 * the editor's declarations; the runtime strips them.
 */

const source = (lines: string[]): string => lines.join('\n') + '\n';

/** Function names as the Triggers tab names them (`functionNameFor` in app/sandbox/_triggers/catalog.ts). */
export const TRIGGER_FUNCTIONS = {
  PreSignUp: 'sandbox-PreSignUp',
  PreTokenGeneration: 'sandbox-PreTokenGeneration',
  DefineAuthChallenge: 'sandbox-DefineAuthChallenge',
  CreateAuthChallenge: 'sandbox-CreateAuthChallenge',
  VerifyAuthChallengeResponse: 'sandbox-VerifyAuthChallengeResponse',
} as const;

/** The email domain the pre sign-up preset confirms automatically. */
export const AUTO_CONFIRM_DOMAIN = 'example.com';

/** Pre sign-up: confirms users of one email domain at once (no code is sent) and refuses everyone else. */
export const PRE_SIGN_UP_AUTO_CONFIRM = source([
  `const ALLOWED_DOMAIN = "${AUTO_CONFIRM_DOMAIN}";`,
  '',
  '// Runs before Cognito creates the user. Throwing refuses the sign-up:',
  '// the caller gets UserLambdaValidationException with this message.',
  'export const handler = async (event: PreSignUpEvent) => {',
  '  const email = (event.request.userAttributes.email ?? "").toLowerCase();',
  '  if (!email.endsWith("@" + ALLOWED_DOMAIN)) {',
  '    throw new Error("Sign-up is open to @" + ALLOWED_DOMAIN + " addresses only");',
  '  }',
  '  console.log("Auto-confirming", event.userName, email);',
  '  // CONFIRMED at once, and the email counts as verified: no code is sent.',
  '  event.response.autoConfirmUser = true;',
  '  event.response.autoVerifyEmail = true;',
  '  return event;',
  '};',
]);

/** The claim the pre token generation preset adds, and its value. */
export const ADDED_CLAIM = { name: 'tenant_id', value: 'acme-corp' } as const;
/** The claim it suppresses. */
export const SUPPRESSED_CLAIM = 'email_verified';

/** Pre token generation (V1_0): adds a claim to the ID token and removes another. */
export const PRE_TOKEN_CLAIMS = source([
  '// Runs before Cognito issues the ID token (sign-in, refresh, hosted UI).',
  'export const handler = async (event: PreTokenGenerationV1Event) => {',
  '  event.response = {',
  '    claimsOverrideDetails: {',
  `      // Added to the ID token (V1_0 changes the ID token only).`,
  `      claimsToAddOrOverride: { ${ADDED_CLAIM.name}: "${ADDED_CLAIM.value}" },`,
  '      // Removed from the ID token.',
  `      claimsToSuppress: ["${SUPPRESSED_CLAIM}"],`,
  '    },',
  '  };',
  '  return event;',
  '};',
]);

/** Define auth challenge: one CUSTOM_CHALLENGE; a right answer issues tokens, three wrong ones fail. */
export const DEFINE_AUTH_CHALLENGE = source([
  '// Called after every step of a CUSTOM_AUTH sign-in: what comes next?',
  'export const handler = async (event: DefineAuthChallengeEvent) => {',
  '  const session = event.request.session;',
  '  const last = session[session.length - 1];',
  '  event.response.issueTokens = false;',
  '  event.response.failAuthentication = false;',
  '  if (last && last.challengeName === "CUSTOM_CHALLENGE" && last.challengeResult) {',
  '    event.response.issueTokens = true; // the right code: sign the user in',
  '  } else if (session.length >= 3) {',
  '    event.response.failAuthentication = true; // three wrong codes',
  '  } else {',
  '    event.response.challengeName = "CUSTOM_CHALLENGE";',
  '  }',
  '  return event;',
  '};',
]);

/** The log line prefix the create trigger writes the one-time code after. */
export const CODE_LOG_PREFIX = 'One-time code for';

/** Create auth challenge: a six-digit one-time code, kept across retries; it is "sent" by writing it to the function's log. */
export const CREATE_AUTH_CHALLENGE = source([
  '// Makes the challenge the user must answer: a six-digit one-time code.',
  'export const handler = async (event: CreateAuthChallengeEvent) => {',
  '  const previous = event.request.session.map((c) => c.challengeMetadata ?? "").filter((m) => m.startsWith("CODE-")).pop();',
  '  // Keep the same code for a retry; make a new one for a new sign-in.',
  '  const code = previous ? previous.slice("CODE-".length) : String(Math.floor(100000 + Math.random() * 900000));',
  '  // A real function would email or text the code; the sandbox logs it (Triggers tab, function log).',
  `  console.log("${CODE_LOG_PREFIX}", event.userName + ":", code);`,
  '  event.response.publicChallengeParameters = { hint: "Enter the six-digit code from the CreateAuthChallenge log" };',
  '  event.response.privateChallengeParameters = { code };',
  '  event.response.challengeMetadata = "CODE-" + code;',
  '  return event;',
  '};',
]);

/** Verify auth challenge response: the answer must equal the code. */
export const VERIFY_AUTH_CHALLENGE = source([
  '// Is the answer right? Cognito passes the private parameters back to us.',
  'export const handler = async (event: VerifyAuthChallengeResponseEvent) => {',
  '  event.response.answerCorrect = event.request.challengeAnswer.trim() === event.request.privateChallengeParameters.code;',
  '  return event;',
  '};',
]);
