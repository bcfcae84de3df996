/**
 * What the trigger, OAuth and identity pool presets promise, checked on the
 * real engine after a replay (used by presets.test.ts). Each check drives the
 * engine's own operations: sign-ups, CUSTOM_AUTH, the OAuth endpoints,
 * GetId / GetCredentialsForIdentity.
 */
import { expect } from 'vitest';
import { decodeJwt } from 'jose';
import type { Simulator } from '@/simulator';
import type { UserPool } from '@/simulator/core/model';
import { checkTemporaryCredentials } from '@/simulator/identity/credentials';
import { s256Challenge } from '@/simulator/oauth/token';
import { PRESET_PASSWORD } from './builders';
import { ADDED_CLAIM, AUTO_CONFIRM_DOMAIN, CODE_LOG_PREFIX, SUPPRESSED_CLAIM, TRIGGER_FUNCTIONS } from './handlers';
import { IDENTITY_ROLES } from './identityPresets';
import { HOSTED_CALLBACK_URL, ORDERS_API } from './oauthPresets';
import { domainPrefixOf, type ReplayResult } from './replay';

/** A replayed preset: the engine and where the replay ended. */
export interface LoadedPreset {
  sim: Simulator;
  result: ReplayResult;
  pool: UserPool;
}

type Auth = { ChallengeName?: string; Session?: string; AuthenticationResult?: { IdToken?: string; AccessToken?: string } };

const IDENTITY = 'AWSCognitoIdentityService';

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected the call to fail');
}

/** The managed login pages' base URL for the preset's pool. */
const hostedBase = (l: LoadedPreset) => `https://${domainPrefixOf(l.result.poolId!)}.auth.${l.sim.region}.amazoncognito.com`;

const passwordSignIn = async (l: LoadedPreset, username: string) =>
  (await l.sim.call<Auth>('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: l.result.clientId, AuthParameters: { USERNAME: username, PASSWORD: PRESET_PASSWORD } })).AuthenticationResult!;

/** GetId then GetCredentialsForIdentity (with `logins`, or as a guest); the role the credentials are for. */
async function credentialsRole(l: LoadedPreset, logins?: Record<string, string>): Promise<string> {
  const IdentityPoolId = l.result.identityPoolId;
  const { IdentityId } = await l.sim.call<{ IdentityId: string }>(`${IDENTITY}.GetId`, { IdentityPoolId, Logins: logins });
  expect(IdentityId).toMatch(new RegExp(`^${l.sim.region}:[0-9a-f-]{36}$`));
  const { Credentials } = await l.sim.call<{ Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string } }>(`${IDENTITY}.GetCredentialsForIdentity`, { IdentityId, Logins: logins });
  const check = await checkTemporaryCredentials(l.sim, Credentials);
  if (!check.ok) throw new Error(`credentials refused: ${check.message}`);
  return check.session.roleArn;
}

export const NEW_PRESET_CHECKS: Record<string, (l: LoadedPreset) => Promise<void>> = {
  'pre-signup-auto-confirm': async (l) => {
    const signUp = (username: string, email: string) =>
      l.sim.call<{ UserConfirmed: boolean; CodeDeliveryDetails?: unknown }>('SignUp', { ClientId: l.result.clientId, Username: username, Password: PRESET_PASSWORD, UserAttributes: [{ Name: 'email', Value: email }] });
    const before = l.sim.outbox.length;
    const out = await signUp('uma', `uma@${AUTO_CONFIRM_DOMAIN}`);
    expect(out.UserConfirmed).toBe(true);
    expect(out.CodeDeliveryDetails).toBeUndefined();
    expect(l.sim.state.userPools[l.result.poolId!].users.uma).toMatchObject({ status: 'CONFIRMED', attributes: { email_verified: 'true' } });
    expect(l.sim.outbox).toHaveLength(before); // no confirmation code was sent
    expect(await failure(signUp('vic', 'vic@elsewhere.test'))).toEqual({ name: 'UserLambdaValidationException', message: `PreSignUp failed with error Sign-up is open to @${AUTO_CONFIRM_DOMAIN} addresses only.` });
    expect(l.sim.state.userPools[l.result.poolId!].users.vic).toBeUndefined();
  },
  'pre-token-claims': async (l) => {
    expect(l.result.signIn?.username).toBe('quinn');
    const claims = decodeJwt(l.result.signIn!.result.IdToken!);
    expect(claims[ADDED_CLAIM.name]).toBe(ADDED_CLAIM.value);
    expect(claims).not.toHaveProperty(SUPPRESSED_CLAIM);
    expect(claims.email).toBe('quinn@example.com');
    // And again on a fresh sign-in: the trigger runs every time.
    expect(decodeJwt((await passwordSignIn(l, 'quinn')).IdToken!)[ADDED_CLAIM.name]).toBe(ADDED_CLAIM.value);
  },
  'custom-auth-challenge': async (l) => {
    const start = await l.sim.call<Auth>('InitiateAuth', { AuthFlow: 'CUSTOM_AUTH', ClientId: l.result.clientId, AuthParameters: { USERNAME: 'rosa' } });
    expect(start.ChallengeName).toBe('CUSTOM_CHALLENGE');
    const logged = l.sim.lambdaLogs(TRIGGER_FUNCTIONS.CreateAuthChallenge).map((line) => new RegExp(`${CODE_LOG_PREFIX} rosa: (\\d{6})`).exec(line.message)?.[1]);
    const code = logged.filter(Boolean).pop();
    expect(code).toMatch(/^\d{6}$/);
    const answer = (session: string, value: string) =>
      l.sim.call<Auth>('RespondToAuthChallenge', { ClientId: l.result.clientId, ChallengeName: 'CUSTOM_CHALLENGE', Session: session, ChallengeResponses: { USERNAME: 'rosa', ANSWER: value } });
    const wrong = await answer(start.Session!, code === '123456' ? '654321' : '123456');
    expect(wrong.ChallengeName).toBe('CUSTOM_CHALLENGE'); // a second try, with the same code
    const right = await answer(wrong.Session!, code!);
    expect(right.AuthenticationResult?.AccessToken).toBeTruthy();
    expect(decodeJwt(right.AuthenticationResult!.IdToken!)['cognito:username']).toBe('rosa');
  },
  'hosted-ui-code-flow': async (l) => {
    const base = hostedBase(l);
    const verifier = 'a-pkce-code-verifier-of-at-least-forty-three-characters-0123456789';
    const query = new URLSearchParams({ response_type: 'code', client_id: l.result.clientId!, redirect_uri: HOSTED_CALLBACK_URL, scope: 'openid email', state: 'xyz', code_challenge: await s256Challenge(verifier), code_challenge_method: 'S256' });
    const authorize = await l.sim.oauth.handle({ method: 'GET', url: `${base}/oauth2/authorize?${query}`, headers: {} });
    expect(authorize.status).toBe(302);
    const loginUrl = new URL(authorize.headers.Location, base);
    expect(loginUrl.pathname).toBe('/login');
    const page = await l.sim.oauth.handle({ method: 'GET', url: loginUrl.toString(), headers: {} });
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<form/i);
    expect(page.body).toMatch(/name="password"/);
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const back = await l.sim.oauth.handle({ method: 'POST', url: loginUrl.toString(), headers: form, body: new URLSearchParams({ username: 'sam', password: PRESET_PASSWORD }).toString() });
    expect(back.status).toBe(302);
    const callback = new URL(back.headers.Location);
    expect(`${callback.origin}${callback.pathname}`).toBe(HOSTED_CALLBACK_URL);
    expect(callback.searchParams.get('state')).toBe('xyz');
    const body = new URLSearchParams({ grant_type: 'authorization_code', client_id: l.result.clientId!, code: callback.searchParams.get('code')!, redirect_uri: HOSTED_CALLBACK_URL, code_verifier: verifier });
    const token = await l.sim.oauth.handle({ method: 'POST', url: `${base}/oauth2/token`, headers: form, body: body.toString() });
    expect(token.status).toBe(200);
    expect(decodeJwt((JSON.parse(token.body) as { id_token: string }).id_token)['cognito:username']).toBe('sam');
  },
  'client-credentials': async (l) => {
    expect(l.result.clientSecret).toBeTruthy();
    const basic = `Basic ${btoa(`${l.result.clientId}:${l.result.clientSecret}`)}`;
    const token = await l.sim.oauth.handle({
      method: 'POST',
      url: `${hostedBase(l)}/oauth2/token`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: basic },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: ORDERS_API.read }).toString(),
    });
    expect(token.status).toBe(200);
    const json = JSON.parse(token.body) as { access_token: string; token_type: string; id_token?: string; refresh_token?: string };
    expect(json.token_type).toBe('Bearer');
    expect(json.id_token).toBeUndefined();
    expect(json.refresh_token).toBeUndefined();
    const claims = decodeJwt(json.access_token);
    expect(claims).toMatchObject({ token_use: 'access', client_id: l.result.clientId, sub: l.result.clientId, scope: ORDERS_API.read });
    expect(claims).not.toHaveProperty('username');
  },
  'identity-pool-guest': async (l) => {
    expect(l.result.identityPoolId).toMatch(new RegExp(`^${l.sim.region}:[0-9a-f-]{36}$`));
    expect(await credentialsRole(l)).toBe(IDENTITY_ROLES.guest);
    // The role's trust policy names this identity pool.
    expect(JSON.stringify(l.sim.aws.iam.getRole(IDENTITY_ROLES.guest)?.trustPolicy)).toContain(l.result.identityPoolId!);
    const provider = `cognito-idp.${l.sim.region}.amazonaws.com/${l.result.poolId}`;
    expect(await credentialsRole(l, { [provider]: (await passwordSignIn(l, 'tess')).IdToken! })).toBe(IDENTITY_ROLES.signedIn);
  },
  'identity-pool-rules': async (l) => {
    const provider = `cognito-idp.${l.sim.region}.amazonaws.com/${l.result.poolId}`;
    const roleOf = async (username: string) => credentialsRole(l, { [provider]: (await passwordSignIn(l, username)).IdToken! });
    expect(await roleOf('nora')).toBe(IDENTITY_ROLES.admins);
    expect(await roleOf('omar')).toBe(IDENTITY_ROLES.readers);
    expect(await roleOf('pete')).toBe(IDENTITY_ROLES.signedIn);
    // Guests are not allowed in this pool.
    expect((await failure(l.sim.call(`${IDENTITY}.GetId`, { IdentityPoolId: l.result.identityPoolId }))).name).toBe('NotAuthorizedException');
  },
};
