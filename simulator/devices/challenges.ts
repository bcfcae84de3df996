/**
 * The device challenges of a sign-in, after the password of a user whose
 * remembered device skips MFA (signIn.ts):
 *
 * 1. DEVICE_SRP_AUTH — the client answers USERNAME, DEVICE_KEY and SRP_A;
 *    the service returns DEVICE_PASSWORD_VERIFIER with SRP_B, SALT (the
 *    device's, from ConfirmDevice) and SECRET_BLOCK.
 * 2. DEVICE_PASSWORD_VERIFIER — the client answers PASSWORD_CLAIM_SIGNATURE,
 *    PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP, USERNAME and DEVICE_KEY; a right
 *    proof issues the tokens (pre token generation source
 *    TokenGeneration_AuthenticateDevice).
 */
import type { AuthSessionRecord } from '../core/model';
import { fail, keepingChanges, MESSAGES } from '../core/errors';
import { parseClientPublic, parseSrpTimestamp } from '../crypto/srp';
import { SIGN_IN } from '../facts';
import { openAnswer, type AuthCall } from '../auth/call';
import { advance } from '../auth/driver';
import { UNCONFIRMED_AUTH_MESSAGES } from '../auth/messages';
import type { AuthResponse } from '../auth/run';
import { incorrectCredentials, requireParam } from '../auth/signInUser';
import { DEVICE_SRP_DATA, type DeviceSrpData } from './effects';
import { DEVICE_MESSAGES } from './messages';
import { DEVICE_KEY_DATA } from './signIn';
import { verifyDeviceClaim } from './srp';
import { requireTrackedDevice } from './store';


/** The DEVICE_KEY answered must be the session's device. */
function requireSessionDevice(call: AuthCall, session: AuthSessionRecord): string {
  const key = requireParam(call.params, 'DEVICE_KEY');
  if (key !== session.data[DEVICE_KEY_DATA]) throw fail('NotAuthorizedException', DEVICE_MESSAGES.deviceKeyMismatch);
  return key;
}

/** DEVICE_SRP_AUTH: the device's SRP_A. */
export async function answerDeviceSrpAuth(call: AuthCall, session: AuthSessionRecord): Promise<AuthResponse> {
  const run = await openAnswer(call, session);
  const key = requireSessionDevice(call, session);
  const srpA = requireParam(call.params, 'SRP_A');
  const device = requireTrackedDevice(call.ctx, call.pool, run.user, key);
  if (!device.verifierHex || !device.saltHex) throw fail('NotAuthorizedException', DEVICE_MESSAGES.deviceNotVerifiable);
  if (parseClientPublic(srpA) === undefined) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.invalidSrpA);
  run.nextData[DEVICE_KEY_DATA] = key;
  return (await advance(run, session.state, { type: 'DEVICE_SRP_STARTED' })).response;
}

/** DEVICE_PASSWORD_VERIFIER: the device's proof. */
export async function answerDevicePasswordVerifier(call: AuthCall, session: AuthSessionRecord): Promise<AuthResponse> {
  const run = await openAnswer(call, session);
  const signature = requireParam(call.params, 'PASSWORD_CLAIM_SIGNATURE');
  const secretBlock = requireParam(call.params, 'PASSWORD_CLAIM_SECRET_BLOCK');
  const timestamp = requireParam(call.params, 'TIMESTAMP');
  const key = requireSessionDevice(call, session);
  const srp = session.data[DEVICE_SRP_DATA] as unknown as DeviceSrpData | undefined;
  if (!srp || srp.secretBlock !== secretBlock) throw fail('NotAuthorizedException', MESSAGES.invalidSession);
  const at = parseSrpTimestamp(timestamp);
  if (at === undefined) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.timestampFormat);
  const device = requireTrackedDevice(call.ctx, call.pool, run.user, key);

  const now = call.ctx.now();
  const A = parseClientPublic(srp.A);
  const proven =
    Math.abs(now - at) <= SIGN_IN.srpTimestampSkewSeconds.value * 1000 &&
    A !== undefined &&
    !!device.verifierHex &&
    (await verifyDeviceClaim(call.ctx.crypto, {
      deviceGroupKey: device.deviceGroupKey,
      deviceKey: device.deviceKey,
      A,
      B: BigInt('0x' + srp.B),
      b: BigInt('0x' + srp.b),
      verifierHex: device.verifierHex,
      secretBlock,
      timestamp,
      signature,
    }));
  if (!proven) {
    await advance(run, session.state, { type: 'DEVICE_PASSWORD_REJECTED' });
    throw keepingChanges(incorrectCredentials());
  }
  run.nextData[DEVICE_KEY_DATA] = key;
  return (await advance(run, session.state, { type: 'DEVICE_PASSWORD_VERIFIED' })).response;
}
