/**
 * CreateIdentityPool: a new identity pool, `{region}:{uuid}`, with the
 * settings given (members left out stay unset) and no roles yet.
 */
import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { fail } from '../../core/errors';
import { record } from '../../core/records';
import { toHex } from '../../core/random';
import { IDENTITY_POOL_LIMITS } from '../../facts';
import type { Identity, IdentityPool, RoleMapping } from '../../identity/model';
import { newIdentityPoolId } from '../../identity/ids';
import { identityPoolsForWrite } from '../../identity/lookup';
import { IDENTITY_MESSAGES } from '../../identity/messages';
import { describePool, poolConfigFrom } from '../../identity/poolConfig';
import { poolSettingMembers } from '../../identity/shapes';

export const CreateIdentityPool = defineOperation(
  'CreateIdentityPool',
  struct(poolSettingMembers),
  async (ctx, input) => {
    const max = IDENTITY_POOL_LIMITS.poolsPerAccount.value;
    if (Object.keys(ctx.state.identityPools ?? {}).length >= max) throw fail('LimitExceededException', IDENTITY_MESSAGES.tooManyIdentityPools(max));
    const config = poolConfigFrom(input);
    const now = ctx.now();
    const pool: IdentityPool = {
      id: newIdentityPoolId(ctx),
      createdAt: now,
      updatedAt: now,
      config,
      roles: record<string>(),
      roleMappings: record<RoleMapping>(),
      identities: record<Identity>(),
      credentialsSecret: toHex(ctx.random.bytes(32)),
    };
    identityPoolsForWrite(ctx)[pool.id] = pool;
    return describePool(pool);
  },
  { service: 'cognito-identity' },
);
