import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { LIFETIMES } from '@/simulator/facts';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../../simulator';
import {
  authorizeUrl,
  browse,
  CALLBACK_URL,
  configureHostedUi,
  cookieHeader,
  formBody,
  locationOf,
  parseUrl,
  sessionTokensFrom,
  readHostedPage,
  s256,
  storeCookie,
  tokenForm,
  traceDiagram,
  traceLines,
  wrongVerifier,
  newCodeVerifier,
  type CookieJar,
  type Handle,
  type Hop,
  type HostedSetup,
} from './hostedUi';

describe('PKCE', () => {
  it('computes the RFC 7636 appendix B S256 challenge', async () => {
    // RFC 7636 appendix B: this verifier's S256 challenge is E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM.
    expect(await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
  it('makes 43-character base64url verifiers and a different wrong one', () => {
    const v = newCodeVerifier();
    expect(v).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newCodeVerifier()).not.toBe(v);
    expect(wrongVerifier(v)).not.toBe(v);
    expect(wrongVerifier(v)).toHaveLength(43);
  });
});

describe('URLs and cookies', () => {
  it('splits query and fragment parameters', () => {
    const p = parseUrl(`${CALLBACK_URL}?a=1&b=x%20y#id_token=abc&state=s%2B1`);
    expect(p.origin).toBe('https://app.example.com');
    expect(p.path).toBe('/callback');
    expect(p.query).toEqual([
      ['a', '1'],
      ['b', 'x y'],
    ]);
    expect(p.fragment).toEqual([
      ['id_token', 'abc'],
      ['state', 's+1'],
    ]);
  });
  it('keeps cookies per host and forgets one set with Max-Age=0', () => {
    let jar: CookieJar = {};
    jar = storeCookie(jar, 'https://a.example.com/login', 'cognito=abc; Path=/; Max-Age=3600; HttpOnly');
    expect(cookieHeader(jar, 'https://a.example.com/oauth2/authorize')).toBe('cognito=abc');
    expect(cookieHeader(jar, 'https://b.example.com/')).toBeUndefined();
    jar = storeCookie(jar, 'https://a.example.com/logout', 'cognito=; Path=/; Max-Age=0');
    expect(cookieHeader(jar, 'https://a.example.com/')).toBeUndefined();
  });
  it('builds the authorization request and the token form', () => {
    const u = new URL(authorizeUrl('https://x.auth.us-east-1.amazoncognito.com', { clientId: 'c1', responseType: 'code', scopes: ['openid', 'email'], state: 's', nonce: 'n', challenge: 'ch' }));
    expect(Object.fromEntries(u.searchParams)).toEqual({ response_type: 'code', client_id: 'c1', redirect_uri: CALLBACK_URL, scope: 'openid email', state: 's', nonce: 'n', code_challenge: 'ch', code_challenge_method: 'S256' });
    expect(Object.fromEntries(new URLSearchParams(tokenForm({ clientId: 'c1', code: 'k', verifier: 'v' })))).toEqual({ grant_type: 'authorization_code', client_id: 'c1', code: 'k', redirect_uri: CALLBACK_URL, code_verifier: 'v' });
  });
});

describe('against the in-process engine', () => {
  let sim: Simulator;
  let handle: Handle;
  let setup: HostedSetup;
  let poolId: string;
  const PASSWORD = 'Hosted-Passw0rd!';

  beforeAll(async () => {
    sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('hosted-ui-panel') });
    handle = (req) => sim.oauth.handle(req);
    poolId = (await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'HostedDemo' })).UserPool.Id;
    await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'alice', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'alice@example.com' }] });
    await sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'alice', Password: PASSWORD, Permanent: true });
    const call = async (op: string, input: unknown) => {
      try {
        return { ok: true as const, value: await sim.call(op, input) };
      } catch (e) {
        return { ok: false as const, error: { name: (e as Error).name, message: (e as Error).message } };
      }
    };
    const out = await configureHostedUi(call, { userPoolId: poolId, region: sim.region, google: true });
    if (!out.ok) throw new Error(out.error.message);
    setup = out.value;
    // Running the setup again keeps the domain and adds another client.
    const again = await configureHostedUi(call, { userPoolId: poolId, region: sim.region, google: true });
    expect(again.ok).toBe(true);
  });

  async function signIn(challenge: string): Promise<{ hops: Hop[]; code: string; jar: CookieJar }> {
    const hops: Hop[] = [];
    let jar: CookieJar = {};
    let step = await browse(handle, jar, { method: 'GET', url: authorizeUrl(setup.base, { clientId: setup.clientId, responseType: 'code', scopes: ['openid', 'email'], state: 'st', challenge }) });
    hops.push(step.hop);
    const loginUrl = locationOf(step.hop.response)!;
    expect(new URL(loginUrl).pathname).toBe('/login');
    step = await browse(handle, step.jar, { method: 'GET', url: loginUrl });
    hops.push(step.hop);
    const page = readHostedPage(step.hop.response!.body);
    expect(page.title).toBe('Sign in');
    expect(page.login?.action).toBe(loginUrl);
    expect(page.providers.map((p) => p.name)).toEqual(['Google']);
    step = await browse(handle, step.jar, { method: 'POST', url: page.login!.action, body: new URLSearchParams({ username: 'alice', password: PASSWORD }).toString() });
    hops.push(step.hop);
    jar = step.jar;
    const back = locationOf(step.hop.response)!;
    const parsed = parseUrl(back);
    expect(`${parsed.origin}${parsed.path}`).toBe(CALLBACK_URL);
    expect(Object.fromEntries(parsed.query).state).toBe('st');
    return { hops, code: Object.fromEntries(parsed.query).code, jar };
  }

  it('follows authorize → login → callback, keeps the session cookie, and redeems the code with the right verifier only', async () => {
    const verifier = newCodeVerifier();
    const { hops, code, jar } = await signIn(await s256(verifier));
    expect(cookieHeader(jar, setup.base)).toMatch(/^cognito=/);
    const wrong = await handle({ method: 'POST', url: `${setup.base}/oauth2/token`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: tokenForm({ clientId: setup.clientId, code, verifier: wrongVerifier(verifier) }) });
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body)).toMatchObject({ error: 'invalid_grant' });

    const again = await signIn(await s256(verifier));
    const ok = await handle({ method: 'POST', url: `${setup.base}/oauth2/token`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: tokenForm({ clientId: setup.clientId, code: again.code, verifier }) });
    expect(ok.status).toBe(200);
    const tokens = JSON.parse(ok.body) as Record<string, string>;
    expect(decodeJwt(tokens.id_token)['cognito:username']).toBe('alice');

    const lines = traceLines(hops);
    expect(lines[0]).toMatchObject({ from: 'browser', to: 'cognito', dashed: false });
    expect(lines[1].text).toBe('302 redirect to /login');
    expect(lines.at(-1)!.text).toBe('302 redirect to /callback, sets cookie');
    const text = traceDiagram(hops);
    expect(text.split('\n')[0]).toBe('sequenceDiagram');
    expect(text).toContain('participant cognito as Cognito hosted UI');
    expect(text).not.toContain('participant idp');
  });

  it('signs in through the simulated Google page and the implicit grant puts tokens in the fragment', async () => {
    const hops: Hop[] = [];
    let step = await browse(handle, {}, { method: 'GET', url: authorizeUrl(setup.base, { clientId: setup.clientId, responseType: 'token', scopes: ['openid', 'email', 'profile'], state: 's2', nonce: 'n2', provider: 'Google' }) });
    hops.push(step.hop);
    const idpUrl = locationOf(step.hop.response)!;
    step = await browse(handle, step.jar, { method: 'GET', url: idpUrl });
    hops.push(step.hop);
    expect(step.hop.to).toBe('idp');
    const page = readHostedPage(step.hop.response!.body);
    expect(page.title).toBe('Google');
    expect(page.idpUsers.map((u) => u.label)).toContain('Maria Garcia');
    const maria = page.idpUsers.find((u) => u.label === 'Maria Garcia')!;
    expect(JSON.parse(maria.claims)).toMatchObject({ email: 'maria.garcia@example.com' });
    step = await browse(handle, step.jar, { method: 'POST', url: maria.action, body: `user=${maria.id}` });
    hops.push(step.hop);
    const idpResponse = locationOf(step.hop.response)!;
    expect(new URL(idpResponse).pathname).toBe('/oauth2/idpresponse');
    step = await browse(handle, step.jar, { method: 'GET', url: idpResponse });
    hops.push(step.hop);
    const back = parseUrl(locationOf(step.hop.response)!);
    expect(back.query).toEqual([]);
    const fragment = Object.fromEntries(back.fragment);
    expect(fragment.state).toBe('s2');
    expect(fragment.refresh_token).toBeUndefined();
    expect(decodeJwt(fragment.id_token)).toMatchObject({ nonce: 'n2', email: 'maria.garcia@example.com' });
    expect(traceDiagram(hops)).toContain('participant idp as Identity provider');
    expect(traceLines(hops).at(-1)!.text).toContain('#tokens');
  });

  it('reads the error message of a failed sign-in', async () => {
    const start = await browse(handle, {}, { method: 'GET', url: authorizeUrl(setup.base, { clientId: setup.clientId, responseType: 'code', scopes: ['openid'] }) });
    const loginUrl = locationOf(start.hop.response)!;
    const bad = await browse(handle, start.jar, { method: 'POST', url: loginUrl, body: 'username=alice&password=nope' });
    const page = readHostedPage(bad.hop.response!.body);
    expect(page.error).toBe('Incorrect username or password.');
    expect(page.login?.username).toBe('alice');
  });
  it('reads the sign-up link and the labelled sign-up form, posts it as a browser would and reads the notice', async () => {
    const start = await browse(handle, {}, { method: 'GET', url: authorizeUrl(setup.base, { clientId: setup.clientId, responseType: 'code', scopes: ['openid'], state: 'su' }) });
    const login = await browse(handle, start.jar, { method: 'GET', url: locationOf(start.hop.response)! });
    const links = readHostedPage(login.hop.response!.body).links;
    expect(links.map((l) => l.text)).toEqual(['Forgot your password?', 'Sign up']);
    const signUp = await browse(handle, login.jar, { method: 'GET', url: links[1].href });
    const page = readHostedPage(signUp.hop.response!.body);
    expect(page.title).toBe('Sign up');
    expect(page.login).toBeUndefined();
    const form = page.forms[0];
    expect(form.fields.map((f) => [f.name, f.label, f.type])).toEqual([
      ['username', 'Username', 'text'],
      ['password', 'Password', 'password'],
    ]);
    expect(form.submits).toEqual([{ label: 'Sign up', name: undefined, value: undefined }]);
    const posted = await browse(handle, signUp.jar, { method: 'POST', url: form.action, body: formBody(form, { username: 'zoe', password: PASSWORD }, form.submits[0]) });
    // This pool verifies nothing automatically: no code is sent, the sign-in page says so.
    const after = readHostedPage(posted.hop.response!.body);
    expect(after.title).toBe('Sign in');
    expect(after.notice).toMatch(/^Your account was created\. No confirmation code is sent/);
    expect(sim.state.userPools[poolId].users.zoe.status).toBe('UNCONFIRMED');
  });

  it('sends the hidden challenge session and the pressed button with a form', () => {
    const body = formBody({ action: 'x', fields: [{ name: 'code', label: 'Code', type: 'text', value: '', required: true }], hidden: { session: 's1' }, submits: [{ label: 'Email', name: 'answer', value: 'EMAIL_OTP' }] }, { code: '123' }, { label: 'Email', name: 'answer', value: 'EMAIL_OTP' });
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({ session: 's1', code: '123', answer: 'EMAIL_OTP' });
  });
});

describe('sessionTokensFrom', () => {
  const idToken = (claims: Record<string, unknown>) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

  it('names the tokens after cognito:username and keeps the response fields', () => {
    const tokens = sessionTokensFrom({ id_token: idToken({ sub: 'abc', 'cognito:username': 'kim' }), access_token: 'at', refresh_token: 'rt', expires_in: '300', token_type: 'Bearer' }, 42);
    expect(tokens).toEqual({ username: 'kim', idToken: expect.any(String), accessToken: 'at', refreshToken: 'rt', expiresIn: 300, tokenType: 'Bearer', receivedAt: 42 });
  });

  it('falls back to sub and to the default access-token lifetime from the facts module', () => {
    const tokens = sessionTokensFrom({ id_token: idToken({ sub: 'abc' }), access_token: 'at' }, 0);
    expect(tokens?.username).toBe('abc');
    expect(tokens?.expiresIn).toBe(LIFETIMES.accessToken.value.default * 60);
  });

  it('gives nothing without both an ID and an access token', () => {
    expect(sessionTokensFrom({ access_token: 'at' }, 0)).toBeUndefined();
  });
});
