/** AdminUpdateDeviceStatus: the administrator remembers or stops remembering one of a user's tracked devices. */
import { defineOperation } from '../../core/context';
import { getPool, requireUser } from '../../core/lookup';
import { opt, struct, UserPoolId, Username } from '../../core/validate';
import { DeviceKey, DeviceRememberedStatus } from '../../devices/shapes';
import { requireTrackedDevice } from '../../devices/store';

export const AdminUpdateDeviceStatus = defineOperation(
  'AdminUpdateDeviceStatus',
  struct({ UserPoolId, Username, DeviceKey, DeviceRememberedStatus: opt(DeviceRememberedStatus) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const device = requireTrackedDevice(ctx, pool, requireUser(pool, input.Username), input.DeviceKey);
    if (input.DeviceRememberedStatus) device.rememberedStatus = input.DeviceRememberedStatus;
    device.updatedAt = ctx.now();
    return {};
  },
);
