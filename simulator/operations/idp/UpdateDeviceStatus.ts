/** UpdateDeviceStatus: the signed-in user remembers (MFA may be skipped on it) or stops remembering a tracked device. */
import { defineOperation } from '../../core/context';
import { opt, struct, Token } from '../../core/validate';
import { verifyAccessToken } from '../../tokens/verify';
import { DeviceKey, DeviceRememberedStatus } from '../../devices/shapes';
import { requireTrackedDevice } from '../../devices/store';

export const UpdateDeviceStatus = defineOperation(
  'UpdateDeviceStatus',
  struct({ AccessToken: Token, DeviceKey, DeviceRememberedStatus: opt(DeviceRememberedStatus) }),
  async (ctx, input) => {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    const device = requireTrackedDevice(ctx, pool, user, input.DeviceKey);
    if (input.DeviceRememberedStatus) device.rememberedStatus = input.DeviceRememberedStatus;
    device.updatedAt = ctx.now();
    return {};
  },
);
