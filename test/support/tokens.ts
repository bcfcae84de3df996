/**
 * Test support: tokens for a user without going through a sign-in flow.
 *
 * `signInDirect` signs in with InitiateAuth (USER_PASSWORD_AUTH) when the
 * engine has it and a password is given. Otherwise it issues tokens the way a
 * successful sign-in would (a new sign-in event and `issueTokens`), on a copy
 * of the state that is then imported back, so tests of access-token
 * operations do not depend on the authentication operations.
 */
import { supportedTargets, type Simulator } from '../../simulator';
import type { OperationContext } from '../../simulator/core/context';
import type { OutboxMessage, SimState } from '../../simulator/core/model';
import { findUser } from '../../simulator/core/lookup';
import { bigintModPow } from '../../simulator/crypto/srpGroup';
import { issueTokens, newAuthEvent } from '../../simulator/tokens/issue';
import { passwordSignIn, type SignInTokens } from './flows';

/** Whether the engine answers `operation`. */
export const hasOperation = (operation: string): boolean => supportedTargets().includes(`AWSCognitoIdentityProviderService.${operation}`);

/** An operation context over `state`, outside any call (test support only). */
function contextFor(sim: Simulator, state: SimState): OperationContext {
  return {
    state,
    clock: sim.clock,
    random: sim.random,
    crypto: { modPow: bigintModPow },
    options: { passwordHashIterations: 1000 },
    keyCache: new Map(),
    now: () => sim.clock.now(),
    send(message): OutboxMessage {
      const m: OutboxMessage = { ...message, id: state.nextMessageId++, sentAt: sim.clock.now() };
      state.outbox.push(m);
      return m;
    },
  };
}

/**
 * Tokens for `username` (any name the user signs in with) on app client
 * `clientId` of pool `poolId`. Throws a clear error when the pool, client or
 * user does not exist.
 */
export async function signInDirect(sim: Simulator, poolId: string, clientId: string, username: string, password?: string): Promise<SignInTokens> {
  const state = sim.exportState();
  const pool = state.userPools[poolId];
  if (!pool) throw new Error(`signInDirect: no user pool ${poolId}`);
  const client = pool.clients[clientId];
  if (!client) throw new Error(`signInDirect: no app client ${clientId} in ${poolId}`);
  if (password !== undefined && hasOperation('InitiateAuth')) {
    return passwordSignIn(sim, clientId, username, password, client.config.ClientSecret as string | undefined);
  }
  const user = findUser(pool, username);
  if (!user) throw new Error(`signInDirect: no user ${username} in ${poolId}`);
  const ctx = contextFor(sim, state);
  const event = newAuthEvent(ctx, pool, client, user);
  const tokens = await issueTokens(ctx, pool, client, user, event, true);
  await sim.importState(state);
  return { IdToken: tokens.IdToken, AccessToken: tokens.AccessToken, RefreshToken: tokens.RefreshToken as string, ExpiresIn: tokens.ExpiresIn, TokenType: tokens.TokenType };
}

/**
 * Changes the state directly (test support only, for set-ups no registered
 * operation can produce yet). `edit` gets a copy; the result is imported.
 */
export async function editState(sim: Simulator, edit: (state: SimState) => void): Promise<void> {
  const state = sim.exportState();
  edit(state);
  await sim.importState(state);
}
