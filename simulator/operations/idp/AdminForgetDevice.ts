/** AdminForgetDevice: the administrator stops tracking one of a user's devices. */
import { defineOperation } from '../../core/context';
import { getPool, requireUser } from '../../core/lookup';
import { struct, UserPoolId, Username } from '../../core/validate';
import { DeviceKey } from '../../devices/shapes';
import { forgetDevice, requireTrackedDevice } from '../../devices/store';

export const AdminForgetDevice = defineOperation('AdminForgetDevice', struct({ UserPoolId, Username, DeviceKey }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  forgetDevice(ctx, pool, requireTrackedDevice(ctx, pool, user, input.DeviceKey));
  return {};
});
