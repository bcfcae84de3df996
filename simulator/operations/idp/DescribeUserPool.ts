import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { describePool } from '../../pools/poolConfig';

/** DescribeUserPool: the pool as `UserPoolType`. */
export const DescribeUserPool = defineOperation(
  'DescribeUserPool',
  struct({ UserPoolId }),
  async (ctx, input) => ({ UserPool: describePool(getPool(ctx, input.UserPoolId), ctx.state.region) }),
  { readOnly: true },
);
