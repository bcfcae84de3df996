import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { opt, struct, UserPoolId } from '../../core/validate';
import { checkScopeList, describeResourceServer, requireResourceServer } from '../../oauth/resourceServers';
import { ResourceServerIdentifier, ResourceServerName, ResourceServerScopes } from '../../oauth/shapes';

/**
 * UpdateResourceServer: replaces the name and scopes. As with the other
 * Update operations, scopes left out are removed. App clients keep the
 * removed scopes in AllowedOAuthScopes, but they are no longer granted.
 */
export const UpdateResourceServer = defineOperation(
  'UpdateResourceServer',
  struct({ UserPoolId, Identifier: ResourceServerIdentifier, Name: ResourceServerName, Scopes: opt(ResourceServerScopes) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const rs = requireResourceServer(pool, input.Identifier);
    const scopes = (input.Scopes ?? []).map((s) => ({ ScopeName: s.ScopeName, ScopeDescription: s.ScopeDescription }));
    checkScopeList(scopes);
    rs.name = input.Name;
    rs.scopes = scopes;
    rs.updatedAt = ctx.now();
    return { ResourceServer: describeResourceServer(pool, rs) };
  },
);
