/**
 * ConfirmDevice: a signed-in user's client starts tracking the device a
 * sign-in announced in NewDeviceMetadata, with the device's SRP verifier and
 * salt (DeviceSecretVerifierConfig, Base64). The pool's
 * DeviceOnlyRememberedOnUserPrompt decides whether the device is remembered
 * at once (UserConfirmationNecessary false) or waits for the user's answer
 * through UpdateDeviceStatus (true).
 */
import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { opt, struct, Token } from '../../core/validate';
import { verifyAccessToken } from '../../tokens/verify';
import { DEVICE_MESSAGES } from '../../devices/messages';
import { DeviceKey, DeviceName, DeviceSecretVerifierConfig } from '../../devices/shapes';
import { hexOfBase64 } from '../../devices/srp';
import { deviceConfiguration, findUserDevice } from '../../devices/store';

export const ConfirmDevice = defineOperation(
  'ConfirmDevice',
  struct({ AccessToken: Token, DeviceKey, DeviceSecretVerifierConfig: opt(DeviceSecretVerifierConfig), DeviceName: opt(DeviceName) }),
  async (ctx, input) => {
    const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
    const config = deviceConfiguration(pool);
    const device = config ? findUserDevice(ctx, pool, user, input.DeviceKey) : undefined;
    if (!device) throw fail('ResourceNotFoundException', DEVICE_MESSAGES.deviceNotFound);
    if (device.confirmed) throw fail('DeviceKeyExistsException', DEVICE_MESSAGES.deviceAlreadyConfirmed);
    const verifier = input.DeviceSecretVerifierConfig;
    const verifierHex = hexOfBase64(verifier?.PasswordVerifier);
    const saltHex = hexOfBase64(verifier?.Salt);
    if (verifier && (!verifierHex || !saltHex)) throw fail('InvalidParameterException', DEVICE_MESSAGES.invalidVerifierConfig);

    const onPrompt = config?.DeviceOnlyRememberedOnUserPrompt === true;
    const now = ctx.now();
    device.confirmed = true;
    device.rememberedStatus = onPrompt ? 'not_remembered' : 'remembered';
    if (input.DeviceName !== undefined) device.name = input.DeviceName;
    if (verifierHex && saltHex) Object.assign(device, { verifierHex, saltHex });
    device.updatedAt = now;
    device.lastAuthenticatedAt = now;
    return { UserConfirmationNecessary: onPrompt };
  },
);
