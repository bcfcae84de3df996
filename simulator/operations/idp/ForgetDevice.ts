/** ForgetDevice: the signed-in user stops tracking one of their devices (it must sign in as a new device again). */
import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { opt, struct, Token } from '../../core/validate';
import { verifyAccessToken } from '../../tokens/verify';
import { DEVICE_MESSAGES } from '../../devices/messages';
import { DeviceKey } from '../../devices/shapes';
import { forgetDevice, requireTrackedDevice } from '../../devices/store';

export const ForgetDevice = defineOperation(
  'ForgetDevice',
  // AccessToken is optional in the API (IAM-authorized calls); the sandbox requires it.
  struct({ AccessToken: opt(Token), DeviceKey }),
  async (ctx, input) => {
    if (input.AccessToken === undefined) throw fail('NotAuthorizedException', DEVICE_MESSAGES.accessTokenRequired);
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    forgetDevice(ctx, pool, requireTrackedDevice(ctx, pool, user, input.DeviceKey));
    return {};
  },
);
