/**
 * Remembered devices (device tracking) as the engine keeps them. A device is
 * born when a sign-in on a pool with DeviceConfiguration returns
 * NewDeviceMetadata; ConfirmDevice stores its SRP verifier and starts
 * tracking it; UpdateDeviceStatus remembers or forgets it for MFA.
 */

/** One device of one user. Times are epoch ms. */
export interface DeviceRecord {
  /** `{region}_{uuid}` (NewDeviceMetadataType.DeviceKey). */
  deviceKey: string;
  /** The group the device key belongs to (NewDeviceMetadataType.DeviceGroupKey); the "pool name" of device SRP. */
  deviceGroupKey: string;
  /** The owner's internal username and sub (a user recreated under the same name is another owner). */
  username: string;
  sub: string;
  /** ConfirmDevice was called: the device is tracked and has a verifier. */
  confirmed: boolean;
  /** `remembered` devices may sign in with device SRP instead of MFA. */
  rememberedStatus?: 'remembered' | 'not_remembered';
  name?: string;
  /** Device SRP verifier and salt (hex), from DeviceSecretVerifierConfig. */
  verifierHex?: string;
  saltHex?: string;
  createdAt: number;
  updatedAt: number;
  lastAuthenticatedAt: number;
}

/** Device state: pool id → device key → device. */
export interface DevicesState {
  devices?: Record<string, Record<string, DeviceRecord>>;
}
