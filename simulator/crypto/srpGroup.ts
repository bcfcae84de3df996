/**
 * The SRP-6a group Cognito uses for USER_SRP_AUTH: the 3072-bit MODP prime of
 * RFC 5054 / RFC 3526 group 15, generator 2, SHA-256 (see amazon-cognito-identity-js
 * AuthenticationHelper). Only the parameters and the verifier live here; the
 * challenge exchange is in `srp.ts`.
 */
import { bytesToHex, hexToBytes, sha256, utf8 } from './encoding';

export const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1' +
  '29024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245' +
  'E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D' +
  'C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D' +
  '670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9' +
  'DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64' +
  'ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B' +
  'F12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31' +
  '43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const N = BigInt('0x' + N_HEX);
export const g = 2n;

/** Hex of a non-negative integer, padded the way the Cognito client pads it (even length, leading 00 if the top bit is set). */
export function padHex(value: bigint | string): string {
  let hex = typeof value === 'bigint' ? value.toString(16) : value;
  if (hex.length % 2 === 1) hex = '0' + hex;
  else if ('89abcdefABCDEF'.includes(hex[0])) hex = '00' + hex;
  return hex;
}

/** SHA-256 of the bytes a hex string encodes, as hex. */
export async function hashHex(hex: string): Promise<string> {
  return bytesToHex(await sha256(hexToBytes(hex)));
}

/** SHA-256 of a UTF-8 string, as hex. */
export async function hashString(s: string): Promise<string> {
  return bytesToHex(await sha256(utf8(s)));
}

let kCache: bigint | undefined;
/** k = H(pad(N) ‖ pad(g)). */
export async function multiplierK(): Promise<bigint> {
  if (kCache === undefined) kCache = BigInt('0x' + (await hashHex(padHex(N) + padHex(g))));
  return kCache;
}

/** The pool-name part of a pool id (`us-east-1_AbC123` → `AbC123`). */
export const poolNameOf = (userPoolId: string): string => userPoolId.split('_')[1] ?? userPoolId;

/**
 * x = H(pad(salt) ‖ H(poolName ‖ userId ‖ ":" ‖ password)). The salt is read
 * as a number first, as the client reads SALT, so a salt with leading zero
 * bytes hashes the same on both sides.
 */
export async function privateKeyX(userPoolId: string, userIdForSrp: string, password: string, saltHex: string): Promise<bigint> {
  const inner = await hashString(`${poolNameOf(userPoolId)}${userIdForSrp}:${password}`);
  return BigInt('0x' + (await hashHex(padHex(BigInt('0x' + saltHex)) + inner)));
}

/** Plain BigInt square-and-multiply modular exponentiation (the portable default). */
export function bigintModPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 1n) return 0n;
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    e >>= 1n;
    b = (b * b) % mod;
  }
  return result;
}
