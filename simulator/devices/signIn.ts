/**
 * How device tracking joins a sign-in (hooks the auth flow calls):
 *
 * - Once the password is right, a DEVICE_KEY the client sent (in
 *   AuthParameters or, as amazon-cognito-identity-js does, in the
 *   PASSWORD_VERIFIER answer) must name a tracked device of the user, or the
 *   call fails with ResourceNotFoundException (the client then forgets the
 *   key and answers again without it). The key is carried through the
 *   sign-in's later challenges.
 * - A remembered device with a verifier proves itself with device SRP
 *   (DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER) instead of MFA when the pool
 *   says ChallengeRequiredOnNewDevice ("When true, a remembered device can
 *   sign in with device authentication instead of SMS and TOTP factors";
 *   devices not confirmed or remembered "must still provide a second factor",
 *   API DeviceConfigurationType). Otherwise the sign-in goes on as usual
 *   (unconfirmed: whether AWS asks a remembered device for device SRP when
 *   ChallengeRequiredOnNewDevice is false).
 * - When tokens are issued on a pool with device tracking, the access token
 *   carries `device_key`: the device the sign-in named, or a new one
 *   announced in AuthenticationResult.NewDeviceMetadata for the client to
 *   confirm with ConfirmDevice.
 */
import type { User } from '../core/model';
import type { AuthRun } from '../auth/run';
import { deviceConfiguration, findUserDevice, newDevice, requireTrackedDevice } from './store';

/** Where the sign-in's session data keeps the device key. */
export const DEVICE_KEY_DATA = 'deviceKey';

/** The DEVICE_KEY of this call, or the one an earlier step of the sign-in carried. */
export function sentDeviceKey(run: AuthRun): string | undefined {
  const sent = run.params.DEVICE_KEY as unknown;
  if (typeof sent === 'string' && sent !== '') return sent;
  const carried = run.session?.data[DEVICE_KEY_DATA];
  return typeof carried === 'string' && carried !== '' ? carried : undefined;
}

/** Keeps the DEVICE_KEY of InitiateAuth (USER_SRP_AUTH) for the PASSWORD_VERIFIER answer, which may leave it out. */
export function carryDeviceKey(run: AuthRun): void {
  const key = sentDeviceKey(run);
  if (key) run.nextData[DEVICE_KEY_DATA] = key;
}

/**
 * Checks the device a sign-in names once the password is right and carries
 * it on. Returns whether the device proves itself with device SRP instead of MFA.
 */
export function deviceAfterPassword(run: AuthRun, user: User): boolean {
  const config = deviceConfiguration(run.pool);
  const key = sentDeviceKey(run);
  if (!config || !key) return false;
  const device = requireTrackedDevice(run.ctx, run.pool, user, key);
  run.nextData[DEVICE_KEY_DATA] = key;
  return config.ChallengeRequiredOnNewDevice === true && device.rememberedStatus === 'remembered' && !!device.verifierHex && !!device.saltHex;
}

/** NewDeviceMetadataType. */
export interface NewDeviceMetadata {
  DeviceKey: string;
  DeviceGroupKey: string;
}

/**
 * The device tokens are issued for: the tracked device the sign-in named
 * (its last authentication moves to now), or a new device to announce.
 * Nothing when the pool does not track devices.
 */
export function deviceForTokens(run: AuthRun, user: User): { deviceKey?: string; newDeviceMetadata?: NewDeviceMetadata } {
  if (!deviceConfiguration(run.pool)) return {};
  const key = sentDeviceKey(run);
  const known = key ? findUserDevice(run.ctx, run.pool, user, key) : undefined;
  if (known?.confirmed) {
    known.lastAuthenticatedAt = run.ctx.now();
    return { deviceKey: known.deviceKey };
  }
  const fresh = newDevice(run.ctx, run.pool, user);
  return { deviceKey: fresh.deviceKey, newDeviceMetadata: { DeviceKey: fresh.deviceKey, DeviceGroupKey: fresh.deviceGroupKey } };
}

/**
 * REFRESH_TOKEN_AUTH on a pool with device tracking: a refresh token issued
 * to a device works only from that device, and only once it is confirmed
 * (AWS Mobile blog "Tracking and remembering devices": "With device tracking,
 * these tokens are linked to a single device. If a refresh token is used on
 * any other device, the call fails", and a forgotten device's refresh tokens
 * fail; amplify-android #2506, a Cognito maintainer: devices must be confirmed
 * with ConfirmDevice "otherwise they will not let the refresh token refresh
 * the access token"). Returns false when the refresh must be refused.
 */
export function refreshAllowedFrom(run: Pick<AuthRun, 'ctx' | 'pool' | 'params'>, user: User, tokenDeviceKey: string | undefined): boolean {
  if (!tokenDeviceKey || !deviceConfiguration(run.pool)) return true;
  const sent = run.params.DEVICE_KEY as unknown;
  if (sent !== tokenDeviceKey) return false;
  return findUserDevice(run.ctx, run.pool, user, tokenDeviceKey)?.confirmed === true;
}
