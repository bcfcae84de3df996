/**
 * The sign-in challenges on the hosted pages, driven by the engine's
 * auth-session chart (machines/authSession.ts) exactly as InitiateAuth and
 * RespondToAuthChallenge drive it: after the password the chart decides
 * between a new password (FORCE_CHANGE_PASSWORD users), MFA setup (MFA
 * required, no factor yet), a choice of factor, an SMS / email / authenticator
 * code, or done. Every waiting step is a real challenge session in
 * `pool.sessions` (flow `HOSTED_UI`), carried by the page's hidden `session`
 * field and answered once; a wrong MFA code leaves it open, as in the API.
 *
 * The only difference from the API is the end: the hosted UI does not hand
 * out the API's tokens, so the chart's `issueTokens` effect is replaced by the
 * usual redirect to the callback with a code (or implicit-grant tokens).
 *
 * SIMULATED page paths: `/mfa` (codes and the choice of factor), `/mfaSetup`
 * and `/newPassword` are this simulator's names; the managed login endpoint
 * list documents no separate path for these pages (unconfirmed).
 */
import type { OperationContext } from '../core/context';
import type { AuthSessionRecord, User } from '../core/model';
import { fail, MESSAGES } from '../core/errors';
import { timingSafeEqual } from '../crypto/encoding';
import { challengeOfState, resolveAuthState, stepAuthSession, type AuthSessionEvent, type MfaType } from '../../machines/authSession';
import { advance } from '../auth/driver';
import { EFFECTS } from '../auth/effects';
import { signInFactors } from '../auth/factors';
import { AUTH_MESSAGES, UNCONFIRMED_AUTH_MESSAGES } from '../auth/messages';
import { newRun, type AuthResponse, type AuthRun } from '../auth/run';
import { authSessionValidityMs, closeSession, requireSession } from '../auth/sessions';
import { sessionUser } from '../auth/signInUser';
import { acceptSoftwareTokenCode } from '../auth/softwareTokenCodes';
import { associateSoftwareToken, verifySoftwareToken } from '../auth/softwareToken';
import { checkAttributes, schemaOf } from '../users/attributes';
import { moveUser } from '../users/newUser';
import { replacePassword } from '../users/newPassword';
import { totpUri } from '../users/totp';
import { maskDestination } from '../users/messages';
import { formOf, htmlResponse, type OAuthRequest, type OAuthResponse } from './http';
import { finishSignIn, messageOf, pageUrl, type HostedRequest } from './hostedFlow';
import { codePara, hostedForm, hostedShell, para, type PageField } from './hostedPages';
import { loginPageFor } from './hostedLogin';

/** The `flow` of challenge sessions opened by the hosted pages. */
export const HOSTED_FLOW = 'HOSTED_UI';

/** The page path each challenge is answered on (simulator's names, unconfirmed). */
export const CHALLENGE_PATHS = { mfa: '/mfa', mfaSetup: '/mfaSetup', newPassword: '/newPassword' } as const;

const MFA_LABEL: Record<MfaType, string> = { SMS_MFA: 'Text message (SMS)', EMAIL_OTP: 'Email', SOFTWARE_TOKEN_MFA: 'Authenticator app' };

/** Continues a sign-in whose password is settled (right password, or a sign-up just confirmed). */
export async function continueSignIn(ctx: OperationContext, h: HostedRequest, user: User): Promise<OAuthResponse> {
  const factors = signInFactors(h.ar.pool, user, user.status === 'FORCE_CHANGE_PASSWORD');
  const run = newRun({ ctx, pool: h.ar.pool, client: h.ar.client, user, flow: HOSTED_FLOW, admin: false, params: {}, session: undefined });
  return step(ctx, h, run, 'idle', { type: 'PASSWORD_VERIFIED', factors });
}

/**
 * Steps the chart. A step that ends the sign-in runs its effects except the
 * API's token issue and finishes with the redirect; any other step goes
 * through the engine's driver, which opens the next challenge session.
 */
async function step(ctx: OperationContext, h: HostedRequest, run: AuthRun, from: string, event: AuthSessionEvent): Promise<OAuthResponse> {
  const peek = stepAuthSession(resolveAuthState(from, authSessionValidityMs(run.client)), event);
  if (peek && String(peek.next.value) === 'authenticated') {
    for (const name of peek.effects) if (name !== 'issueTokens') await EFFECTS[name](run, event);
    if (run.session) closeSession(ctx, run.session);
    const done = await finishSignIn(ctx, h, run.user!);
    return done.ok ? done.response : htmlResponse(200, loginPageFor(h, { error: done.message }));
  }
  const { response } = await advance(run, from, event);
  return challengePage(ctx, h, response);
}

/** The page for the challenge a step opened. */
async function challengePage(ctx: OperationContext, h: HostedRequest, r: AuthResponse, error?: string): Promise<OAuthResponse> {
  const session = r.Session ?? '';
  const params = r.ChallengeParameters ?? {};
  const hidden = { session };
  const page = (title: string, body: string) => htmlResponse(200, hostedShell({ title, poolName: h.poolName, error, body }));
  const code: PageField = { name: 'code', label: 'Code', autocomplete: 'one-time-code' };
  switch (r.ChallengeName) {
    case 'NEW_PASSWORD_REQUIRED': {
      const required = (JSON.parse(params.requiredAttributes ?? '[]') as string[]).map((n) => n.replace(/^userAttributes\./, ''));
      const fields: PageField[] = [
        { name: 'password', label: 'New password', type: 'password', autocomplete: 'new-password' },
        ...required.map((name) => ({ name: `userAttributes.${name}`, label: attributeLabel(name), type: attributeType(name) })),
      ];
      const body = para('Your account was created by an administrator with a temporary password. Choose a new password to continue.') + hostedForm(pageUrl(h, CHALLENGE_PATHS.newPassword), fields, [{ label: 'Change password' }], hidden);
      return page('Change password', body);
    }
    case 'SMS_MFA':
    case 'EMAIL_OTP': {
      const how = params.CODE_DELIVERY_DELIVERY_MEDIUM === 'EMAIL' ? 'by email' : 'by text message';
      const body = para(`We sent a code ${how} to ${params.CODE_DELIVERY_DESTINATION ?? 'you'}. Enter it to sign in.`) + hostedForm(pageUrl(h, CHALLENGE_PATHS.mfa), [code], [{ label: 'Sign in' }], hidden);
      return page('Enter your code', body);
    }
    case 'SOFTWARE_TOKEN_MFA': {
      const body = para('Enter the code your authenticator app shows for this account.') + hostedForm(pageUrl(h, CHALLENGE_PATHS.mfa), [code], [{ label: 'Sign in' }], hidden);
      return page('Enter your authenticator code', body);
    }
    case 'SELECT_MFA_TYPE': {
      const choices = JSON.parse(params.MFAS_CAN_CHOOSE ?? '[]') as MfaType[];
      const body = para('How do you want to receive your sign-in code?') + hostedForm(pageUrl(h, CHALLENGE_PATHS.mfa), [], choices.map((c) => ({ label: MFA_LABEL[c] ?? c, name: 'answer', value: c })), hidden);
      return page('Choose a sign-in method', body);
    }
    case 'MFA_SETUP':
      return mfaSetupPage(ctx, h, r, error);
    default:
      // CUSTOM_CHALLENGE and anything else the chart may open: not offered by the hosted pages.
      return htmlResponse(200, loginPageFor(h, { error: `The hosted pages cannot answer the ${r.ChallengeName ?? 'next'} challenge.` }));
  }
}

/**
 * MFA setup: the pool requires MFA and the user has no factor. The page
 * associates an authenticator app at once (AssociateSoftwareToken with the
 * session) and shows the secret and its otpauth URI (no QR image: the engine
 * draws nothing); the code from the app finishes the sign-in. A pool that
 * offers only SMS or email for setup is not simulated here (unconfirmed what
 * the real page asks for).
 */
async function mfaSetupPage(ctx: OperationContext, h: HostedRequest, r: AuthResponse, error?: string): Promise<OAuthResponse> {
  const canSetup = JSON.parse(r.ChallengeParameters?.MFAS_CAN_SETUP ?? '[]') as MfaType[];
  if (!canSetup.includes('SOFTWARE_TOKEN_MFA')) {
    return htmlResponse(200, loginPageFor(h, { error: 'MFA is required and the pool only offers SMS or email MFA; setting those up on the hosted pages is not simulated. Add a phone number or email MFA to the user first.' }));
  }
  let session = r.Session ?? '';
  let secret: string;
  const rec = h.ar.pool.sessions[session];
  if (rec && rec.state === 'mfaSetupAssociated') {
    // A wrong code: the same session and secret stay.
    secret = sessionUser(h.ar.pool, h.ar.client, rec.username).mfa.pendingTotpSecret ?? '';
  } else {
    const associated = await associateSoftwareToken(ctx, { Session: session });
    secret = associated.SecretCode;
    session = associated.Session ?? session;
  }
  const user = rec ? sessionUser(h.ar.pool, h.ar.client, rec.username) : undefined;
  const label = user?.attributes.email ?? user?.username ?? 'user';
  const body = [
    para('This pool requires multi-factor authentication. Add this account to your authenticator app with the secret key (or the otpauth link), then enter the code it shows.'),
    codePara('Secret key:', secret),
    codePara('otpauth link:', totpUri(secret, label, h.poolName)),
    hostedForm(pageUrl(h, CHALLENGE_PATHS.mfaSetup), [{ name: 'code', label: 'Code from the authenticator app', autocomplete: 'one-time-code' }], [{ label: 'Verify and sign in' }], { session }),
  ].join('\n');
  return htmlResponse(200, hostedShell({ title: 'Set up an authenticator app', poolName: h.poolName, error, body }));
}

type Opened = { ok: true; run: AuthRun & { user: User }; session: AuthSessionRecord } | { ok: false; response: OAuthResponse };

/** The hosted challenge session a page's form names, checked for the client and the expected states. */
function openChallenge(ctx: OperationContext, h: HostedRequest, form: Record<string, string>, states: readonly string[]): Opened {
  try {
    const session = requireSession(ctx, h.ar.pool, h.clientId, form.session);
    if (session.flow !== HOSTED_FLOW || !states.includes(session.state)) throw fail('NotAuthorizedException', MESSAGES.invalidSession);
    const user = sessionUser(h.ar.pool, h.ar.client, session.username);
    const run = { ...newRun({ ctx, pool: h.ar.pool, client: h.ar.client, user, flow: HOSTED_FLOW, admin: false, params: {}, session }), user };
    return { ok: true, run, session };
  } catch (e) {
    return { ok: false, response: htmlResponse(200, loginPageFor(h, { error: messageOf(e) })) };
  }
}

/** The answer the page showed, to show it again with an error. */
const again = (session: AuthSessionRecord, params: Record<string, string>): AuthResponse => ({ ChallengeName: challengeOfState(session.state), Session: session.id, ChallengeParameters: params });

/** POST /mfa: an SMS, email or authenticator code, or the factor chosen. */
export async function mfaEndpoint(ctx: OperationContext, h: HostedRequest, req: OAuthRequest): Promise<OAuthResponse> {
  if (req.method.toUpperCase() !== 'POST') return htmlResponse(200, loginPageFor(h, {}));
  const form = formOf(req.body);
  const opened = openChallenge(ctx, h, form, ['smsMfa', 'emailOtp', 'softwareTokenMfa', 'selectMfaType']);
  if (!opened.ok) return opened.response;
  const { run, session } = opened;
  if (session.state === 'selectMfaType') {
    const choices = (session.data.choices as string[] | undefined) ?? [];
    if (!choices.includes(form.answer ?? '')) return challengePage(ctx, h, again(session, { MFAS_CAN_CHOOSE: JSON.stringify(choices) }), 'Choose one of the methods shown.');
    return step(ctx, h, run, session.state, { type: 'MFA_TYPE_SELECTED', answer: form.answer as MfaType });
  }
  const given = (form.code ?? '').trim();
  let ok: boolean;
  try {
    if (session.state === 'softwareTokenMfa') {
      const secret = run.user.mfa.totpSecret;
      ok = secret !== undefined && acceptSoftwareTokenCode(ctx, h.ar.pool, run.user, secret, given);
    } else {
      const expected = session.data.code;
      ok = typeof expected === 'string' && given !== '' && timingSafeEqual(expected, given);
    }
  } catch (e) {
    return challengePage(ctx, h, again(session, {}), messageOf(e));
  }
  if (!ok) {
    await advance(run, session.state, { type: 'MFA_CODE_REJECTED' });
    const shown = session.state === 'softwareTokenMfa' ? {} : deliveryParams(session, run.user);
    return challengePage(ctx, h, again(session, shown), AUTH_MESSAGES.invalidMfaCode);
  }
  return step(ctx, h, run, session.state, { type: 'MFA_CODE_ACCEPTED' });
}

/** Where the SMS or email code went (masked), for showing the page again. */
function deliveryParams(session: AuthSessionRecord, user: User): Record<string, string> {
  const channel = session.state === 'emailOtp' ? 'EMAIL' : 'SMS';
  const value = channel === 'EMAIL' ? user.attributes.email : user.attributes.phone_number;
  return { CODE_DELIVERY_DELIVERY_MEDIUM: channel, ...(value ? { CODE_DELIVERY_DESTINATION: maskDestination(channel, value) } : {}) };
}

/** POST /mfaSetup: the first code from the new authenticator app (VerifySoftwareToken), then the sign-in ends. */
export async function mfaSetupEndpoint(ctx: OperationContext, h: HostedRequest, req: OAuthRequest): Promise<OAuthResponse> {
  if (req.method.toUpperCase() !== 'POST') return htmlResponse(200, loginPageFor(h, {}));
  const form = formOf(req.body);
  const opened = openChallenge(ctx, h, form, ['mfaSetupAssociated']);
  if (!opened.ok) return opened.response;
  let verified: string | undefined;
  try {
    verified = (await verifySoftwareToken(ctx, { Session: opened.session.id, UserCode: (form.code ?? '').trim() })).Session;
  } catch (e) {
    const message = messageOf(e);
    return mfaSetupPage(ctx, h, { ChallengeName: 'MFA_SETUP', Session: opened.session.id, ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(['SOFTWARE_TOKEN_MFA']) } }, message);
  }
  const next = openChallenge(ctx, h, { session: verified ?? '' }, ['mfaSetupVerified']);
  if (!next.ok) return next.response;
  return step(ctx, h, next.run, next.session.state, { type: 'MFA_SETUP_COMPLETED' });
}

/**
 * POST /newPassword: an administrator-created user's new password and the
 * required attributes still missing, with NEW_PASSWORD_REQUIRED's checks
 * (policy and history, writable and required attributes); the user becomes
 * CONFIRMED through the user-status chart.
 */
export async function newPasswordEndpoint(ctx: OperationContext, h: HostedRequest, req: OAuthRequest): Promise<OAuthResponse> {
  if (req.method.toUpperCase() !== 'POST') return htmlResponse(200, loginPageFor(h, {}));
  const form = formOf(req.body);
  const opened = openChallenge(ctx, h, form, ['newPasswordRequired']);
  if (!opened.ok) return opened.response;
  const { run, session } = opened;
  const { pool, client } = h.ar;
  const user = run.user;
  const missing = schemaOf(pool)
    .filter((a) => a.Required && a.Name !== 'sub' && !user.attributes[a.Name])
    .map((a) => `userAttributes.${a.Name}`);
  try {
    const given = Object.entries(form)
      .filter(([k, v]) => k.startsWith('userAttributes.') && v !== '')
      .map(([k, v]) => ({ Name: k.slice('userAttributes.'.length), Value: v }));
    const attributes = checkAttributes(pool, given, { creating: false, writable: client.config.WriteAttributes as string[] | undefined, existing: user });
    for (const name of missing) {
      const attr = name.slice('userAttributes.'.length);
      if (!attributes[attr]) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.missingRequiredAttribute(attr));
    }
    await replacePassword(ctx, pool, user, form.password ?? '');
    Object.assign(user.attributes, attributes);
    moveUser(user, 'COMPLETE_NEW_PASSWORD', () => fail('NotAuthorizedException', MESSAGES.invalidSession));
    user.updatedAt = ctx.now();
  } catch (e) {
    return challengePage(ctx, h, again(session, { requiredAttributes: JSON.stringify(missing) }), messageOf(e));
  }
  return step(ctx, h, run, session.state, { type: 'NEW_PASSWORD_SET', factors: signInFactors(pool, user, false) });
}

const LABELS: Record<string, string> = { email: 'Email', phone_number: 'Phone number', given_name: 'Given name', family_name: 'Family name', preferred_username: 'Preferred username', birthdate: 'Birthdate (YYYY-MM-DD)' };

/** A field label for an attribute name. */
export function attributeLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const bare = name.replace(/^custom:/, '').replace(/_/g, ' ');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** The input type for an attribute. */
export const attributeType = (name: string): PageField['type'] => (name === 'email' ? 'email' : name === 'phone_number' ? 'tel' : 'text');
