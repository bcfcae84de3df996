/**
 * The auth-session chart's device effects (machines/authSession.ts names
 * them; simulator/auth/effects.ts runs them): what the DEVICE_SRP_AUTH and
 * DEVICE_PASSWORD_VERIFIER challenges hand the client.
 */
import { bytesToBase64 } from '../crypto/encoding';
import { serverEphemeral } from '../crypto/srp';
import { SIGN_IN } from '../facts';
import { userIdOf, type AuthRun } from '../auth/run';
import { DEVICE_KEY_DATA } from './signIn';
import { findUserDevice } from './store';

/** Device SRP state kept in the DEVICE_PASSWORD_VERIFIER session. */
export interface DeviceSrpData {
  A: string;
  b: string;
  B: string;
  secretBlock: string;
}

/** Where the session data keeps it. */
export const DEVICE_SRP_DATA = 'deviceSrp';

const params = (run: AuthRun): Record<string, string> => (run.response.ChallengeParameters ??= {});

/** Bytes of random SECRET_BLOCK: as long, encoded, as a Session string (as for the user's PASSWORD_VERIFIER). */
const secretBlockBytes = () => Math.floor((SIGN_IN.sessionStringLength.value * 3) / 4);

/** Chart effect: the DEVICE_SRP_AUTH challenge names the user. */
export function presentDeviceSrpAuth(run: AuthRun): void {
  Object.assign(params(run), { USERNAME: userIdOf(run) });
}

/** Chart effect: SRP_B, SALT and SECRET_BLOCK for the device to prove its random password with. */
export async function presentDevicePasswordVerifier(run: AuthRun): Promise<void> {
  const key = run.nextData[DEVICE_KEY_DATA];
  const device = run.user && typeof key === 'string' ? findUserDevice(run.ctx, run.pool, run.user, key) : undefined;
  if (!device?.verifierHex || !device.saltHex) throw new Error('presentDevicePasswordVerifier needs a device with a verifier');
  const { b, B } = await serverEphemeral(run.ctx.crypto, run.ctx.random, device.verifierHex);
  const secretBlock = bytesToBase64(run.ctx.random.bytes(secretBlockBytes()));
  const data: DeviceSrpData = { A: run.params.SRP_A, b, B, secretBlock };
  run.nextData[DEVICE_SRP_DATA] = data as unknown as { [k: string]: string };
  run.nextLifetimeMs = SIGN_IN.srpAnswerWindowSeconds.value * 1000;
  Object.assign(params(run), { DEVICE_KEY: device.deviceKey, SALT: device.saltHex, SECRET_BLOCK: secretBlock, SRP_B: B, USERNAME: userIdOf(run) });
}
