/**
 * Self sign-up on the hosted pages (managed login endpoints: `/signup`,
 * `/confirm` "redirect only from /signup", `/resendcode` from the confirm
 * page's "send a new code" link, and `/confirmUser` for the email link),
 * each driving the real operation: SignUp, ConfirmSignUp,
 * ResendConfirmationCode. The authorization request rides along in every
 * page's query string, so the user lands on the callback with its `state`.
 *
 * A pool with AllowAdminCreateUserOnly offers no sign-up link, and its
 * /signup shows SignUp's own refusal. After the code is confirmed the
 * browser that signed up is signed in and sent back to the app (observed
 * behaviour of the hosted UI, not documented: unconfirmed); that browser is
 * recognised by a short-lived cookie set by /signup (SIMULATED: the real
 * cookie's name is not documented).
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { findUser, usernameAttributes } from '../core/lookup';
import { HOUR_MS, LIFETIMES } from '../facts';
import { MESSAGES } from '../core/errors';
import { secretHash } from '../crypto/password';
import { BOOKKEEPING_FLOW, newSessionString } from '../auth/sessions';
import { schemaOf } from '../users/attributes';
import { autoVerified, signUpCodeTarget } from '../users/signUp';
import { maskDestination } from '../users/messages';
import { SignUp } from '../operations/idp/SignUp';
import { ConfirmSignUp } from '../operations/idp/ConfirmSignUp';
import { ResendConfirmationCode } from '../operations/idp/ResendConfirmationCode';
import { cookieOf, formOf, htmlResponse, redirect, type OAuthRequest, type OAuthResponse } from './http';
import { hostedSecretHash, messageOf, openHosted, pageUrl, runOperation, type HostedRequest } from './hostedFlow';
import { hostedForm, hostedLink, hostedShell, para, type PageField } from './hostedPages';
import { attributeLabel, attributeType, continueSignIn } from './hostedChallenges';
import { loginPageFor } from './hostedLogin';
import { errorPage } from './pages';

/** SIMULATED: the cookie naming the sign-up this browser made, so confirming it signs the user in. */
export const SIGN_UP_COOKIE = 'cognito-sign-up';
const PENDING_STATE = 'hosted-sign-up';

/** The field of the user name: the email address or phone number in a pool that signs in with those. */
function usernameField(pool: UserPool, value: string): PageField {
  const via = usernameAttributes(pool);
  if (via.length === 1 && via[0] === 'email') return { name: 'username', label: 'Email', type: 'email', value, autocomplete: 'email' };
  if (via.length === 1 && via[0] === 'phone_number') return { name: 'username', label: 'Phone number', type: 'tel', value, autocomplete: 'tel' };
  if (via.length > 1) return { name: 'username', label: 'Email or phone number', value, autocomplete: 'username' };
  return { name: 'username', label: 'Username', value, autocomplete: 'username' };
}

/** The attributes the sign-up form asks for: the required ones and those the pool verifies (a code needs somewhere to go). */
export function signUpAttributes(pool: UserPool): Array<{ name: string; required: boolean }> {
  const viaUsername = usernameAttributes(pool);
  const out: Array<{ name: string; required: boolean }> = [];
  for (const a of schemaOf(pool)) {
    if (a.Name === 'sub' || viaUsername.includes(a.Name)) continue;
    if (a.Required) out.push({ name: a.Name, required: true });
  }
  for (const name of autoVerified(pool)) {
    if (!viaUsername.includes(name) && !out.some((o) => o.name === name)) out.push({ name, required: false });
  }
  return out;
}

function signUpPage(h: HostedRequest, opts: { error?: string; values?: Record<string, string> }): string {
  const pool = h.ar.pool;
  const v = opts.values ?? {};
  const back = hostedLink(pageUrl(h, '/login'), 'Sign in', 'Already have an account?');
  if (!h.local || !h.selfSignUp) {
    const why = h.local ? MESSAGES.signUpNotPermitted : 'This app client does not sign in users of the pool (COGNITO is not a supported identity provider).';
    return hostedShell({ title: 'Sign up', poolName: h.poolName, error: opts.error ?? why, body: back });
  }
  const fields: PageField[] = [
    usernameField(pool, v.username ?? ''),
    ...signUpAttributes(pool).map((a) => ({ name: `userAttributes.${a.name}`, label: attributeLabel(a.name), type: attributeType(a.name), value: v[`userAttributes.${a.name}`] ?? '', required: a.required })),
    { name: 'password', label: 'Password', type: 'password' as const, autocomplete: 'new-password' },
  ];
  return hostedShell({ title: 'Sign up', poolName: h.poolName, error: opts.error, body: hostedForm(pageUrl(h, '/signup'), fields, [{ label: 'Sign up' }]) + back });
}

/** GET and POST /signup. */
export async function signUpEndpoint(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest): Promise<OAuthResponse> {
  const opened = openHosted(ctx, hostPool, base, url);
  if (!opened.ok) return opened.response;
  const h = opened.hosted;
  if (req.method.toUpperCase() !== 'POST') return htmlResponse(200, signUpPage(h, {}));
  const form = formOf(req.body);
  const username = form.username ?? '';
  const values = { ...form, password: '' };
  const attributes = Object.entries(form)
    .filter(([k, v]) => k.startsWith('userAttributes.') && v.trim() !== '')
    .map(([k, v]) => ({ Name: k.slice('userAttributes.'.length), Value: v.trim() }));
  let out: { UserConfirmed: boolean; UserSub: string };
  if (!h.local) return htmlResponse(200, signUpPage(h, {}));
  try {
    out = await runOperation(ctx, SignUp, { ClientId: h.clientId, Username: username, Password: form.password ?? '', UserAttributes: attributes, ...(await hostedSecretHash(h, username)) });
  } catch (e) {
    return htmlResponse(200, signUpPage(h, { error: messageOf(e), values }));
  }
  const user = findUser(h.ar.pool, username);
  if (!user) return htmlResponse(200, loginPageFor(h, { notice: 'Your account was created.' }));
  if (out.UserConfirmed) {
    // Auto-confirmed by the pre sign-up trigger: signed in at once.
    try {
      return await continueSignIn(ctx, h, user);
    } catch (e) {
      return htmlResponse(200, loginPageFor(h, { error: messageOf(e), username }));
    }
  }
  if (!signUpCodeTarget(h.ar.pool, user)) {
    return htmlResponse(200, loginPageFor(h, { notice: 'Your account was created. No confirmation code is sent in this pool: an administrator must confirm the account before you can sign in.' }));
  }
  return redirect(pageUrl(h, '/confirm', { username }), { 'Set-Cookie': pendingCookie(ctx, h, user) });
}

/** Remembers that this browser signed `user` up, for one hosted-UI session's time. */
function pendingCookie(ctx: OperationContext, h: HostedRequest, user: User): string {
  const now = ctx.now();
  const lifetimeMs = LIFETIMES.hostedUiSession.value.hours * HOUR_MS;
  let id = newSessionString(ctx);
  while (h.ar.pool.sessions[id]) id = newSessionString(ctx);
  h.ar.pool.sessions[id] = { id, clientId: h.clientId, username: user.username, state: PENDING_STATE, createdAt: now, expiresAt: now + lifetimeMs, data: {}, flow: BOOKKEEPING_FLOW };
  return `${SIGN_UP_COOKIE}=${encodeURIComponent(id)}; Path=/; Max-Age=${lifetimeMs / 1000}; HttpOnly; Secure; SameSite=None`;
}

/** The pending sign-up of this browser for `user`, if any. */
function pendingOf(ctx: OperationContext, h: HostedRequest, req: OAuthRequest, user: User): string | undefined {
  const id = cookieOf(req, SIGN_UP_COOKIE);
  const rec = id ? h.ar.pool.sessions[id] : undefined;
  const ok = rec && rec.state === PENDING_STATE && rec.flow === BOOKKEEPING_FLOW && rec.clientId === h.clientId && rec.username === user.username && rec.expiresAt > ctx.now();
  return ok ? id : undefined;
}

function confirmPage(h: HostedRequest, opts: { username: string; error?: string; notice?: string }): string {
  const body = [
    hostedForm(pageUrl(h, '/confirm', { username: opts.username }), [
      { name: 'username', label: 'Username', value: opts.username, autocomplete: 'username' },
      { name: 'code', label: 'Confirmation code', autocomplete: 'one-time-code' },
    ], [{ label: 'Confirm account' }]),
    hostedLink(pageUrl(h, '/resendcode', { username: opts.username }), 'Send a new code', "Didn't receive a code?"),
  ].join('\n');
  return hostedShell({ title: 'Confirm your account', poolName: h.poolName, error: opts.error, notice: opts.notice, body });
}

/** Where the latest code went, masked, for the browser that signed the user up. */
function sentTo(ctx: OperationContext, h: HostedRequest, req: OAuthRequest, username: string): string | undefined {
  const user = username ? findUser(h.ar.pool, username) : undefined;
  const target = user && pendingOf(ctx, h, req, user) ? signUpCodeTarget(h.ar.pool, user) : undefined;
  return target ? `We sent a code ${target.channel === 'EMAIL' ? 'by email' : 'by text message'} to ${maskDestination(target.channel, target.destination)}. Enter it to confirm your account.` : undefined;
}

/** GET and POST /confirm: the sign-up confirmation code (ConfirmSignUp). */
export async function confirmEndpoint(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest): Promise<OAuthResponse> {
  const opened = openHosted(ctx, hostPool, base, url);
  if (!opened.ok) return opened.response;
  const h = opened.hosted;
  const queried = url.searchParams.get('username') ?? '';
  if (req.method.toUpperCase() !== 'POST') return htmlResponse(200, confirmPage(h, { username: queried, notice: sentTo(ctx, h, req, queried) }));
  const form = formOf(req.body);
  const username = form.username ?? queried;
  try {
    await runOperation(ctx, ConfirmSignUp, { ClientId: h.clientId, Username: username, ConfirmationCode: (form.code ?? '').trim(), ...(await hostedSecretHash(h, username)) });
  } catch (e) {
    return htmlResponse(200, confirmPage(h, { username, error: messageOf(e) }));
  }
  const user = findUser(h.ar.pool, username);
  const pending = user ? pendingOf(ctx, h, req, user) : undefined;
  if (!user || !pending) return htmlResponse(200, loginPageFor(h, { notice: 'Your account is confirmed. Sign in to continue.', username }));
  delete h.ar.pool.sessions[pending];
  try {
    return await continueSignIn(ctx, h, user);
  } catch (e) {
    return htmlResponse(200, loginPageFor(h, { error: messageOf(e), username }));
  }
}

/** GET /resendcode: a new sign-up code (ResendConfirmationCode), then back to /confirm. */
export async function resendCodeEndpoint(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL): Promise<OAuthResponse> {
  const opened = openHosted(ctx, hostPool, base, url);
  if (!opened.ok) return opened.response;
  const h = opened.hosted;
  const username = url.searchParams.get('username') ?? '';
  try {
    await runOperation(ctx, ResendConfirmationCode, { ClientId: h.clientId, Username: username, ...(await hostedSecretHash(h, username)) });
  } catch (e) {
    return htmlResponse(200, confirmPage(h, { username, error: messageOf(e) }));
  }
  return redirect(pageUrl(h, '/confirm', { username }));
}

/**
 * GET /confirmUser?client_id=…&user_name=…&confirmation_code=…: the link a
 * verification email carries when the pool confirms with a link (parameter
 * names as seen in such links; unconfirmed). Confirms the account and says so.
 */
export async function confirmUserEndpoint(ctx: OperationContext, url: URL): Promise<OAuthResponse> {
  const q = url.searchParams;
  const clientId = q.get('client_id') ?? '';
  const username = q.get('user_name') ?? '';
  const pool = Object.values(ctx.state.userPools).find((p) => p.clients[clientId]);
  if (!pool) return htmlResponse(400, errorPage('invalid_request', 'Unknown app client.'));
  const secret = pool.clients[clientId].config.ClientSecret as string | undefined;
  const poolName = String(pool.config.Name ?? pool.id);
  try {
    const hash = secret ? { SecretHash: await secretHash(secret, username, clientId) } : {};
    await runOperation(ctx, ConfirmSignUp, { ClientId: clientId, Username: username, ConfirmationCode: q.get('confirmation_code') ?? '', ...hash });
  } catch (e) {
    return htmlResponse(200, hostedShell({ title: 'Confirm your account', poolName, error: messageOf(e), body: '' }));
  }
  return htmlResponse(200, hostedShell({ title: 'Confirm your account', poolName, body: para('Your registration is confirmed. You can now sign in.') }));
}
