/**
 * UpdateIdentityPool: replaces the pool's settings with the ones given
 * (optional members left out are removed), except DeveloperProviderName,
 * which once set cannot change ("Once you have set a developer provider name,
 * you cannot change it.", API CreateIdentityPool), and IdentityPoolTags,
 * which are kept when left out.
 */
import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { fail } from '../../core/errors';
import { getIdentityPool } from '../../identity/lookup';
import { IDENTITY_MESSAGES } from '../../identity/messages';
import { describePool, poolConfigFrom } from '../../identity/poolConfig';
import { IdentityPoolId, poolSettingMembers } from '../../identity/shapes';

export const UpdateIdentityPool = defineOperation(
  'UpdateIdentityPool',
  struct({ IdentityPoolId, ...poolSettingMembers }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    const developer = pool.config.DeveloperProviderName;
    if (developer !== undefined && input.DeveloperProviderName !== undefined && input.DeveloperProviderName !== developer) {
      throw fail('InvalidParameterException', IDENTITY_MESSAGES.developerProviderImmutable);
    }
    pool.config = poolConfigFrom({
      ...input,
      DeveloperProviderName: input.DeveloperProviderName ?? developer,
      IdentityPoolTags: input.IdentityPoolTags ?? pool.config.IdentityPoolTags,
    });
    pool.updatedAt = ctx.now();
    return describePool(pool);
  },
  { service: 'cognito-identity' },
);
