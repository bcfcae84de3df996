/**
 * amazon-cognito-identity-js, unmodified, signing in against the engine: its
 * global `fetch` is routed to an in-process simulator. The library writes its
 * SRP TIMESTAMP from the wall clock, so the simulated clock starts at
 * Date.now() and is moved up to the wall clock before each request.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { createSimulator, seededRandom, SimulatedClock, type Simulator } from '../index';
import { totpCode } from '../users/totp';
import { simulatorFetch } from '../../test/support/fetch';
import { createConfirmedUser, createPoolAndClient } from '../../test/support/flows';

const PASSWORD = 'Corr3ct-Horse!';
const ENDPOINT = 'https://cognito-idp.example.test/';

type Outcome = { kind: string; args: unknown[] };

/** Callbacks that settle a promise with whichever one the library calls. */
function outcome(names: string[]): { callbacks: Record<string, (...args: unknown[]) => void>; result: Promise<Outcome> } {
  let settle!: (o: Outcome) => void;
  const result = new Promise<Outcome>((r) => (settle = r));
  const callbacks: Record<string, (...args: unknown[]) => void> = {};
  for (const kind of names) callbacks[kind] = (...args: unknown[]) => settle({ kind, args });
  return { callbacks, result };
}

const AUTH_CALLBACKS = ['onSuccess', 'onFailure', 'newPasswordRequired', 'mfaRequired', 'totpRequired', 'selectMFAType', 'mfaSetup', 'customChallenge'];

describe('amazon-cognito-identity-js against the engine', () => {
  let sim: Simulator;
  let clock: SimulatedClock;

  beforeAll(() => {
    clock = new SimulatedClock(Date.now());
    sim = createSimulator({ clock, random: seededRandom('identity-js') });
    vi.stubGlobal('fetch', simulatorFetch(sim, { beforeRequest: () => clock.set(Math.max(clock.now(), Date.now())) }));
  });
  afterAll(() => vi.unstubAllGlobals());

  async function libraryPool(poolInput: Record<string, unknown> = {}) {
    const made = await createPoolAndClient(sim, { pool: poolInput });
    return { ...made, pool: new CognitoUserPool({ UserPoolId: made.poolId, ClientId: made.clientId, endpoint: ENDPOINT }) };
  }

  function authenticate(pool: CognitoUserPool, username: string, password: string, flow?: 'USER_PASSWORD_AUTH') {
    const user = new CognitoUser({ Username: username, Pool: pool });
    if (flow) user.setAuthenticationFlowType(flow);
    const { callbacks, result } = outcome(AUTH_CALLBACKS);
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks as never);
    return { user, result };
  }

  describe('USER_SRP_AUTH', () => {
    let made: Awaited<ReturnType<typeof libraryPool>>;
    beforeAll(async () => {
      made = await libraryPool();
      await createConfirmedUser(sim, made.poolId, 'alice', PASSWORD, { email: 'alice@example.com' });
    });

    it('signs in and gets tokens that aws-jwt-verify accepts', async () => {
      const { result } = authenticate(made.pool, 'alice', PASSWORD);
      const r = await result;
      expect(r.kind).toBe('onSuccess');
      const session = r.args[0] as CognitoUserSession;
      expect(session.isValid()).toBe(true);
      const idVerifier = CognitoJwtVerifier.create({ userPoolId: made.poolId, tokenUse: 'id', clientId: made.clientId });
      idVerifier.cacheJwks(sim.jwks(made.poolId));
      const claims = await idVerifier.verify(session.getIdToken().getJwtToken());
      expect(claims['cognito:username']).toBe('alice');
      expect(claims.email).toBe('alice@example.com');
      const accessVerifier = CognitoJwtVerifier.create({ userPoolId: made.poolId, tokenUse: 'access', clientId: made.clientId });
      accessVerifier.cacheJwks(sim.jwks(made.poolId));
      expect((await accessVerifier.verify(session.getAccessToken().getJwtToken())).username).toBe('alice');
    });

    it('refuses a wrong password with NotAuthorizedException', async () => {
      const r = await authenticate(made.pool, 'alice', 'Wr0ng-Horse!').result;
      expect(r.kind).toBe('onFailure');
      expect((r.args[0] as Error).name).toBe('NotAuthorizedException');
      expect((r.args[0] as Error).message).toBe('Incorrect username or password.');
    });

    it('refreshes the session with the refresh token', async () => {
      const first = await authenticate(made.pool, 'alice', PASSWORD).result;
      const session = first.args[0] as CognitoUserSession;
      const user = new CognitoUser({ Username: 'alice', Pool: made.pool });
      const refreshed = await new Promise<CognitoUserSession>((resolve, reject) =>
        user.refreshSession(session.getRefreshToken(), (err: unknown, s: CognitoUserSession) => (err ? reject(err) : resolve(s))),
      );
      expect(refreshed.getIdToken().payload.origin_jti).toBe(session.getIdToken().payload.origin_jti);
      expect(refreshed.getAccessToken().payload.jti).not.toBe(session.getAccessToken().payload.jti);
    });
  });

  it('signs in with USER_PASSWORD_AUTH', async () => {
    const made = await libraryPool();
    await createConfirmedUser(sim, made.poolId, 'paula', PASSWORD);
    const r = await authenticate(made.pool, 'paula', PASSWORD, 'USER_PASSWORD_AUTH').result;
    expect(r.kind).toBe('onSuccess');
    expect((r.args[0] as CognitoUserSession).getAccessToken().payload.username).toBe('paula');
  });

  it('takes a FORCE_CHANGE_PASSWORD user through newPasswordRequired', async () => {
    const made = await libraryPool();
    await sim.call('AdminCreateUser', {
      UserPoolId: made.poolId,
      Username: 'newbie',
      TemporaryPassword: 'Temp0rary-Pass!',
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: 'newbie@example.com' }],
    });
    const { user, result } = authenticate(made.pool, 'newbie', 'Temp0rary-Pass!');
    const first = await result;
    expect(first.kind).toBe('newPasswordRequired');
    expect(first.args[0]).toMatchObject({ email: 'newbie@example.com' });
    expect(first.args[1]).toEqual([]);

    const done = outcome(AUTH_CALLBACKS);
    user.completeNewPasswordChallenge('Brand-New-Pass1!', {}, done.callbacks as never);
    expect((await done.result).kind).toBe('onSuccess');
    const after = await sim.call<{ UserStatus: string }>('AdminGetUser', { UserPoolId: made.poolId, Username: 'newbie' });
    expect(after.UserStatus).toBe('CONFIRMED');
    expect((await authenticate(made.pool, 'newbie', 'Brand-New-Pass1!').result).kind).toBe('onSuccess');
  });

  describe('authenticator apps', () => {
    let made: Awaited<ReturnType<typeof libraryPool>>;
    beforeAll(async () => {
      made = await libraryPool();
      await sim.call('SetUserPoolMfaConfig', { UserPoolId: made.poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
    });

    it('answers totpRequired with sendMFACode(code, cb, "SOFTWARE_TOKEN_MFA")', async () => {
      await createConfirmedUser(sim, made.poolId, 'tina', PASSWORD);
      // Set up the app while signed in: associateSoftwareToken / verifySoftwareToken with the access token.
      const { user, result } = authenticate(made.pool, 'tina', PASSWORD);
      expect((await result).kind).toBe('onSuccess');
      const secret = await new Promise<string>((resolve, reject) => user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }));
      const verified = outcome(['onSuccess', 'onFailure']);
      user.verifySoftwareToken(totpCode(secret, clock.now()), 'phone', verified.callbacks as never);
      expect((await verified.result).kind).toBe('onSuccess');

      clock.advance(60_000); // a fresh code: the one just used is refused for its whole window
      const again = authenticate(made.pool, 'tina', PASSWORD);
      const challenge = await again.result;
      expect(challenge.kind).toBe('totpRequired');
      expect(challenge.args[0]).toBe('SOFTWARE_TOKEN_MFA');
      const wrong = outcome(AUTH_CALLBACKS);
      again.user.sendMFACode('000000', wrong.callbacks as never, 'SOFTWARE_TOKEN_MFA');
      const refused = await wrong.result;
      expect(refused.kind).toBe('onFailure');
      expect((refused.args[0] as Error).name).toBe('CodeMismatchException');
      const right = outcome(AUTH_CALLBACKS);
      again.user.sendMFACode(totpCode(secret, clock.now()), right.callbacks as never, 'SOFTWARE_TOKEN_MFA');
      expect((await right.result).kind).toBe('onSuccess');
    });
  });

  it('sets up an authenticator app when the pool requires MFA (mfaSetup)', async () => {
    const made = await libraryPool();
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: made.poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } });
    await createConfirmedUser(sim, made.poolId, 'sam', PASSWORD);
    const { user, result } = authenticate(made.pool, 'sam', PASSWORD);
    const first = await result;
    expect(first.kind).toBe('mfaSetup');
    expect(first.args[0]).toBe('MFA_SETUP');
    expect(JSON.parse((first.args[1] as Record<string, string>).MFAS_CAN_SETUP)).toEqual(['SOFTWARE_TOKEN_MFA']);

    const secret = await new Promise<string>((resolve, reject) => user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }));
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    const done = outcome(['onSuccess', 'onFailure']);
    user.verifySoftwareToken(totpCode(secret, clock.now()), 'phone', done.callbacks as never);
    const finished = await done.result;
    expect(finished.kind).toBe('onSuccess');
    expect((finished.args[0] as CognitoUserSession).getAccessToken().payload.username).toBe('sam');

    clock.advance(60_000);
    const next = await authenticate(made.pool, 'sam', PASSWORD).result;
    expect(next.kind).toBe('totpRequired');
  });
});
