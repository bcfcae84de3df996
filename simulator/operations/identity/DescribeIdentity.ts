/** DescribeIdentity: an identity's id, linked login providers and dates. */
import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { requireIdentity } from '../../identity/lookup';
import { describeIdentity } from '../../identity/describe';
import { IdentityId } from '../../identity/shapes';

export const DescribeIdentity = defineOperation(
  'DescribeIdentity',
  struct({ IdentityId }),
  async (ctx, input) => {
    const { pool, identity } = requireIdentity(ctx.state, input.IdentityId);
    return describeIdentity(pool, identity);
  },
  { service: 'cognito-identity', readOnly: true },
);
