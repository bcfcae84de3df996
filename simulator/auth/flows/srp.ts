/**
 * USER_SRP_AUTH, first step: InitiateAuth with USERNAME and SRP_A returns the
 * PASSWORD_VERIFIER challenge (SALT, SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP).
 * The password is checked when the challenge is answered
 * (challenges/passwordVerifier.ts).
 */
import { fail } from '../../core/errors';
import { findUser } from '../../core/lookup';
import { parseClientPublic } from '../../crypto/srp';
import { checkSecretHash, hidesUserExistence } from '../../users/publicClient';
import type { AuthCall } from '../call';
import { advance } from '../driver';
import { simulatedSrpIdentity } from '../fakeSrpUser';
import { UNCONFIRMED_AUTH_MESSAGES } from '../messages';
import { newRun, type AuthResponse, type SrpIdentity } from '../run';
import { requireParam, unknownUser } from '../signInUser';
import { MESSAGES } from '../../core/errors';
import { preAuthentication } from '../../triggers/authTriggers';
import { carryDeviceKey } from '../../devices/signIn';

/** Starts an SRP sign-in. */
export async function srpSignInStart(call: AuthCall, flow: string): Promise<AuthResponse> {
  const { pool, client, params } = call;
  const username = requireParam(params, 'USERNAME');
  const srpA = requireParam(params, 'SRP_A');
  if (parseClientPublic(srpA) === undefined) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.invalidSrpA);
  const user = findUser(pool, username);
  await checkSecretHash(client, user ? [username, user.username] : [username], params.SECRET_HASH);

  let srp: SrpIdentity;
  if (user?.password) {
    if (!hidesUserExistence(client)) {
      if (user.status === 'RESET_REQUIRED') throw fail('PasswordResetRequiredException', MESSAGES.passwordResetRequired);
      if (!user.enabled) throw fail('NotAuthorizedException', MESSAGES.userDisabled);
    }
    srp = { userIdForSrp: user.username, saltHex: user.password.srpSalt, verifierHex: user.password.srpVerifier, simulated: false };
  } else if (!user && hidesUserExistence(client)) {
    srp = await simulatedSrpIdentity(pool, username);
  } else if (!user) {
    throw unknownUser(client);
  } else {
    // A user without a password (federated): the proof can never succeed.
    srp = { ...(await simulatedSrpIdentity(pool, username)), userIdForSrp: user.username };
  }
  // The pre authentication trigger may refuse the sign-in before the password is proven.
  await preAuthentication(call.ctx, pool, client, user, username, { clientId: client.config.ClientId as string, clientMetadata: call.clientMetadata });
  const run = newRun({ ...call, user: srp.simulated ? undefined : user, flow, session: undefined });
  run.srp = srp;
  // A DEVICE_KEY sent here is checked once the password is proven (devices/signIn.ts).
  carryDeviceKey(run);
  return (await advance(run, 'idle', { type: 'SRP_STARTED' })).response;
}
