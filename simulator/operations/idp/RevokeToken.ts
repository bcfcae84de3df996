/**
 * RevokeToken: revokes one refresh token and every access and ID token issued
 * from it (same `origin_jti`). The user's other sessions are untouched.
 *
 * Order of checks: the client (and its secret), whether the client allows
 * revocation, then the token. A token the pool cannot read, or one already
 * revoked or expired, is accepted without error: revoking is idempotent, as
 * the revocation endpoint documents ("HTTP 200 if the token has been revoked
 * or if the client submitted an invalid token").
 */
import { defineOperation } from '../../core/context';
import { ClientId, ClientSecret, opt, struct, Token } from '../../core/validate';
import { fail } from '../../core/errors';
import type { UserPool, UserPoolClient } from '../../core/model';
import type { OperationContext } from '../../core/context';
import { timingSafeEqual } from '../../crypto/encoding';
import { presentedTokenKind, readRefreshToken } from '../../tokens/refresh';
import { revokeSignIn } from '../../signout/revoke';
import { SIGNOUT_MESSAGES } from '../../signout/messages';

function findClient(ctx: OperationContext, clientId: string): { pool: UserPool; client: UserPoolClient } {
  for (const pool of Object.values(ctx.state.userPools)) {
    const client = pool.clients[clientId];
    if (client) return { pool, client };
  }
  throw fail('UnauthorizedException', SIGNOUT_MESSAGES.unknownClient(clientId));
}

export const RevokeToken = defineOperation(
  'RevokeToken',
  struct({ Token, ClientId, ClientSecret: opt(ClientSecret) }),
  async (ctx, input) => {
    const { pool, client } = findClient(ctx, input.ClientId);

    const secret = client.config.ClientSecret as string | undefined;
    if (secret) {
      if (input.ClientSecret === undefined) throw fail('UnauthorizedException', SIGNOUT_MESSAGES.secretMissing(input.ClientId));
      if (!timingSafeEqual(input.ClientSecret, secret)) throw fail('UnauthorizedException', SIGNOUT_MESSAGES.secretWrong(input.ClientId));
    }

    // New clients have revocation on; only an explicit false turns it off.
    if (client.config.EnableTokenRevocation === false) throw fail('UnsupportedOperationException', SIGNOUT_MESSAGES.revocationDisabled);

    const kind = presentedTokenKind(input.Token);
    if (kind === 'id' || kind === 'access') throw fail('UnsupportedTokenTypeException', SIGNOUT_MESSAGES.unsupportedTokenType);

    const body = await readRefreshToken(ctx, pool, input.Token);
    if (!body) return {};
    if (body.clientId !== input.ClientId) throw fail('UnauthorizedException', SIGNOUT_MESSAGES.otherClient);
    const event = pool.authEvents[body.originJti];
    if (event) revokeSignIn(event);
    return {};
  },
);
