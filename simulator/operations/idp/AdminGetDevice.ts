/** AdminGetDevice: a tracked device of a user, looked up by the administrator. */
import { defineOperation } from '../../core/context';
import { getPool, requireUser } from '../../core/lookup';
import { struct, UserPoolId, Username } from '../../core/validate';
import { DeviceKey } from '../../devices/shapes';
import { requireTrackedDevice } from '../../devices/store';
import { deviceType } from '../../devices/view';

export const AdminGetDevice = defineOperation(
  'AdminGetDevice',
  struct({ DeviceKey, UserPoolId, Username }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const user = requireUser(pool, input.Username);
    return { Device: deviceType(requireTrackedDevice(ctx, pool, user, input.DeviceKey)) };
  },
  { readOnly: true },
);
