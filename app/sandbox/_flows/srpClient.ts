/**
 * The browser's half of Cognito's USER_SRP_AUTH, written for the sandbox with
 * WebCrypto and BigInt only (no Buffer, no big-number library), following the
 * math of amazon-cognito-identity-js's AuthenticationHelper:
 *
 * 1. a is 128 random bytes; A = g^a mod N is sent as SRP_A.
 * 2. Cognito answers with SRP_B, SALT, SECRET_BLOCK and USER_ID_FOR_SRP.
 * 3. u = H(pad(A) ‖ pad(B)); x = H(pad(salt) ‖ H(poolName ‖ userId ‖ ":" ‖ password));
 *    S = (B − k·g^x)^(a + u·x) mod N, with k = H(pad(N) ‖ pad(g)).
 * 4. The key is HKDF-SHA256(salt = pad(u), input = pad(S), info = "Caldera Derived Key" ‖ 0x01), 16 bytes.
 * 5. PASSWORD_CLAIM_SIGNATURE = Base64(HMAC-SHA256(key, poolName ‖ userId ‖ secret block ‖ TIMESTAMP)).
 *
 * `pad` writes a number as hex with an even number of digits and a leading
 * `00` when the top bit is set (the client's two's-complement form). The
 * password never leaves the browser: only A and the signature do.
 */

/** The 3072-bit MODP group of RFC 3526 (group 15), which Cognito uses. */
const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
const G = 2n;
const SECRET_BYTES = 128;

const encoder = new TextEncoder();

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array {
  const even = hex.length % 2 ? `0${hex}` : hex;
  const out = new Uint8Array(even.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(even.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function join(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const fresh = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => join(bytes);

/** A non-negative integer as the client pads it: even length, `00` in front when the top bit is set. */
export function srpPad(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  else if (parseInt(hex[0], 16) >= 8) hex = `00${hex}`;
  return hex;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', fresh(bytes)));
}

async function hmac(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey('raw', fresh(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, fresh(data)));
}

const hashOfHex = async (hex: string): Promise<bigint> => BigInt(`0x${toHex(await sha256(fromHex(hex)))}`);

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

let multiplier: Promise<bigint> | undefined;
const k = (): Promise<bigint> => (multiplier ??= hashOfHex(srpPad(N) + srpPad(G)));

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The TIMESTAMP the client signs, in the client's format: `Tue Feb 3 09:04:05 UTC 2026` (UTC, day not padded). */
export function srpTimestamp(ms: number): string {
  const d = new Date(ms);
  const t = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${t} UTC ${d.getUTCFullYear()}`;
}

/** The challenge parameters of PASSWORD_VERIFIER that the client reads. */
export interface PasswordVerifierParameters {
  SRP_B: string;
  SALT: string;
  SECRET_BLOCK: string;
  USER_ID_FOR_SRP: string;
}

/** The ChallengeResponses for PASSWORD_VERIFIER. */
export type PasswordVerifierResponses = {
  USERNAME: string;
  PASSWORD_CLAIM_SECRET_BLOCK: string;
  PASSWORD_CLAIM_SIGNATURE: string;
  TIMESTAMP: string;
};

/** One SRP sign-in, client side: `srpA` to send, and `answer` for the PASSWORD_VERIFIER challenge. */
export interface SrpSession {
  srpA: string;
  answer(params: PasswordVerifierParameters, password: string, nowMs: number): Promise<PasswordVerifierResponses>;
}

/** Where `a` comes from (WebCrypto by default; tests may pass fixed bytes). */
export type RandomBytes = (length: number) => Uint8Array;

const webRandom: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/**
 * Starts the client side of an SRP sign-in for the pool `userPoolId`
 * (`us-east-1_AbC123`; the part after `_` is the "pool name" SRP hashes in).
 * Rejects if the service's B is 0 mod N or u is 0, as the Cognito client does.
 */
export async function startSrp(userPoolId: string, random: RandomBytes = webRandom): Promise<SrpSession> {
  const poolName = userPoolId.split('_')[1] ?? userPoolId;
  let a = 0n;
  let A = 0n;
  while (A === 0n) {
    a = BigInt(`0x${toHex(random(SECRET_BYTES))}`) % N;
    A = a === 0n ? 0n : modPow(G, a, N);
  }
  const srpA = A.toString(16);
  return {
    srpA,
    async answer(params, password, nowMs) {
      const B = BigInt(`0x${params.SRP_B}`);
      if (B % N === 0n) throw new Error('SRP_B is not valid (B mod N is 0).');
      const u = await hashOfHex(srpPad(A) + srpPad(B));
      if (u === 0n) throw new Error('SRP scrambling parameter u is 0.');
      const userId = params.USER_ID_FOR_SRP;
      const inner = toHex(await sha256(encoder.encode(`${poolName}${userId}:${password}`)));
      const x = await hashOfHex(srpPad(BigInt(`0x${params.SALT}`)) + inner);
      const base = B - ((await k()) * modPow(G, x, N)) % N;
      const S = modPow(base, a + u * x, N);
      const prk = await hmac(fromHex(srpPad(u)), fromHex(srpPad(S)));
      const key = (await hmac(prk, join(encoder.encode('Caldera Derived Key'), new Uint8Array([1])))).slice(0, 16);
      const timestamp = srpTimestamp(nowMs);
      const secretBlock = Uint8Array.from(atob(params.SECRET_BLOCK), (c) => c.charCodeAt(0));
      const signature = await hmac(key, join(encoder.encode(poolName), encoder.encode(userId), secretBlock, encoder.encode(timestamp)));
      return {
        USERNAME: userId,
        PASSWORD_CLAIM_SECRET_BLOCK: params.SECRET_BLOCK,
        PASSWORD_CLAIM_SIGNATURE: btoa(String.fromCharCode(...signature)),
        TIMESTAMP: timestamp,
      };
    },
  };
}
