import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { OAUTH_MESSAGES } from '../../oauth/messages';
import { DomainName } from '../../oauth/shapes';

/** DeleteUserPoolDomain: removes the domain; its hosted-UI sessions end with it. */
export const DeleteUserPoolDomain = defineOperation('DeleteUserPoolDomain', struct({ Domain: DomainName, UserPoolId }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  if (!pool.domains?.[input.Domain]) throw fail('InvalidParameterException', OAUTH_MESSAGES.domainNotOfPool(input.Domain, pool.id));
  delete pool.domains[input.Domain];
  if (Object.keys(pool.domains).length === 0) pool.hostedSessions = undefined;
  return {};
});
