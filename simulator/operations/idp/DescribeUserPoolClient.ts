import { defineOperation } from '../../core/context';
import { getClient, getPool } from '../../core/lookup';
import { ClientId, struct, UserPoolId } from '../../core/validate';
import { describeClient } from '../../pools/clientConfig';

/** DescribeUserPoolClient: the client as `UserPoolClientType`, secret included. */
export const DescribeUserPoolClient = defineOperation(
  'DescribeUserPoolClient',
  struct({ UserPoolId, ClientId }),
  async (ctx, input) => ({ UserPoolClient: describeClient(getClient(getPool(ctx, input.UserPoolId), input.ClientId)) }),
  { readOnly: true },
);
