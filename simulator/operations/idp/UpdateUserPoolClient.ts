import { defineOperation } from '../../core/context';
import { getClient, getPool } from '../../core/lookup';
import type { Json } from '../../core/model';
import { ClientId, opt, struct, UserPoolId } from '../../core/validate';
import { clientSettings, describeClient } from '../../pools/clientConfig';
import { ClientName, clientSettingMembers } from '../../pools/shapes';

/**
 * UpdateUserPoolClient: replaces the client's settings. As in AWS, a setting
 * the request leaves out goes back to its default; the id, secret and (when
 * left out) the name are kept.
 */
export const UpdateUserPoolClient = defineOperation('UpdateUserPoolClient', struct({ UserPoolId, ClientId, ClientName: opt(ClientName), ...clientSettingMembers }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const client = getClient(pool, input.ClientId);
  const keep: { [k: string]: Json } = { UserPoolId: pool.id, ClientName: input.ClientName ?? (client.config.ClientName as string), ClientId: input.ClientId };
  if (client.config.ClientSecret !== undefined) keep.ClientSecret = client.config.ClientSecret;
  client.config = { ...keep, ...clientSettings(pool, input, keep.ClientSecret !== undefined) };
  client.updatedAt = ctx.now();
  return { UserPoolClient: describeClient(client) };
});
