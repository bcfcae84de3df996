import { record } from '../../core/records';
import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import type { Json, UserPool } from '../../core/model';
import { struct } from '../../core/validate';
import { QUOTAS } from '../../facts';
import { generateEncryptionKey, generateSigningKey } from '../../tokens/keys';
import { newUserPoolId } from '../../pools/ids';
import { POOL_MESSAGES } from '../../pools/messages';
import { checkPoolSettings, describePool, poolSettings } from '../../pools/poolConfig';
import { buildSchema } from '../../pools/schema';
import { immutablePoolMembers, updatablePoolMembers, UserPoolName } from '../../pools/shapes';

/**
 * CreateUserPool: a new pool with AWS's defaults for every setting the
 * request leaves out, its own signing keys (one for ID tokens, one for access
 * tokens) and a refresh-token encryption key.
 */
export const CreateUserPool = defineOperation('CreateUserPool', struct({ PoolName: UserPoolName, ...updatablePoolMembers, ...immutablePoolMembers }), async (ctx, input) => {
  const max = QUOTAS.userPoolsPerRegion.value;
  if (Object.keys(ctx.state.userPools).length >= max) throw fail('LimitExceededException', POOL_MESSAGES.tooManyUserPools(max));

  const id = newUserPoolId(ctx);
  const config: { [k: string]: Json | undefined } = { Id: id, Name: input.PoolName, ...poolSettings(input) };
  config.SchemaAttributes = buildSchema(input.Schema) as unknown as Json;
  if (input.AliasAttributes) config.AliasAttributes = [...new Set(input.AliasAttributes)];
  if (input.UsernameAttributes) config.UsernameAttributes = [...new Set(input.UsernameAttributes)];
  if (input.UsernameConfiguration) config.UsernameConfiguration = { CaseSensitive: input.UsernameConfiguration.CaseSensitive };
  checkPoolSettings(config, true);

  const [idKey, accessKey, refreshKey] = [await generateSigningKey(ctx.random), await generateSigningKey(ctx.random), await generateEncryptionKey(ctx.random)];
  const now = ctx.now();
  const pool: UserPool = {
    id,
    createdAt: now,
    updatedAt: now,
    config: config as { [k: string]: Json },
    keys: { id: idKey, access: accessKey, refresh: refreshKey },
    clients: record(),
    users: record(),
    groups: record(),
    sessions: record(),
    authEvents: record(),
  };
  ctx.state.userPools[id] = pool;
  return { UserPool: describePool(pool, ctx.state.region) };
});
