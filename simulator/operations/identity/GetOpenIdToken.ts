/**
 * GetOpenIdToken (the basic, classic flow): an OpenID token for the identity,
 * valid 10 minutes, to exchange with STS AssumeRoleWithWebIdentity (see
 * `identity/sts.ts`). Only for pools with AllowClassicFlow and without role
 * mappings; the identity id returned may differ from the one given when the
 * logins belong to another identity (the two are merged).
 */
import { defineOperation } from '../../core/context';
import { opt, struct } from '../../core/validate';
import { fail } from '../../core/errors';
import { IDENTITY_POOLS } from '../../facts';
import { resolveCaller } from '../../identity/caller';
import { issueOpenIdToken } from '../../identity/openIdToken';
import { IDENTITY_MESSAGES } from '../../identity/messages';
import { IdentityId, LoginsMap } from '../../identity/shapes';

export const GetOpenIdToken = defineOperation(
  'GetOpenIdToken',
  struct({ IdentityId, Logins: opt(LoginsMap) }),
  async (ctx, input) => {
    const caller = await resolveCaller(ctx, input.IdentityId, input.Logins, {
      allowCognitoToken: false,
      beforeLogins: (pool) => {
        if (pool.config.AllowClassicFlow !== true) throw fail('InvalidParameterException', IDENTITY_MESSAGES.classicFlowDisabled);
        if (Object.keys(pool.roleMappings).length > 0) throw fail('InvalidParameterException', IDENTITY_MESSAGES.classicFlowWithRoleMappings);
      },
    });
    const Token = await issueOpenIdToken(ctx, caller.pool, { identityId: caller.identity.id, amr: caller.amr, lifetimeSeconds: IDENTITY_POOLS.openIdTokenMinutes.value * 60 });
    return { IdentityId: caller.identity.id, Token };
  },
  { service: 'cognito-identity' },
);
