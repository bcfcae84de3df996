/**
 * REFRESH_TOKEN_AUTH / REFRESH_TOKEN: new ID and access tokens for the same
 * sign-in event (same origin_jti), without a new refresh token. With a client
 * secret, SECRET_HASH is computed over the user's internal username (the
 * Cognito-assigned one, which is the sub in pools that sign in with email or
 * phone), not what was typed at sign-in; the engine accepts either of those.
 */
import { fail, MESSAGES } from '../../core/errors';
import { usernameKey } from '../../core/lookup';
import { issueTokens, openRefreshToken } from '../../tokens/issue';
import { checkSecretHash } from '../../users/publicClient';
import type { AuthCall } from '../call';
import type { AuthResponse } from '../run';
import { namesUser, requireParam } from '../signInUser';
import { preTokenGenerationHook } from '../../triggers/tokenGeneration';
import { refreshAllowedFrom } from '../../devices/signIn';

/** Refreshes the tokens of a sign-in. */
export async function refreshSignIn(call: AuthCall): Promise<AuthResponse> {
  const { ctx, pool, client, params } = call;
  const token = requireParam(params, 'REFRESH_TOKEN');
  const event = await openRefreshToken(ctx, pool, client.config.ClientId as string, token);
  const user = pool.users[usernameKey(pool, event.username)];
  if (!user) throw fail('NotAuthorizedException', MESSAGES.invalidRefreshToken);
  const names = [user.username, user.attributes.sub];
  if (params.USERNAME && namesUser(pool, params.USERNAME, user.username)) names.push(params.USERNAME);
  await checkSecretHash(client, names, params.SECRET_HASH);
  if (!user.enabled) throw fail('NotAuthorizedException', MESSAGES.userDisabled);
  // With device tracking, a refresh token issued to a device needs that (confirmed) device's DEVICE_KEY.
  if (!refreshAllowedFrom(call, user, event.deviceKey)) throw fail('NotAuthorizedException', MESSAGES.invalidRefreshToken);
  // TokenGeneration_RefreshTokens: the pre token generation trigger may change the new tokens' claims.
  const hook = preTokenGenerationHook(ctx, pool, user, 'TokenGeneration_RefreshTokens', { clientId: client.config.ClientId as string, clientMetadata: call.clientMetadata });
  const tokens = await issueTokens(ctx, pool, client, user, event, false, hook);
  return { ChallengeParameters: {}, AuthenticationResult: tokens };
}
