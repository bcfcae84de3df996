/**
 * GlobalSignOut: a signed-in user ends all of their sessions. Every refresh
 * token of the user is revoked, and with it every ID and access token issued
 * from those sign-ins, wherever Cognito checks tokens.
 */
import { defineOperation } from '../../core/context';
import { struct, Token } from '../../core/validate';
import { verifyAccessToken } from '../../tokens/verify';
import { revokeAllSignIns } from '../../signout/revoke';

export const GlobalSignOut = defineOperation('GlobalSignOut', struct({ AccessToken: Token }), async (ctx, input) => {
  const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
  revokeAllSignIns(pool, user.username);
  return {};
});
