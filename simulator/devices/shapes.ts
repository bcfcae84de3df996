/**
 * Input shapes of the device operations (API reference: DeviceKeyType,
 * DeviceNameType, DeviceRememberedStatusType, DeviceSecretVerifierConfigType).
 * The list operations use QueryLimit and SearchPaginationToken (admin/shapes.ts).
 */
import { opt, str, struct } from '../core/validate';
import { DEVICES } from '../facts';

export const DeviceKey = str({ min: DEVICES.deviceKeyLength.value.min, max: DEVICES.deviceKeyLength.value.max, pattern: '[\\w-]+_[0-9a-f-]+' });
export const DeviceName = str({ min: DEVICES.deviceNameLength.value.min, max: DEVICES.deviceNameLength.value.max });
export const DeviceRememberedStatus = str({ enum: ['remembered', 'not_remembered'] as const });
export const DeviceSecretVerifierConfig = struct({
  PasswordVerifier: opt(str({ min: 0, max: 131072 })),
  Salt: opt(str({ min: 0, max: 131072 })),
});
