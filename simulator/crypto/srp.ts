/**
 * The service side of Cognito's SRP-6a exchange (USER_SRP_AUTH), computed so
 * that an unmodified amazon-cognito-identity-js client agrees byte for byte:
 *
 * - B = (k·v + g^b) mod N, with k = H(pad(N) ‖ pad(g)) and v the stored verifier;
 * - u = H(pad(A) ‖ pad(B)), S = (A·v^u)^b mod N;
 * - the key is HKDF-SHA256 with salt pad(u), input pad(S) and info
 *   "Caldera Derived Key" ‖ 0x01, first 16 bytes;
 * - the claim is HMAC-SHA256(key, poolName ‖ userId ‖ secret block ‖ TIMESTAMP), Base64.
 *
 * `pad` is the client's two's-complement hex (`padHex` in srpGroup.ts).
 * Every modular exponentiation goes through the injected `modPow`.
 */
import type { CryptoProviders } from '../core/context';
import type { RandomSource } from '../core/random';
import { base64ToBytes, bytesToBase64, bytesToHex, concatBytes, hexToBytes, hmacSha256, timingSafeEqual, utf8 } from './encoding';
import { g, hashHex, multiplierK, N, padHex, poolNameOf } from './srpGroup';

/**
 * Size of the server's secret exponent b: 256 bits, the minimum RFC 5054
 * recommends for this group's security level. (The client library draws 1,024
 * bits for a; Cognito does not publish the size of b, and a 256-bit b keeps
 * each sign-in's two exponentiations about four times cheaper.)
 */
const SECRET_EXPONENT_BYTES = 32;

const HKDF_INFO = concatBytes(utf8('Caldera Derived Key'), new Uint8Array([1]));

/** The service's ephemeral pair for one challenge, as hex. */
export interface ServerEphemeral {
  /** Secret exponent b (kept in the session, never sent). */
  b: string;
  /** Public value B = k·v + g^b mod N (sent as SRP_B). */
  B: string;
}

/** Makes b and B for a user whose verifier is `verifierHex`. */
export async function serverEphemeral(crypto: CryptoProviders, random: RandomSource, verifierHex: string): Promise<ServerEphemeral> {
  const k = await multiplierK();
  const v = BigInt('0x' + verifierHex);
  for (;;) {
    const b = BigInt('0x' + bytesToHex(random.bytes(SECRET_EXPONENT_BYTES))) % N;
    if (b === 0n) continue;
    const B = (((k * v) % N) + crypto.modPow(g, b, N)) % N;
    if (B === 0n) continue;
    return { b: b.toString(16), B: B.toString(16) };
  }
}

/**
 * Reads the client's SRP_A. Returns undefined when it is not hex or when
 * A ≡ 0 (mod N), which SRP-6a requires the service to refuse.
 */
export function parseClientPublic(srpA: string): bigint | undefined {
  if (!/^[0-9a-fA-F]+$/.test(srpA)) return undefined;
  const A = BigInt('0x' + srpA);
  return A % N === 0n ? undefined : A;
}

/** u = H(pad(A) ‖ pad(B)). */
export async function scramblingParameter(A: bigint, B: bigint): Promise<bigint> {
  return BigInt('0x' + (await hashHex(padHex(A) + padHex(B))));
}

/** HKDF-SHA256 (RFC 5869) with one block of output, cut to 16 bytes, as the client derives it. */
async function derive16(ikm: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  const prk = await hmacSha256(salt, ikm);
  return (await hmacSha256(prk, HKDF_INFO)).slice(0, 16);
}

/**
 * The shared key the client derived from its password, computed on the
 * service side from the verifier. Returns undefined if u is 0 (the exchange
 * must then fail).
 */
export async function serverSessionKey(crypto: CryptoProviders, input: { A: bigint; B: bigint; b: bigint; verifierHex: string }): Promise<Uint8Array | undefined> {
  const u = await scramblingParameter(input.A, input.B);
  if (u === 0n) return undefined;
  const v = BigInt('0x' + input.verifierHex);
  const base = (input.A * crypto.modPow(v, u, N)) % N;
  const S = crypto.modPow(base, input.b, N);
  return derive16(hexToBytes(padHex(S)), hexToBytes(padHex(u)));
}

/** PASSWORD_CLAIM_SIGNATURE: Base64(HMAC-SHA256(key, poolName ‖ userId ‖ secretBlock ‖ timestamp)). */
export async function passwordClaimSignature(key: Uint8Array, userPoolId: string, userIdForSrp: string, secretBlockBase64: string, timestamp: string): Promise<string> {
  const message = concatBytes(utf8(poolNameOf(userPoolId)), utf8(userIdForSrp), base64ToBytes(secretBlockBase64), utf8(timestamp));
  return bytesToBase64(await hmacSha256(key, message));
}

/** Whether the client's PASSWORD_CLAIM_SIGNATURE proves it knows the password. */
export async function verifyPasswordClaim(
  crypto: CryptoProviders,
  input: { userPoolId: string; userIdForSrp: string; A: bigint; B: bigint; b: bigint; verifierHex: string; secretBlock: string; timestamp: string; signature: string },
): Promise<boolean> {
  const key = await serverSessionKey(crypto, input);
  if (!key) return false;
  let expected: string;
  try {
    expected = await passwordClaimSignature(key, input.userPoolId, input.userIdForSrp, input.secretBlock, input.timestamp);
  } catch {
    return false;
  }
  return timingSafeEqual(expected, input.signature);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** The TIMESTAMP the client sends, like `Tue Feb 3 09:04:05 UTC 2026` (day of month not padded). */
export function formatSrpTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

const TIMESTAMP = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/;

/** Reads a TIMESTAMP as epoch milliseconds, or undefined when it is not in the client's format. */
export function parseSrpTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [, day, mon, date, hh, mm, ss, year] = m;
  const ms = Date.UTC(Number(year), MONTHS.indexOf(mon), Number(date), Number(hh), Number(mm), Number(ss));
  const d = new Date(ms);
  if (d.getUTCDate() !== Number(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  if (DAYS[d.getUTCDay()] !== day) return undefined;
  return ms;
}
