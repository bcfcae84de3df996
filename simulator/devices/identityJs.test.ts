/**
 * Remembered devices with amazon-cognito-identity-js, unmodified, against the
 * engine (its global `fetch` routed in-process, as in auth/identityJs.test.ts):
 * on a pool that requires MFA and always remembers devices, the first sign-in
 * answers the authenticator code and the library confirms the device it gets
 * in NewDeviceMetadata (ConfirmDevice with its own SRP verifier); the next
 * sign-in from that device skips MFA through DEVICE_SRP_AUTH and
 * DEVICE_PASSWORD_VERIFIER. A forgotten device is asked for MFA again.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { createSimulator, seededRandom, SimulatedClock, type Simulator } from '../index';
import { totpCode } from '../users/totp';
import { functionArn } from '../triggers/functions';
import { simulatorFetch } from '../../test/support/fetch';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';
import type { LambdaRuntime } from '../triggers/runtime';

const PASSWORD = 'Corr3ct-Horse!';
const ENDPOINT = 'https://cognito-idp.example.test/';
const AUTH_CALLBACKS = ['onSuccess', 'onFailure', 'newPasswordRequired', 'mfaRequired', 'totpRequired', 'selectMFAType', 'mfaSetup', 'customChallenge'];

type Outcome = { kind: string; args: unknown[] };

function outcome(names: string[]): { callbacks: Record<string, (...args: unknown[]) => void>; result: Promise<Outcome> } {
  let settle!: (o: Outcome) => void;
  const result = new Promise<Outcome>((r) => (settle = r));
  const callbacks: Record<string, (...args: unknown[]) => void> = {};
  for (const kind of names) callbacks[kind] = (...args: unknown[]) => settle({ kind, args });
  return { callbacks, result };
}

/**
 * A pre token generation "runtime" that records each event's triggerSource
 * and returns the event unchanged (no learner code needed for this proof).
 */
function recordingRuntime(sources: string[]): LambdaRuntime {
  return {
    invoke: async (_fn, event) => {
      sources.push((event as { triggerSource: string }).triggerSource);
      return { status: 'ok', result: event, logs: [], durationMs: 1 };
    },
  };
}

describe('remembered devices with amazon-cognito-identity-js', () => {
  let sim: Simulator;
  let clock: SimulatedClock;
  let pool: CognitoUserPool;
  let poolId: string;
  let clientId: string;
  let secret: string;
  const sources: string[] = [];
  const calls: string[] = [];

  beforeAll(async () => {
    clock = new SimulatedClock(Date.now());
    sim = createSimulator({ clock, random: seededRandom('devices-identity-js'), lambdaRuntime: recordingRuntime(sources) });
    const inner = simulatorFetch(sim, { beforeRequest: () => clock.set(Math.max(clock.now(), Date.now())) });
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const target = new Headers(init?.headers).get('x-amz-target') ?? '';
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { ChallengeName?: string }) : {};
      calls.push(`${target.split('.').pop()}${body.ChallengeName ? ` ${body.ChallengeName}` : ''}`);
      return inner(input, init);
    });

    const made = await createPoolAndClient(sim, {
      pool: {
        DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
        LambdaConfig: { PreTokenGeneration: functionArn(sim.region, 'pre-token') },
      },
    });
    poolId = made.poolId;
    clientId = made.clientId;
    await sim.putLambdaFunction({ name: 'pre-token', code: 'export const handler = async (e) => e;' });
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
    await createConfirmedUser(sim, poolId, 'dora', PASSWORD);

    // An authenticator app for dora, set up through the API (this sign-in's device is never confirmed).
    const tokens = await passwordSignIn(sim, clientId, 'dora', PASSWORD);
    const { SecretCode } = await sim.call<{ SecretCode: string }>('AssociateSoftwareToken', { AccessToken: tokens.AccessToken });
    secret = SecretCode;
    await sim.call('VerifySoftwareToken', { AccessToken: tokens.AccessToken, UserCode: totpCode(secret, clock.now()) });
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } });
    pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: ENDPOINT });
  });
  afterAll(() => vi.unstubAllGlobals());

  function authenticate() {
    const user = new CognitoUser({ Username: 'dora', Pool: pool });
    const { callbacks, result } = outcome(AUTH_CALLBACKS);
    user.authenticateUser(new AuthenticationDetails({ Username: 'dora', Password: PASSWORD }), callbacks as never);
    return { user, result };
  }

  const devices = () => sim.call<{ Devices: Array<{ DeviceKey: string; DeviceAttributes: Array<{ Name: string; Value: string }> }> }>('AdminListDevices', { UserPoolId: poolId, Username: 'dora' });

  it('first sign-in: MFA, then the library confirms the new device and Cognito remembers it', async () => {
    clock.advance(60_000); // a fresh TOTP window after the code used in setup
    calls.length = 0;
    const first = authenticate();
    const challenge = await first.result;
    expect(challenge.kind).toBe('totpRequired');
    const done = outcome(AUTH_CALLBACKS);
    first.user.sendMFACode(totpCode(secret, clock.now()), done.callbacks as never, 'SOFTWARE_TOKEN_MFA');
    const signedIn = await done.result;
    expect(signedIn.kind).toBe('onSuccess');
    // UserConfirmationNecessary was false: the library reports no second argument.
    expect(signedIn.args[1]).toBeUndefined();
    expect(calls).toEqual(['InitiateAuth', 'RespondToAuthChallenge PASSWORD_VERIFIER', 'RespondToAuthChallenge SOFTWARE_TOKEN_MFA', 'ConfirmDevice']);

    const session = signedIn.args[0] as CognitoUserSession;
    const deviceKey = session.getAccessToken().payload.device_key as string;
    expect(deviceKey).toMatch(new RegExp(`^${sim.region}_[0-9a-f-]{36}$`));
    const { Devices } = await devices();
    expect(Devices.map((d) => d.DeviceKey)).toEqual([deviceKey]);
    expect(Devices[0].DeviceAttributes).toContainEqual({ Name: 'dev:device_remembered_status', Value: 'remembered' });
    expect(sources).toEqual(['TokenGeneration_Authentication', 'TokenGeneration_Authentication']);
  });

  it('second sign-in from the same device: no MFA, device SRP instead; the tokens name the device', async () => {
    clock.advance(60_000);
    calls.length = 0;
    sources.length = 0;
    const before = (await devices()).Devices[0];
    const { DeviceLastAuthenticatedDate: lastBefore } = (await sim.call<{ Device: { DeviceLastAuthenticatedDate: number } }>('AdminGetDevice', { UserPoolId: poolId, Username: 'dora', DeviceKey: before.DeviceKey })).Device;
    const again = await authenticate().result;
    expect(again.kind).toBe('onSuccess');
    expect(calls).toEqual([
      'InitiateAuth',
      'RespondToAuthChallenge PASSWORD_VERIFIER',
      'RespondToAuthChallenge DEVICE_SRP_AUTH',
      'RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER',
    ]);
    const session = again.args[0] as CognitoUserSession;
    expect(session.getAccessToken().payload.device_key).toBe(before.DeviceKey);
    expect(sources).toEqual(['TokenGeneration_AuthenticateDevice']);
    const { Device } = await sim.call<{ Device: { DeviceLastAuthenticatedDate: number } }>('AdminGetDevice', { UserPoolId: poolId, Username: 'dora', DeviceKey: before.DeviceKey });
    expect(Device.DeviceLastAuthenticatedDate).toBeGreaterThan(lastBefore);
    // No new device: the library did not get NewDeviceMetadata this time.
    expect((await devices()).Devices).toHaveLength(1);
  });

  it('refreshSession from the device works: the library sends its DEVICE_KEY with the refresh token', async () => {
    clock.advance(60_000);
    const signedIn = await authenticate().result;
    const session = signedIn.args[0] as CognitoUserSession;
    const user = new CognitoUser({ Username: 'dora', Pool: pool });
    const refreshed = await new Promise<CognitoUserSession>((resolve, reject) =>
      user.refreshSession(session.getRefreshToken(), (err: unknown, s: CognitoUserSession) => (err ? reject(err) : resolve(s))),
    );
    expect(refreshed.getAccessToken().payload.device_key).toBe(session.getAccessToken().payload.device_key);
    expect(refreshed.getAccessToken().payload.origin_jti).toBe(session.getAccessToken().payload.origin_jti);
  });

  it('a device the user stops remembering is asked for MFA again', async () => {
    const key = (await devices()).Devices[0].DeviceKey;
    await sim.call('AdminUpdateDeviceStatus', { UserPoolId: poolId, Username: 'dora', DeviceKey: key, DeviceRememberedStatus: 'not_remembered' });
    clock.advance(60_000);
    const next = authenticate();
    expect((await next.result).kind).toBe('totpRequired');
    const done = outcome(AUTH_CALLBACKS);
    next.user.sendMFACode(totpCode(secret, clock.now()), done.callbacks as never, 'SOFTWARE_TOKEN_MFA');
    const signedIn = await done.result;
    expect(signedIn.kind).toBe('onSuccess');
    // Still the same tracked device (its key went with the answers).
    expect((signedIn.args[0] as CognitoUserSession).getAccessToken().payload.device_key).toBe(key);
    await sim.call('AdminUpdateDeviceStatus', { UserPoolId: poolId, Username: 'dora', DeviceKey: key, DeviceRememberedStatus: 'remembered' });
  });

  it('a device forgotten on the server: the library drops its stale key, and MFA is asked again', async () => {
    const key = (await devices()).Devices[0].DeviceKey;
    await sim.call('AdminForgetDevice', { UserPoolId: poolId, Username: 'dora', DeviceKey: key });
    clock.advance(60_000);
    calls.length = 0;
    const next = authenticate();
    expect((await next.result).kind).toBe('totpRequired');
    // ResourceNotFoundException "Device does not exist." made the library answer again without DEVICE_KEY.
    expect(calls).toEqual(['InitiateAuth', 'RespondToAuthChallenge PASSWORD_VERIFIER', 'RespondToAuthChallenge PASSWORD_VERIFIER']);
    const done = outcome(AUTH_CALLBACKS);
    next.user.sendMFACode(totpCode(secret, clock.now()), done.callbacks as never, 'SOFTWARE_TOKEN_MFA');
    const signedIn = await done.result;
    expect(signedIn.kind).toBe('onSuccess');
    const fresh = (signedIn.args[0] as CognitoUserSession).getAccessToken().payload.device_key;
    expect(fresh).not.toBe(key);
    expect((await devices()).Devices.map((d) => d.DeviceKey)).toEqual([fresh]);
  });
});
