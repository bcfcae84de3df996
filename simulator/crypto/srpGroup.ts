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

/** Right-to-left square-and-multiply: the reference, and the path for negative or tiny operands. */
function squareAndMultiply(base: bigint, exp: bigint, mod: bigint): bigint {
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

/**
 * Fixed-base table for g = 2 in the SRP group: row i holds 2^(d·16^i) mod N for
 * d = 1…15, so 2^e mod N is one multiplication per non-zero hex digit of e
 * (about 4 times faster than square-and-multiply). Rows are built on first
 * use, up to {@link G_TABLE_ROWS} (exponents below 2^1088: the verifier's x has
 * 256 bits and the SRP secret b 1024); about 1.6 MB when complete.
 */
const G_TABLE_ROWS = 272;
const G_TABLE_LIMIT = 1n << BigInt(4 * G_TABLE_ROWS);
const gTable: bigint[][] = [];

function gTableRow(i: number): bigint[] {
  while (gTable.length <= i) {
    const prev = gTable[gTable.length - 1];
    // 2^(16^i) = 2^(15·16^(i−1)) · 2^(16^(i−1))
    const first = prev ? (prev[14] * prev[0]) % N : g;
    const row = [first];
    for (let d = 2; d <= 15; d++) row.push((row[d - 2] * first) % N);
    gTable.push(row);
  }
  return gTable[i];
}

/** 2^exp mod N from the fixed-base table (0 < exp < 2^(4·G_TABLE_ROWS)). */
function gPow(exp: bigint): bigint {
  const hex = exp.toString(16);
  let r = 1n;
  for (let i = 0; i < hex.length; i++) {
    const digit = parseInt(hex[hex.length - 1 - i], 16);
    if (digit !== 0) r = (r * gTableRow(i)[digit - 1]) % N;
  }
  return r;
}

/**
 * BigInt modular exponentiation (the portable default), for mod ≥ 1.
 * g^e in the SRP group uses a precomputed table; otherwise it goes left to
 * right over the exponent's bits: with base 2 a multiplication is a shift and
 * one subtraction, and other bases use a sliding window of odd powers, which
 * saves about a fifth of the multiplications for SRP-sized exponents. Same
 * results as plain square-and-multiply.
 */
export function bigintModPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 1n) return 0n;
  if (base < 0n || mod <= 0n || exp <= 64n) return squareAndMultiply(base, exp, mod);
  const b = base % mod;
  if (mod === N && b === g && exp < G_TABLE_LIMIT) return gPow(exp);
  const bits = exp.toString(2);
  const ONE = 49; // '1'
  let r = 1n;
  if (b === 2n) {
    for (let i = 0; i < bits.length; i++) {
      r = (r * r) % mod;
      if (bits.charCodeAt(i) === ONE) {
        r <<= 1n;
        if (r >= mod) r -= mod;
      }
    }
    return r;
  }
  const k = bits.length > 512 ? 5 : bits.length > 64 ? 4 : 2;
  // b^1, b^3, …, b^(2^k − 1)
  const b2 = (b * b) % mod;
  const oddPowers: bigint[] = [b];
  for (let i = 1; i < 1 << (k - 1); i++) oddPowers.push((oddPowers[i - 1] * b2) % mod);
  let i = 0;
  while (i < bits.length) {
    if (bits.charCodeAt(i) !== ONE) {
      r = (r * r) % mod;
      i++;
      continue;
    }
    // The longest window of at most k bits that starts here and ends with a 1.
    let j = Math.min(i + k, bits.length) - 1;
    while (bits.charCodeAt(j) !== ONE) j--;
    for (let s = i; s <= j; s++) r = (r * r) % mod;
    r = (r * oddPowers[(parseInt(bits.slice(i, j + 1), 2) - 1) >> 1]) % mod;
    i = j + 1;
  }
  return r;
}
