/** ListDevices / AdminListDevices: a user's tracked devices, oldest first, a page at a time. */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { pageOf } from '../admin/paging';
import { trackedDevices } from './store';
import { deviceType, type DeviceType } from './view';

export function listDevicesOf(ctx: OperationContext, pool: UserPool, user: User, limit: number | undefined, token: string | undefined): { Devices: DeviceType[]; PaginationToken?: string } {
  const page = pageOf(trackedDevices(ctx, pool, user), (d) => ({ sort: String(d.createdAt).padStart(16, '0'), id: d.deviceKey }), {
    limit,
    token,
    scope: `ListDevices\u0000${pool.id}\u0000${user.attributes.sub}`,
  });
  const out: { Devices: DeviceType[]; PaginationToken?: string } = { Devices: page.items.map(deviceType) };
  if (page.token) out.PaginationToken = page.token;
  return out;
}
