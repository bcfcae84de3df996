/**
 * USER_SRP_AUTH, second step: RespondToAuthChallenge PASSWORD_VERIFIER with
 * PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP and
 * USERNAME (the USER_ID_FOR_SRP). The session is found by its Session string
 * or, as clients that send none expect, by the secret block.
 */
import { fail, keepingChanges, MESSAGES } from '../../core/errors';
import type { AuthSessionRecord } from '../../core/model';
import { parseClientPublic, parseSrpTimestamp, verifyPasswordClaim } from '../../crypto/srp';
import { SIGN_IN } from '../../facts';
import { checkSecretHash } from '../../users/publicClient';
import type { AuthCall } from '../call';
import { advance } from '../driver';
import { srpDataOf } from '../effects';
import { signInFactors } from '../factors';
import { clearLockout } from '../lockout';
import { UNCONFIRMED_AUTH_MESSAGES } from '../messages';
import { newRun, type AuthResponse } from '../run';
import { BOOKKEEPING_FLOW, requireSession } from '../sessions';
import { checkAfterPassword, checkBeforePassword, incorrectCredentials, namesUser, requireParam } from '../signInUser';
import { usernameKey } from '../../core/lookup';
import { continueAfterPassword } from '../../triggers/customAuth';
import { deviceAfterPassword } from '../../devices/signIn';

function findBySecretBlock(call: AuthCall, secretBlock: string): AuthSessionRecord {
  const clientId = call.client.config.ClientId as string;
  for (const rec of Object.values(call.pool.sessions)) {
    if (rec.flow === BOOKKEEPING_FLOW || rec.clientId !== clientId) continue;
    if (srpDataOf(rec)?.secretBlock === secretBlock) return requireSession(call.ctx, call.pool, clientId, rec.id);
  }
  throw fail('NotAuthorizedException', MESSAGES.invalidSession);
}

/** Checks the SRP proof of the password. */
export async function answerPasswordVerifier(call: AuthCall, sessionId: string | undefined): Promise<AuthResponse> {
  const { ctx, pool, client, params } = call;
  const signature = requireParam(params, 'PASSWORD_CLAIM_SIGNATURE');
  const secretBlock = requireParam(params, 'PASSWORD_CLAIM_SECRET_BLOCK');
  const timestamp = requireParam(params, 'TIMESTAMP');
  const name = requireParam(params, 'USERNAME');

  const session = sessionId !== undefined ? requireSession(ctx, pool, client.config.ClientId as string, sessionId) : findBySecretBlock(call, secretBlock);
  const srp = srpDataOf(session);
  if (!srp || srp.secretBlock !== secretBlock) throw fail('NotAuthorizedException', MESSAGES.invalidSession);
  await checkSecretHash(client, [name, session.username], params.SECRET_HASH);

  const at = parseSrpTimestamp(timestamp);
  if (at === undefined) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.timestampFormat);

  const user = srp.simulated ? undefined : pool.users[usernameKey(pool, session.username)];
  const run = newRun({ ...call, user, flow: session.flow, session });
  const reject = async () => {
    await advance(run, session.state, { type: 'PASSWORD_REJECTED' });
    return keepingChanges(incorrectCredentials());
  };
  if (!user?.password || !namesUser(pool, name, session.username)) throw await reject();

  const now = ctx.now();
  checkBeforePassword(client, user, now);
  const skewOk = Math.abs(now - at) <= SIGN_IN.srpTimestampSkewSeconds.value * 1000;
  const A = parseClientPublic(srp.A);
  const proven =
    skewOk &&
    A !== undefined &&
    (await verifyPasswordClaim(ctx.crypto, {
      userPoolId: pool.id,
      userIdForSrp: srp.userIdForSrp,
      A,
      B: BigInt('0x' + srp.B),
      b: BigInt('0x' + srp.b),
      verifierHex: user.password.srpVerifier,
      secretBlock,
      timestamp,
      signature,
    }));
  if (!proven) throw await reject();

  checkAfterPassword(user, now);
  clearLockout(user);
  // CUSTOM_AUTH with SRP first: the define auth challenge trigger decides what follows the password.
  if (session.flow === 'CUSTOM_AUTH') return continueAfterPassword(run, session);
  const factors = signInFactors(pool, user, user.status === 'FORCE_CHANGE_PASSWORD');
  // A DEVICE_KEY must name one of the user's devices; a remembered one may replace MFA.
  if (deviceAfterPassword(run, user)) factors.deviceAuth = true;
  return (await advance(run, session.state, { type: 'PASSWORD_VERIFIED', factors })).response;
}
