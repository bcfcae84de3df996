import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { describeResourceServer, requireResourceServer } from '../../oauth/resourceServers';
import { ResourceServerIdentifier } from '../../oauth/shapes';

/** DescribeResourceServer: one resource server and its scopes. */
export const DescribeResourceServer = defineOperation(
  'DescribeResourceServer',
  struct({ UserPoolId, Identifier: ResourceServerIdentifier }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    return { ResourceServer: describeResourceServer(pool, requireResourceServer(pool, input.Identifier)) };
  },
  { readOnly: true },
);
