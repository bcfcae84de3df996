/** ListDevices: the signed-in user's tracked devices, a page at a time (Limit 0-60). */
import { defineOperation } from '../../core/context';
import { struct, Token } from '../../core/validate';
import { QueryLimit, SearchPaginationToken } from '../../admin/shapes';
import { verifyAccessToken } from '../../tokens/verify';
import { listDevicesOf } from '../../devices/list';

export const ListDevices = defineOperation(
  'ListDevices',
  struct({ AccessToken: Token, Limit: QueryLimit, PaginationToken: SearchPaginationToken }),
  async (ctx, input) => {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    return listDevicesOf(ctx, pool, user, input.Limit, input.PaginationToken);
  },
  { readOnly: true },
);
