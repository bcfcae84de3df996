import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import { opt, struct, UserPoolId } from '../../core/validate';
import { QUOTAS } from '../../facts';
import { OAUTH_MESSAGES } from '../../oauth/messages';
import { checkScopeList, describeResourceServer, resourceServersOf } from '../../oauth/resourceServers';
import { ResourceServerIdentifier, ResourceServerName, ResourceServerScopes } from '../../oauth/shapes';

/**
 * CreateResourceServer: an API the pool issues custom scopes for. App clients
 * then allow `{Identifier}/{ScopeName}` scopes (QUOTAS: 25 resource servers per
 * pool, 100 scopes per resource server).
 */
export const CreateResourceServer = defineOperation(
  'CreateResourceServer',
  struct({ UserPoolId, Identifier: ResourceServerIdentifier, Name: ResourceServerName, Scopes: opt(ResourceServerScopes) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const servers = resourceServersOf(pool);
    if (servers[input.Identifier]) throw fail('InvalidParameterException', OAUTH_MESSAGES.resourceServerExists(input.Identifier));
    const max = QUOTAS.resourceServersPerPool.value;
    if (Object.keys(servers).length >= max) throw fail('LimitExceededException', OAUTH_MESSAGES.tooManyResourceServers(max));
    const scopes = (input.Scopes ?? []).map((s) => ({ ScopeName: s.ScopeName, ScopeDescription: s.ScopeDescription }));
    checkScopeList(scopes);
    const now = ctx.now();
    servers[input.Identifier] = { identifier: input.Identifier, name: input.Name, scopes, createdAt: now, updatedAt: now };
    return { ResourceServer: describeResourceServer(pool, servers[input.Identifier]) };
  },
);
