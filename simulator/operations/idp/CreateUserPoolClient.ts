import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import type { Json, UserPoolClient } from '../../core/model';
import { bool, opt, struct, UserPoolId } from '../../core/validate';
import { QUOTAS } from '../../facts';
import { clientSettings, describeClient } from '../../pools/clientConfig';
import { newClientId, newClientSecret } from '../../pools/ids';
import { POOL_MESSAGES } from '../../pools/messages';
import { ClientName, clientSettingMembers, CustomClientSecret } from '../../pools/shapes';

/**
 * CreateUserPoolClient: a new app client (26-character id), with a generated
 * secret when GenerateSecret is true or the caller's own ClientSecret, and
 * Cognito's defaults for every setting the request leaves out.
 */
export const CreateUserPoolClient = defineOperation(
  'CreateUserPoolClient',
  struct({ UserPoolId, ClientName, GenerateSecret: opt(bool()), ClientSecret: opt(CustomClientSecret), ...clientSettingMembers }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const max = QUOTAS.appClientsPerPool.value;
    if (Object.keys(pool.clients).length >= max) throw fail('LimitExceededException', POOL_MESSAGES.tooManyClients(max));
    if (input.GenerateSecret && input.ClientSecret !== undefined) throw fail('InvalidParameterException', POOL_MESSAGES.secretWithGenerateSecret);
    const secret = input.GenerateSecret ? newClientSecret(ctx) : input.ClientSecret;
    const settings = clientSettings(pool, input, secret !== undefined);

    const id = newClientId(ctx);
    const config: { [k: string]: Json } = { UserPoolId: pool.id, ClientName: input.ClientName, ClientId: id };
    if (secret !== undefined) config.ClientSecret = secret;
    const now = ctx.now();
    const client: UserPoolClient = { createdAt: now, updatedAt: now, config: { ...config, ...settings } };
    pool.clients[id] = client;
    return { UserPoolClient: describeClient(client) };
  },
);
