/**
 * The device operations through the real AWS SDK v3: NewDeviceMetadata on a
 * pool with DeviceConfiguration (and not without), ConfirmDevice with
 * DeviceOnlyRememberedOnUserPrompt, Get/List/UpdateDeviceStatus/ForgetDevice
 * and their Admin versions, their validation and exceptions, a failed call
 * changing nothing, device times on the simulated clock, and devices
 * travelling in snapshots.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminForgetDeviceCommand,
  AdminGetDeviceCommand,
  AdminListDevicesCommand,
  AdminUpdateDeviceStatusCommand,
  ConfirmDeviceCommand,
  ForgetDeviceCommand,
  GetDeviceCommand,
  InitiateAuthCommand,
  ListDevicesCommand,
  RespondToAuthChallengeCommand,
  UpdateDeviceStatusCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { createConfirmedUser, createPoolAndClient } from '../../test/support/flows';
import { srpClient } from '../../test/support/srpClient';
import { formatSrpTimestamp } from '../crypto/srp';

const PASSWORD = 'Passw0rd!x';
const VERIFIER = { PasswordVerifier: 'q83vEjRWeJA=', Salt: 'AAECAw==' };

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected the call to fail');
}

let sim: Simulator;
let clock: SimulatedClock;
let idp: CognitoIdentityProviderClient;

beforeAll(() => {
  clock = new SimulatedClock();
  sim = createSimulator({ clock, random: seededRandom('devices-sdk') });
  idp = sdkClient(sim);
});

/** A pool (device tracking as given), its client and a confirmed user. */
async function setup(DeviceConfiguration?: Record<string, boolean>, username = 'dev-user') {
  const { poolId, clientId } = await createPoolAndClient(sim, { pool: DeviceConfiguration ? { DeviceConfiguration } : {} });
  await createConfirmedUser(sim, poolId, username, PASSWORD);
  const signIn = (extra: Record<string, string> = {}) =>
    idp.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD, ...extra } }));
  return { poolId, clientId, username, signIn };
}

describe('NewDeviceMetadata', () => {
  it('comes back with the tokens when the pool tracks devices, and the access token names the device', async () => {
    const { signIn } = await setup({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true });
    const { AuthenticationResult: r } = await signIn();
    expect(r!.NewDeviceMetadata!.DeviceKey).toMatch(/^us-east-1_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r!.NewDeviceMetadata!.DeviceGroupKey).toMatch(/^-[A-Za-z0-9]{9}$/);
    expect(decodeJwt(r!.AccessToken!).device_key).toBe(r!.NewDeviceMetadata!.DeviceKey);
    // Each sign-in without DEVICE_KEY is a new device.
    const again = await signIn();
    expect(again.AuthenticationResult!.NewDeviceMetadata!.DeviceKey).not.toBe(r!.NewDeviceMetadata!.DeviceKey);
  });

  it('does not come back, and the access token has no device_key, when the pool does not track devices', async () => {
    const { signIn } = await setup();
    const { AuthenticationResult: r } = await signIn();
    expect(r!.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(r!.AccessToken!).device_key).toBeUndefined();
  });
});

describe('ConfirmDevice and the device operations', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  let access: string;
  let deviceKey: string;

  beforeAll(async () => {
    s = await setup({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true }, 'prompted');
    const { AuthenticationResult: r } = await s.signIn();
    access = r!.AccessToken!;
    deviceKey = r!.NewDeviceMetadata!.DeviceKey!;
  });

  it('an announced device is not tracked before ConfirmDevice', async () => {
    expect((await idp.send(new ListDevicesCommand({ AccessToken: access }))).Devices).toEqual([]);
    const err = await failure(idp.send(new GetDeviceCommand({ AccessToken: access, DeviceKey: deviceKey })));
    expect(err).toEqual({ name: 'ResourceNotFoundException', message: 'Device does not exist.' });
  });

  it('refuses a verifier that is not Base64, and changes nothing', async () => {
    const before = JSON.stringify(sim.exportState());
    const err = await failure(idp.send(new ConfirmDeviceCommand({ AccessToken: access, DeviceKey: deviceKey, DeviceSecretVerifierConfig: { PasswordVerifier: 'not base64!', Salt: 'AAECAw==' } })));
    expect(err.name).toBe('InvalidParameterException');
    expect(JSON.stringify(sim.exportState())).toBe(before);
  });

  it('with DeviceOnlyRememberedOnUserPrompt the user must confirm: UserConfirmationNecessary, not remembered yet', async () => {
    const out = await idp.send(new ConfirmDeviceCommand({ AccessToken: access, DeviceKey: deviceKey, DeviceSecretVerifierConfig: VERIFIER, DeviceName: 'Ada’s laptop' }));
    expect(out.UserConfirmationNecessary).toBe(true);
    const { Device } = await idp.send(new GetDeviceCommand({ AccessToken: access, DeviceKey: deviceKey }));
    expect(Device!.DeviceKey).toBe(deviceKey);
    expect(Device!.DeviceAttributes).toEqual([
      { Name: 'device_status', Value: 'valid' },
      { Name: 'device_name', Value: 'Ada’s laptop' },
      { Name: 'dev:device_remembered_status', Value: 'not_remembered' },
    ]);
    expect(Device!.DeviceCreateDate).toBeInstanceOf(Date);
  });

  it('refuses to confirm the same device twice (DeviceKeyExistsException)', async () => {
    const err = await failure(idp.send(new ConfirmDeviceCommand({ AccessToken: access, DeviceKey: deviceKey, DeviceSecretVerifierConfig: VERIFIER })));
    expect(err.name).toBe('DeviceKeyExistsException');
  });

  it('UpdateDeviceStatus remembers it; the modified date moves with the simulated clock', async () => {
    const { Device: before } = await idp.send(new GetDeviceCommand({ AccessToken: access, DeviceKey: deviceKey }));
    clock.advance(60_000);
    await idp.send(new UpdateDeviceStatusCommand({ AccessToken: access, DeviceKey: deviceKey, DeviceRememberedStatus: 'remembered' }));
    const { Device } = await idp.send(new GetDeviceCommand({ AccessToken: access, DeviceKey: deviceKey }));
    expect(Device!.DeviceAttributes).toContainEqual({ Name: 'dev:device_remembered_status', Value: 'remembered' });
    expect(Device!.DeviceLastModifiedDate!.getTime() - before!.DeviceLastModifiedDate!.getTime()).toBe(60_000);
    expect(Device!.DeviceCreateDate!.getTime()).toBe(before!.DeviceCreateDate!.getTime());
  });

  it('validates inputs with AWS’s constraint messages', async () => {
    const badKey = await failure(idp.send(new GetDeviceCommand({ AccessToken: access, DeviceKey: 'no-underscore' })));
    expect(badKey).toEqual({
      name: 'InvalidParameterException',
      message: "1 validation error detected: Value 'no-underscore' at 'deviceKey' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-f-]+",
    });
    const badStatus = await failure(idp.send(new UpdateDeviceStatusCommand({ AccessToken: access, DeviceKey: deviceKey, DeviceRememberedStatus: 'forever' as never })));
    expect(badStatus.message).toBe("1 validation error detected: Value 'forever' at 'deviceRememberedStatus' failed to satisfy constraint: Member must satisfy enum value set: [remembered, not_remembered]");
    const badLimit = await failure(idp.send(new ListDevicesCommand({ AccessToken: access, Limit: 61 })));
    expect(badLimit.message).toBe("1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
  });

  it('the Admin versions see the same device; another user cannot reach it', async () => {
    const { Device } = await idp.send(new AdminGetDeviceCommand({ UserPoolId: s.poolId, Username: 'prompted', DeviceKey: deviceKey }));
    expect(Device!.DeviceKey).toBe(deviceKey);
    const list = await idp.send(new AdminListDevicesCommand({ UserPoolId: s.poolId, Username: 'prompted' }));
    expect(list.Devices!.map((d) => d.DeviceKey)).toEqual([deviceKey]);
    await createConfirmedUser(sim, s.poolId, 'someone-else', PASSWORD);
    const err = await failure(idp.send(new AdminGetDeviceCommand({ UserPoolId: s.poolId, Username: 'someone-else', DeviceKey: deviceKey })));
    expect(err).toEqual({ name: 'ResourceNotFoundException', message: 'Device does not exist.' });
    const noUser = await failure(idp.send(new AdminListDevicesCommand({ UserPoolId: s.poolId, Username: 'nobody' })));
    expect(noUser).toEqual({ name: 'UserNotFoundException', message: 'User does not exist.' });
    const status = await failure(idp.send(new AdminUpdateDeviceStatusCommand({ UserPoolId: s.poolId, Username: 'someone-else', DeviceKey: deviceKey, DeviceRememberedStatus: 'not_remembered' })));
    expect(status.name).toBe('ResourceNotFoundException');
  });

  it('lists devices a page at a time', async () => {
    // Two more confirmed devices for the same user.
    for (let i = 0; i < 2; i++) {
      clock.advance(1000);
      const { AuthenticationResult: r } = await s.signIn();
      await idp.send(new ConfirmDeviceCommand({ AccessToken: r!.AccessToken!, DeviceKey: r!.NewDeviceMetadata!.DeviceKey!, DeviceSecretVerifierConfig: VERIFIER }));
    }
    const first = await idp.send(new ListDevicesCommand({ AccessToken: access, Limit: 2 }));
    expect(first.Devices).toHaveLength(2);
    expect(first.Devices![0].DeviceKey).toBe(deviceKey);
    expect(first.PaginationToken).toBeDefined();
    const second = await idp.send(new ListDevicesCommand({ AccessToken: access, Limit: 2, PaginationToken: first.PaginationToken }));
    expect(second.Devices).toHaveLength(1);
    expect(second.PaginationToken).toBeUndefined();
  });

  it('signing in with DEVICE_KEY: an unknown key is ResourceNotFoundException; a tracked one is named by the tokens, without NewDeviceMetadata', async () => {
    const unknown = await failure(s.signIn({ DEVICE_KEY: 'us-east-1_00000000-0000-4000-8000-000000000000' }));
    expect(unknown).toEqual({ name: 'ResourceNotFoundException', message: 'Device does not exist.' });
    // ChallengeRequiredOnNewDevice with a remembered device: device SRP instead of tokens.
    const remembered = await s.signIn({ DEVICE_KEY: deviceKey });
    expect(remembered.ChallengeName).toBe('DEVICE_SRP_AUTH');
    expect(remembered.ChallengeParameters).toEqual({ USERNAME: 'prompted' });
    // A device that is tracked but not remembered signs in as usual and is named by the tokens.
    await idp.send(new UpdateDeviceStatusCommand({ AccessToken: access, DeviceKey: deviceKey, DeviceRememberedStatus: 'not_remembered' }));
    const known = await s.signIn({ DEVICE_KEY: deviceKey });
    expect(known.AuthenticationResult!.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(known.AuthenticationResult!.AccessToken!).device_key).toBe(deviceKey);
  });

  it('a refresh token issued to a device works only with that confirmed device’s DEVICE_KEY', async () => {
    const { AuthenticationResult: r } = await s.signIn({ DEVICE_KEY: deviceKey });
    const refresh = (extra: Record<string, string>) =>
      idp.send(new InitiateAuthCommand({ ClientId: s.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: r!.RefreshToken!, ...extra } }));
    expect(await failure(refresh({}))).toEqual({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
    expect(await failure(refresh({ DEVICE_KEY: 'us-east-1_00000000-0000-4000-8000-000000000000' }))).toMatchObject({ name: 'NotAuthorizedException' });
    const ok = await refresh({ DEVICE_KEY: deviceKey });
    expect(decodeJwt(ok.AuthenticationResult!.AccessToken!).device_key).toBe(deviceKey);
    // A device announced but never confirmed cannot refresh its tokens.
    const fresh = await s.signIn();
    const unconfirmed = await failure(
      idp.send(
        new InitiateAuthCommand({
          ClientId: s.clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: fresh.AuthenticationResult!.RefreshToken!, DEVICE_KEY: fresh.AuthenticationResult!.NewDeviceMetadata!.DeviceKey! },
        }),
      ),
    );
    expect(unconfirmed).toEqual({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
  });

  it('USER_SRP_AUTH: a DEVICE_KEY sent only with InitiateAuth is checked once the password is proven', async () => {
    const srpSignIn = async (DEVICE_KEY: string) => {
      const client = await srpClient(s.poolId);
      const start = await idp.send(new InitiateAuthCommand({ ClientId: s.clientId, AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'prompted', SRP_A: client.srpA, DEVICE_KEY } }));
      const ChallengeResponses = await client.answer(start.ChallengeParameters!, PASSWORD, formatSrpTimestamp(clock.now()));
      return idp.send(new RespondToAuthChallengeCommand({ ClientId: s.clientId, ChallengeName: 'PASSWORD_VERIFIER', Session: start.Session, ChallengeResponses }));
    };
    expect(await failure(srpSignIn('us-east-1_00000000-0000-4000-8000-000000000000'))).toEqual({ name: 'ResourceNotFoundException', message: 'Device does not exist.' });
    const ok = await srpSignIn(deviceKey);
    expect(decodeJwt(ok.AuthenticationResult!.AccessToken!).device_key).toBe(deviceKey);
    expect(ok.AuthenticationResult!.NewDeviceMetadata).toBeUndefined();
  });

  it('ForgetDevice and AdminForgetDevice stop tracking; the access token still works', async () => {
    const { Devices } = await idp.send(new ListDevicesCommand({ AccessToken: access }));
    await idp.send(new ForgetDeviceCommand({ AccessToken: access, DeviceKey: Devices![1].DeviceKey! }));
    await idp.send(new AdminForgetDeviceCommand({ UserPoolId: s.poolId, Username: 'prompted', DeviceKey: Devices![2].DeviceKey! }));
    const after = await idp.send(new ListDevicesCommand({ AccessToken: access }));
    expect(after.Devices!.map((d) => d.DeviceKey)).toEqual([deviceKey]);
    const again = await failure(idp.send(new ForgetDeviceCommand({ AccessToken: access, DeviceKey: Devices![1].DeviceKey! })));
    expect(again.name).toBe('ResourceNotFoundException');
  });

  it('an expired access token is refused (simulated clock)', async () => {
    clock.advance(2 * 60 * 60 * 1000);
    const err = await failure(idp.send(new ListDevicesCommand({ AccessToken: access })));
    expect(err).toEqual({ name: 'NotAuthorizedException', message: 'Access Token has expired' });
  });

  it('devices travel in snapshots', async () => {
    const copy = createSimulator({ clock: new SimulatedClock(), random: seededRandom('copy'), snapshot: JSON.parse(JSON.stringify(sim.exportState())) });
    const { Device } = await copy.call<{ Device: { DeviceKey: string } }>('AdminGetDevice', { UserPoolId: s.poolId, Username: 'prompted', DeviceKey: deviceKey });
    expect(Device.DeviceKey).toBe(deviceKey);
  });
});

describe('ConfirmDevice without device tracking', () => {
  it('has no device to confirm', async () => {
    const { signIn } = await setup(undefined, 'untracked');
    const { AuthenticationResult: r } = await signIn();
    const err = await failure(idp.send(new ConfirmDeviceCommand({ AccessToken: r!.AccessToken!, DeviceKey: 'us-east-1_00000000-0000-4000-8000-000000000001', DeviceSecretVerifierConfig: VERIFIER })));
    expect(err).toEqual({ name: 'ResourceNotFoundException', message: 'Device does not exist.' });
  });
});
