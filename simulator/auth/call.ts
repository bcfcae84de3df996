/**
 * The parts every sign-in call shares: the pool and app client it names, who
 * is calling (public or Admin API), and the AuthParameters or
 * ChallengeResponses it sent.
 */
import type { OperationContext } from '../core/context';
import type { AuthSessionRecord, User, UserPool, UserPoolClient } from '../core/model';
import { getClient, getPool, poolOfClient } from '../core/lookup';
import { checkSecretHash } from '../users/publicClient';
import { incorrectCredentials, namesUser, requireParam, sessionUser } from './signInUser';
import { newRun, type AuthRun } from './run';

export interface AuthCall {
  ctx: OperationContext;
  pool: UserPool;
  client: UserPoolClient;
  /** Called through AdminInitiateAuth / AdminRespondToAuthChallenge. */
  admin: boolean;
  params: Record<string, string>;
  /** The call's ClientMetadata, for the Lambda triggers it fires. */
  clientMetadata?: Record<string, string>;
}

/**
 * Opens the answer to a challenge session: USERNAME must name the session's
 * user and SECRET_HASH must match when the client has a secret.
 */
export async function openAnswer(call: AuthCall, session: AuthSessionRecord): Promise<AuthRun & { user: User }> {
  const name = requireParam(call.params, 'USERNAME');
  await checkSecretHash(call.client, [name, session.username], call.params.SECRET_HASH);
  if (!namesUser(call.pool, name, session.username)) throw incorrectCredentials();
  const user = sessionUser(call.pool, call.client, session.username);
  return { ...newRun({ ...call, user, flow: session.flow, session }), user };
}

/** The pool and client a call names: by client id alone (public) or pool id and client id (Admin). */
export function poolAndClient(ctx: OperationContext, caller: 'public' | 'admin', clientId: string, userPoolId: string | undefined): { pool: UserPool; client: UserPoolClient } {
  if (caller === 'public' || userPoolId === undefined) return poolOfClient(ctx, clientId);
  const pool = getPool(ctx, userPoolId);
  return { pool, client: getClient(pool, clientId) };
}
