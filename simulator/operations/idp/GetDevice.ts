/** GetDevice: one of the signed-in user's tracked devices (DeviceType). */
import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { opt, struct, Token } from '../../core/validate';
import { verifyAccessToken } from '../../tokens/verify';
import { DEVICE_MESSAGES } from '../../devices/messages';
import { DeviceKey } from '../../devices/shapes';
import { requireTrackedDevice } from '../../devices/store';
import { deviceType } from '../../devices/view';

export const GetDevice = defineOperation(
  'GetDevice',
  // AccessToken is optional in the API (IAM-authorized calls); the sandbox has no IAM for user pools, so it is required here.
  struct({ DeviceKey, AccessToken: opt(Token) }),
  async (ctx, input) => {
    if (input.AccessToken === undefined) throw fail('NotAuthorizedException', DEVICE_MESSAGES.accessTokenRequired);
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    return { Device: deviceType(requireTrackedDevice(ctx, pool, user, input.DeviceKey)) };
  },
  { readOnly: true },
);
