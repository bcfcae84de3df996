/**
 * What every public (unauthenticated) user pool operation does first: find
 * the app client's pool, check SECRET_HASH when the client has a secret, and
 * answer "user not found" the way the client's PreventUserExistenceErrors
 * setting asks.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool, UserPoolClient } from '../core/model';
import { fail, MESSAGES, type CognitoError } from '../core/errors';
import { findUser, poolOfClient } from '../core/lookup';
import { secretHash } from '../crypto/password';
import { timingSafeEqual } from '../crypto/encoding';

/**
 * Checks SECRET_HASH for a client with a secret. `usernames` are the names the
 * hash may have been computed with (what the caller typed, and the user's
 * internal username when known). Clients without a secret ignore the value.
 */
export async function checkSecretHash(client: UserPoolClient, usernames: readonly string[], given: string | undefined): Promise<void> {
  const secret = client.config.ClientSecret as string | undefined;
  if (!secret) return;
  const clientId = client.config.ClientId as string;
  if (given === undefined) throw fail('NotAuthorizedException', MESSAGES.secretHashMismatch(clientId));
  for (const name of new Set(usernames)) {
    if (timingSafeEqual(await secretHash(secret, name, clientId), given)) return;
  }
  throw fail('NotAuthorizedException', MESSAGES.unableToVerifySecretHash(clientId));
}

/** Whether the client hides user existence (PreventUserExistenceErrors = ENABLED). */
export function hidesUserExistence(client: UserPoolClient): boolean {
  return client.config.PreventUserExistenceErrors === 'ENABLED';
}

/** UserNotFoundException as the public operations word it. */
export const usernameNotFound = (): CognitoError => fail('UserNotFoundException', MESSAGES.usernameClientNotFound);

export interface PublicCall {
  pool: UserPool;
  client: UserPoolClient;
  /** The user the Username names, if any (by username, alias or username attribute). */
  user: User | undefined;
}

/**
 * Resolves a public call that names a user: the client's pool, the user (if
 * any) and a checked SECRET_HASH (computed over the typed name or the
 * internal username).
 */
export async function openPublicCall(ctx: OperationContext, clientId: string, username: string, hash: string | undefined): Promise<PublicCall> {
  const { pool, client } = poolOfClient(ctx, clientId);
  const user = findUser(pool, username);
  await checkSecretHash(client, user ? [username, user.username] : [username], hash);
  return { pool, client, user };
}
