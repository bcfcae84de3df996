/** DescribeIdentityPool: the pool's settings as the API's `IdentityPool`. */
import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { getIdentityPool } from '../../identity/lookup';
import { describePool } from '../../identity/poolConfig';
import { IdentityPoolId } from '../../identity/shapes';

export const DescribeIdentityPool = defineOperation(
  'DescribeIdentityPool',
  struct({ IdentityPoolId }),
  async (ctx, input) => describePool(getIdentityPool(ctx.state, input.IdentityPoolId)),
  { service: 'cognito-identity', readOnly: true },
);
