/**
 * The "encrypted code" custom sender triggers receive.
 *
 * In AWS, when a pool has a CustomEmailSender or CustomSMSSender trigger,
 * Cognito does not send the message itself. It encrypts the code (or the
 * temporary password) with the pool's KMS key (LambdaConfig.KMSKeyID) using
 * the AWS Encryption SDK, and gives the function the base64 ciphertext as
 * `request.code`. Only code that may use that KMS key can turn it back into
 * the code, and it is then the function's job to deliver it.
 *
 * The sandbox has no KMS. It stands in with AES-GCM under a key derived from
 * the KMSKeyID: the blob is opaque to the learner's handler (which has no
 * crypto API and no KMS), and {@link decryptSenderCode} plays the part of
 * "KMS decrypt" for the UI and tests. It is NOT the Encryption SDK's message
 * format; do not try to decrypt it with the SDK.
 */
import type { RandomSource } from '../core/random';
import { base64ToBytes, bytesToBase64, concatBytes, sha256, toArrayBuffer, utf8 } from '../crypto/encoding';

const IV_BYTES = 12;
/** Stands in for a pool without LambdaConfig.KMSKeyID (AWS requires one with custom senders). */
export const SANDBOX_DEFAULT_KMS_KEY = 'sandbox-default-key';

async function keyFor(kmsKeyId: string | undefined): Promise<CryptoKey> {
  const raw = await sha256(utf8(`cognito-sandbox-kms:${kmsKeyId ?? SANDBOX_DEFAULT_KMS_KEY}`));
  return crypto.subtle.importKey('raw', toArrayBuffer(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Encrypts a code for a custom sender trigger: base64 of IV and AES-GCM ciphertext. */
export async function encryptSenderCode(kmsKeyId: string | undefined, code: string, random: RandomSource): Promise<string> {
  const iv = random.bytes(IV_BYTES);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: toArrayBuffer(iv) }, await keyFor(kmsKeyId), toArrayBuffer(utf8(code))));
  return bytesToBase64(concatBytes(iv, sealed));
}

/** The sandbox's "KMS decrypt": the code inside a blob from {@link encryptSenderCode}, or undefined if the key does not fit. */
export async function decryptSenderCode(kmsKeyId: string | undefined, blob: string): Promise<string | undefined> {
  try {
    const bytes = base64ToBytes(blob);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: toArrayBuffer(bytes.slice(0, IV_BYTES)) }, await keyFor(kmsKeyId), toArrayBuffer(bytes.slice(IV_BYTES)));
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}
