/** AdminListDevices: a user's tracked devices, a page at a time (Limit 0-60). */
import { defineOperation } from '../../core/context';
import { getPool, requireUser } from '../../core/lookup';
import { struct, UserPoolId, Username } from '../../core/validate';
import { QueryLimit, SearchPaginationToken } from '../../admin/shapes';
import { listDevicesOf } from '../../devices/list';

export const AdminListDevices = defineOperation(
  'AdminListDevices',
  struct({ UserPoolId, Username, Limit: QueryLimit, PaginationToken: SearchPaginationToken }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    return listDevicesOf(ctx, pool, requireUser(pool, input.Username), input.Limit, input.PaginationToken);
  },
  { readOnly: true },
);
