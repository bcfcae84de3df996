/**
 * The hosted pages beyond sign-in, driven end to end through
 * `sim.oauth.handle` as a browser would (cookies kept, forms posted): sign-up
 * → code from the outbox → confirm → callback with code → token; forgot
 * password; TOTP MFA; authenticator setup when MFA is required; the new
 * password of an administrator-created user; `state` kept throughout; sign-up
 * refused when only administrators create users.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { totpCode } from '../users/totp';
import type { OAuthResponse } from './http';

const CALLBACK = 'https://app.example.com/callback';
const BASE = 'https://hosted-pages.auth.us-east-1.amazoncognito.com';
const PASSWORD = 'Corr3ct-Horse!';
const STATE = 'st-123 with spaces';

let sim: Simulator;
let clock: SimulatedClock;
let poolId: string;
let clientId: string;
let cookies: Record<string, string>;

/** A tiny browser: sends cookies, stores Set-Cookie. */
async function send(method: 'GET' | 'POST', url: string, form?: Record<string, string>): Promise<OAuthResponse> {
  const cookie = Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  if (form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const r = await sim.oauth.handle({ method, url: url.startsWith('http') ? url : `${BASE}${url}`, headers, body: form ? new URLSearchParams(form).toString() : undefined });
  const set = r.headers['Set-Cookie'];
  if (set) {
    const [pair] = set.split(';');
    const eq = pair.indexOf('=');
    cookies[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return r;
}
const get = (url: string) => send('GET', url);
const post = (url: string, form: Record<string, string>) => send('POST', url, form);
const location = (r: OAuthResponse) => new URL(r.headers.Location);

/** The action of the page's first form, and its hidden fields. */
function formOf(html: string, index = 0): { action: string; hidden: Record<string, string> } {
  const forms = [...html.matchAll(/<form method="post" action="([^"]*)">([\s\S]*?)<\/form>/g)];
  const f = forms[index];
  if (!f) throw new Error(`no form ${index} in ${html}`);
  const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  const hidden = Object.fromEntries([...f[2].matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [unescape(m[1]), unescape(m[2])]));
  return { action: unescape(f[1]), hidden };
}
const link = (html: string, text: string): string => {
  const m = new RegExp(`<a href="([^"]*)">${text}</a>`).exec(html);
  if (!m) throw new Error(`no link ${text}`);
  return m[1].replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
};
const alertOf = (html: string) => /<p class="error" role="alert">([\s\S]*?)<\/p>/.exec(html)?.[1].replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

async function openLogin(extra: Record<string, string> = {}): Promise<string> {
  const q = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, scope: 'openid email', state: STATE, ...extra });
  const start = await get(`/oauth2/authorize?${q}`);
  expect(start.status).toBe(302);
  const page = await get(start.headers.Location);
  expect(page.status).toBe(200);
  return page.body;
}

/** Checks the redirect to the callback, its state, and redeems the code. */
async function landOnCallback(r: OAuthResponse): Promise<Record<string, unknown>> {
  expect(r.status).toBe(302);
  const back = location(r);
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  expect(back.searchParams.get('state')).toBe(STATE);
  const code = back.searchParams.get('code');
  expect(code).toBeTruthy();
  const t = await post('/oauth2/token', { grant_type: 'authorization_code', client_id: clientId, code: code!, redirect_uri: CALLBACK });
  expect(t.status).toBe(200);
  return decodeJwt((JSON.parse(t.body) as { id_token: string }).id_token);
}

const lastCode = (reason: string) => [...sim.outbox].reverse().find((m) => m.reason === reason)?.code ?? '';

beforeEach(async () => {
  clock = new SimulatedClock();
  sim = createSimulator({ clock, random: seededRandom('hosted-pages') });
  cookies = {};
  const { UserPool } = await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', {
    PoolName: 'HostedPages',
    AutoVerifiedAttributes: ['email'],
    Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
    Policies: { PasswordPolicy: { MinimumLength: 10, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: false } },
  });
  poolId = UserPool.Id;
  await sim.call('CreateUserPoolDomain', { UserPoolId: poolId, Domain: 'hosted-pages' });
  const c = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'web',
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code', 'implicit'],
    AllowedOAuthScopes: ['openid', 'email'],
    CallbackURLs: [CALLBACK],
    SupportedIdentityProviders: ['COGNITO'],
  });
  clientId = c.UserPoolClient.ClientId;
});

describe('hosted sign-up', () => {
  it('signs up, confirms with the emailed code and lands on the callback with a code that redeems', async () => {
    const login = await openLogin();
    const signUp = await get(link(login, 'Sign up'));
    expect(signUp.body).toContain('<label for="hosted-userAttributes-email">Email</label>');
    const f = formOf(signUp.body);
    expect(new URL(f.action).searchParams.get('state')).toBe(STATE);

    // The password policy's refusal is shown with Cognito's message, the typed values kept.
    const weak = await post(f.action, { username: 'carol', 'userAttributes.email': 'carol@example.com', password: 'short' });
    expect(alertOf(weak.body)).toBe('Password did not conform with policy: Password not long enough');
    expect(weak.body).toContain('value="carol@example.com"');

    const created = await post(f.action, { username: 'carol', 'userAttributes.email': 'carol@example.com', password: PASSWORD });
    expect(created.status).toBe(302);
    expect(location(created).pathname).toBe('/confirm');
    const confirmPage = await get(created.headers.Location);
    expect(confirmPage.body).toContain('c***@e***');
    const u = await sim.call<{ UserStatus: string }>('AdminGetUser', { UserPoolId: poolId, Username: 'carol' });
    expect(u.UserStatus).toBe('UNCONFIRMED');

    const confirm = formOf(confirmPage.body);
    const wrong = await post(confirm.action, { username: 'carol', code: '000000' === lastCode('SignUp') ? '111111' : '000000' });
    expect(alertOf(wrong.body)).toBe('Invalid verification code provided, please try again.');
    const done = await post(confirm.action, { username: 'carol', code: lastCode('SignUp') });
    const claims = await landOnCallback(done);
    expect(claims['cognito:username']).toBe('carol');
    expect(claims.email_verified).toBe(true);
    const after = await sim.call<{ UserStatus: string }>('AdminGetUser', { UserPoolId: poolId, Username: 'carol' });
    expect(after.UserStatus).toBe('CONFIRMED');
  });

  it('sends a new code from the confirm page', async () => {
    const signUp = await get(link(await openLogin(), 'Sign up'));
    const created = await post(formOf(signUp.body).action, { username: 'dan', 'userAttributes.email': 'dan@example.com', password: PASSWORD });
    const page = await get(created.headers.Location);
    const first = lastCode('SignUp');
    const resent = await get(link(page.body, 'Send a new code'));
    expect(resent.status).toBe(302);
    const code = lastCode('ResendCode');
    expect(code).toMatch(/^\d+$/);
    expect(sim.outbox.filter((m) => m.username === 'dan')).toHaveLength(2);
    const action = formOf((await get(resent.headers.Location)).body).action;
    if (first !== code) {
      // The new code replaces the old one.
      const old = await post(action, { username: 'dan', code: first });
      expect(alertOf(old.body)).toBe('Invalid verification code provided, please try again.');
    }
    await landOnCallback(await post(action, { username: 'dan', code }));
  });

  it('offers no sign-up link and refuses /signup when only administrators create users', async () => {
    await sim.call('UpdateUserPool', { UserPoolId: poolId, AutoVerifiedAttributes: ['email'], AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
    const login = await openLogin();
    expect(login).not.toContain('Sign up');
    expect(login).toContain('Forgot your password?');
    const q = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, state: STATE });
    const page = await get(`/signup?${q}`);
    expect(alertOf(page.body)).toBe('SignUp is not permitted for this user pool');
    expect(page.body).not.toContain('<form');
    const forced = await post(`/signup?${q}`, { username: 'eve', 'userAttributes.email': 'eve@example.com', password: PASSWORD });
    expect(alertOf(forced.body)).toBe('SignUp is not permitted for this user pool');
    expect(sim.state.userPools[poolId].users.eve).toBeUndefined();
  });

  it('sends a bad authorization request to the error page, as /oauth2/authorize does', async () => {
    const q = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: 'https://evil.example.com/cb' });
    const r = await get(`/signup?${q}`);
    expect(r.status).toBe(302);
    expect(location(r).searchParams.get('error')).toBe('redirect_mismatch');
  });
});

describe('hosted forgot password', () => {
  it('sends a reset code, takes a new password and signs in with it', async () => {
    await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'frank', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'frank@example.com' }, { Name: 'email_verified', Value: 'true' }] });
    await sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'frank', Password: PASSWORD, Permanent: true });
    const forgot = await get(link(await openLogin(), 'Forgot your password\\?'));
    const sent = await post(formOf(forgot.body).action, { username: 'frank' });
    expect(sent.status).toBe(302);
    expect(location(sent).pathname).toBe('/confirmforgotPassword');
    const reset = await get(sent.headers.Location);
    const action = formOf(reset.body).action;
    const weak = await post(action, { username: 'frank', code: lastCode('ForgotPassword'), password: 'alllowercase1' });
    expect(alertOf(weak.body)).toBe('Password does not conform to policy: Password must have uppercase characters');
    const NEW = 'N3w-Passw0rd-frank';
    const ok = await post(action, { username: 'frank', code: lastCode('ForgotPassword'), password: NEW });
    expect(ok.status).toBe(302);
    expect(location(ok).pathname).toBe('/login');
    const login = await get(ok.headers.Location);
    expect(login.body).toContain('Your password has been reset.');
    const back = await post(formOf(login.body).action, { username: 'frank', password: NEW });
    const claims = await landOnCallback(back);
    expect(claims['cognito:username']).toBe('frank');
  });
});

describe('hosted challenges', () => {
  it('asks a TOTP user for the authenticator code, refusing a wrong one', async () => {
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
    await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'gina', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'gina@example.com' }] });
    await sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'gina', Password: PASSWORD, Permanent: true });
    // gina adds an authenticator app through the API, as an app would: AssociateSoftwareToken + VerifySoftwareToken.
    const api = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', { UserPoolId: poolId, ClientName: 'api', ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const auth = await sim.call<{ AuthenticationResult: { AccessToken: string } }>('AdminInitiateAuth', { UserPoolId: poolId, ClientId: api.UserPoolClient.ClientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'gina', PASSWORD } });
    const AccessToken = auth.AuthenticationResult.AccessToken;
    const { SecretCode: secret } = await sim.call<{ SecretCode: string }>('AssociateSoftwareToken', { AccessToken });
    await sim.call('VerifySoftwareToken', { AccessToken, UserCode: totpCode(secret, clock.now()) });
    await sim.call('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'gina', SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    // The code just used cannot be used again within its window: move to the next one.
    clock.advance(60_000);

    const login = await openLogin();
    const mfa = await post(formOf(login).action, { username: 'gina', password: PASSWORD });
    expect(mfa.status).toBe(200);
    expect(mfa.body).toContain('Enter your authenticator code');
    const f = formOf(mfa.body);
    expect(f.hidden.session).toBeTruthy();
    const wrongCode = totpCode(secret, clock.now()) === '000000' ? '111111' : '000000';
    const wrong = await post(f.action, { ...f.hidden, code: wrongCode });
    expect(alertOf(wrong.body)).toBe('Invalid code received for user');
    const done = await post(formOf(wrong.body).action, { ...formOf(wrong.body).hidden, code: totpCode(secret, clock.now()) });
    const claims = await landOnCallback(done);
    expect(claims['cognito:username']).toBe('gina');
    // The challenge session is answered once.
    const replay = await post(f.action, { ...f.hidden, code: totpCode(secret, clock.now()) });
    expect(alertOf(replay.body)).toMatch(/^Invalid session for the user/);
  });

  it('asks for the SMS code when the pool requires MFA and the user has a phone number', async () => {
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'ON', SmsMfaConfiguration: { SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sns-caller', ExternalId: 'hosted' } } });
    await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'kim', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'kim@example.com' }, { Name: 'phone_number', Value: '+15555550123' }] });
    await sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'kim', Password: PASSWORD, Permanent: true });
    const page = await post(formOf(await openLogin()).action, { username: 'kim', password: PASSWORD });
    expect(page.body).toContain('by text message to +*******0123');
    const sms = [...sim.outbox].reverse().find((m) => m.username === 'kim' && m.channel === 'SMS');
    expect(sms?.code).toMatch(/^\d+$/);
    const f = formOf(page.body);
    const claims = await landOnCallback(await post(f.action, { ...f.hidden, code: sms!.code! }));
    expect(claims['cognito:username']).toBe('kim');
  });

  it('sets up an authenticator app when the pool requires MFA', async () => {
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } });
    await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'hank', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'hank@example.com' }] });
    await sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'hank', Password: PASSWORD, Permanent: true });
    const setup = await post(formOf(await openLogin()).action, { username: 'hank', password: PASSWORD });
    expect(setup.body).toContain('Set up an authenticator app');
    const secret = /Secret key: <code>([A-Z2-7]+)<\/code>/.exec(setup.body)?.[1];
    expect(secret).toBeTruthy();
    expect(setup.body).toContain('otpauth://totp/');
    const f = formOf(setup.body);
    const wrong = await post(f.action, { ...f.hidden, code: totpCode(secret!, clock.now()) === '000000' ? '111111' : '000000' });
    expect(alertOf(wrong.body)).toBe('Code mismatch and fail enable Software Token MFA');
    expect(wrong.body).toContain(secret);
    const done = await post(f.action, { ...f.hidden, code: totpCode(secret!, clock.now()) });
    await landOnCallback(done);
    const u = sim.state.userPools[poolId].users.hank;
    expect(u.mfa.totpEnabled).toBe(true);
  });

  it('has an administrator-created user choose a new password, then signs in', async () => {
    const TEMP = 'Temp-Passw0rd!';
    await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'ivy', TemporaryPassword: TEMP, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'ivy@example.com' }] });
    const page = await post(formOf(await openLogin()).action, { username: 'ivy', password: TEMP });
    expect(page.body).toContain('Change password');
    const f = formOf(page.body);
    const weak = await post(f.action, { ...f.hidden, password: 'weak' });
    expect(alertOf(weak.body)).toBe('Password does not conform to policy: Password not long enough');
    // The page is shown again with the same (still open) session.
    expect(formOf(weak.body).hidden.session).toBe(f.hidden.session);
    const done = await post(f.action, { ...f.hidden, password: 'Brand-New-Passw0rd' });
    const claims = await landOnCallback(done);
    expect(claims['cognito:username']).toBe('ivy');
    const u = await sim.call<{ UserStatus: string }>('AdminGetUser', { UserPoolId: poolId, Username: 'ivy' });
    expect(u.UserStatus).toBe('CONFIRMED');
  });

  it('keeps state through the implicit grant too (tokens in the fragment after the new-password page)', async () => {
    const TEMP = 'Temp-Passw0rd!';
    await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'jon', TemporaryPassword: TEMP, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'jon@example.com' }] });
    const page = await post(formOf(await openLogin({ response_type: 'token' })).action, { username: 'jon', password: TEMP });
    const f = formOf(page.body);
    const done = await post(f.action, { ...f.hidden, password: 'Brand-New-Passw0rd' });
    expect(done.status).toBe(302);
    const frag = new URLSearchParams(location(done).hash.slice(1));
    expect(frag.get('state')).toBe(STATE);
    expect(decodeJwt(frag.get('id_token')!)['cognito:username']).toBe('jon');
  });
});
