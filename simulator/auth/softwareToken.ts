/**
 * AssociateSoftwareToken and VerifySoftwareToken: setting up an
 * authenticator app, either signed in (AccessToken) or in the middle of a
 * sign-in that must set up MFA (the MFA_SETUP Session). The pool must offer
 * software token MFA (SoftwareTokenMFANotFoundException otherwise).
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { fail } from '../core/errors';
import { mfaFactors } from '../pools/mfa';
import { verifyAccessToken } from '../tokens/verify';
import { newTotpSecret } from '../users/totp';
import { advance } from './driver';
import { AUTH_MESSAGES, UNCONFIRMED_AUTH_MESSAGES } from './messages';
import { newRun } from './run';
import { findSessionAnywhere } from './sessions';
import { sessionUser } from './signInUser';
import { acceptSoftwareTokenCode } from './softwareTokenCodes';

export interface TokenOrSession {
  AccessToken?: string;
  Session?: string;
}

function requirePoolTotp(pool: UserPool): void {
  if (!mfaFactors(pool).totp) throw fail('SoftwareTokenMFANotFoundException', AUTH_MESSAGES.poolSoftwareTokenDisabled);
}

function requireOne(input: TokenOrSession): void {
  if (input.AccessToken === undefined && input.Session === undefined) throw fail('InvalidParameterException', UNCONFIRMED_AUTH_MESSAGES.accessTokenOrSession);
}

/** Opens the MFA_SETUP session a software-token call names. */
function openSetupSession(ctx: OperationContext, sessionId: string) {
  const { pool, session } = findSessionAnywhere(ctx, sessionId);
  const client = pool.clients[session.clientId];
  const user = sessionUser(pool, client, session.username);
  const run = newRun({ ctx, pool, client, user, flow: session.flow, admin: session.data.admin === true, params: {}, session });
  return { pool, session, user, run };
}

/** AssociateSoftwareToken: a new secret for the user's authenticator app. */
export async function associateSoftwareToken(ctx: OperationContext, input: TokenOrSession): Promise<{ SecretCode: string; Session?: string }> {
  requireOne(input);
  if (input.AccessToken !== undefined) {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    requirePoolTotp(pool);
    user.mfa.pendingTotpSecret = newTotpSecret(ctx.random);
    user.updatedAt = ctx.now();
    return { SecretCode: user.mfa.pendingTotpSecret };
  }
  const { pool, session, user, run } = openSetupSession(ctx, input.Session!);
  requirePoolTotp(pool);
  const { response } = await advance(run, session.state, { type: 'SOFTWARE_TOKEN_ASSOCIATED' }, 'AssociateSoftwareToken');
  return { SecretCode: pendingSecret(user), Session: response.Session };
}

function pendingSecret(user: User): string {
  const secret = user.mfa.pendingTotpSecret;
  if (!secret) throw fail('SoftwareTokenMFANotFoundException', UNCONFIRMED_AUTH_MESSAGES.noPendingSoftwareToken);
  return secret;
}

const mismatch = () => fail('EnableSoftwareTokenMFAException', AUTH_MESSAGES.softwareTokenMismatch);

/** VerifySoftwareToken: checks a code from the new authenticator app and turns it on. */
export async function verifySoftwareToken(ctx: OperationContext, input: TokenOrSession & { UserCode: string }): Promise<{ Status: 'SUCCESS'; Session?: string }> {
  requireOne(input);
  if (input.AccessToken !== undefined) {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    requirePoolTotp(pool);
    const secret = pendingSecret(user);
    if (!acceptSoftwareTokenCode(ctx, pool, user, secret, input.UserCode)) throw mismatch();
    user.mfa.totpSecret = secret;
    user.mfa.totpEnabled = true;
    delete user.mfa.pendingTotpSecret;
    user.updatedAt = ctx.now();
    return { Status: 'SUCCESS' };
  }
  const { pool, session, user, run } = openSetupSession(ctx, input.Session!);
  requirePoolTotp(pool);
  const secret = pendingSecret(user);
  if (!acceptSoftwareTokenCode(ctx, pool, user, secret, input.UserCode)) {
    await advance(run, session.state, { type: 'SOFTWARE_TOKEN_REJECTED' }, 'VerifySoftwareToken');
    throw mismatch();
  }
  const { response } = await advance(run, session.state, { type: 'SOFTWARE_TOKEN_VERIFIED' }, 'VerifySoftwareToken');
  return { Status: 'SUCCESS', Session: response.Session };
}
