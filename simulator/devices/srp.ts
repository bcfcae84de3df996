/**
 * Device SRP (DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER), computed so that an
 * unmodified amazon-cognito-identity-js agrees. The device is an SRP "user"
 * of its own: at ConfirmDevice the client sends the verifier
 * v = g^x mod N with x = H(pad(salt) ‖ H(DeviceGroupKey ‖ DeviceKey ‖ ":" ‖ randomPassword))
 * (AuthenticationHelper.generateHashDevice), Base64 of the hex bytes. Signing
 * in, it proves the random password with the user-SRP arithmetic
 * (crypto/srp.ts) where DeviceGroupKey takes the place of the pool name and
 * DeviceKey the place of the user id in the claim:
 * HMAC-SHA256(key, DeviceGroupKey ‖ DeviceKey ‖ secret block ‖ TIMESTAMP).
 */
import type { CryptoProviders } from '../core/context';
import { base64ToBytes, bytesToBase64, bytesToHex, concatBytes, hmacSha256, timingSafeEqual, utf8 } from '../crypto/encoding';
import { serverSessionKey } from '../crypto/srp';

/** Hex of a Base64 value from DeviceSecretVerifierConfig, or undefined when it is not Base64 (or empty). */
export function hexOfBase64(value: string | undefined): string | undefined {
  if (!value || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  try {
    const hex = bytesToHex(base64ToBytes(value));
    return hex.length > 0 ? hex : undefined;
  } catch {
    return undefined;
  }
}

/** PASSWORD_CLAIM_SIGNATURE of a device. */
export async function deviceClaimSignature(key: Uint8Array, deviceGroupKey: string, deviceKey: string, secretBlockBase64: string, timestamp: string): Promise<string> {
  const message = concatBytes(utf8(deviceGroupKey), utf8(deviceKey), base64ToBytes(secretBlockBase64), utf8(timestamp));
  return bytesToBase64(await hmacSha256(key, message));
}

/** Whether the device's claim proves it holds the random password behind its verifier. */
export async function verifyDeviceClaim(
  crypto: CryptoProviders,
  input: { deviceGroupKey: string; deviceKey: string; A: bigint; B: bigint; b: bigint; verifierHex: string; secretBlock: string; timestamp: string; signature: string },
): Promise<boolean> {
  const key = await serverSessionKey(crypto, input);
  if (!key) return false;
  let expected: string;
  try {
    expected = await deviceClaimSignature(key, input.deviceGroupKey, input.deviceKey, input.secretBlock, input.timestamp);
  } catch {
    return false;
  }
  return timingSafeEqual(expected, input.signature);
}
