/**
 * Modular exponentiation through OpenSSL (`node:crypto`), for the Node
 * endpoint to inject into the engine (`createSimulator({ crypto: { modPow } })`).
 *
 * How: a Diffie-Hellman object over the modulus computes
 * `otherPublicKey ^ privateKey mod prime` in `computeSecret`, so
 * `setPrivateKey(exp)` + `computeSecret(base)` gives `base^exp mod mod` for any
 * base. One such object is kept per modulus (building one with a generator
 * other than 2 makes OpenSSL check the parameters, which takes over a second
 * for a 3072-bit prime). Operands OpenSSL refuses (a modulus outside
 * 512–10,000 bits or even, a base of 0, 1 or mod − 1, an exponent of 0) and
 * any OpenSSL failure fall back to the portable BigInt implementation, so the
 * answer is always the same as {@link bigintModPow}'s.
 */
import { createDiffieHellman, type DiffieHellman } from 'node:crypto';
import { bigintModPow } from '../simulator/crypto/srpGroup';

/** OpenSSL's DH limits (DH_MIN_MODULUS_BITS, OPENSSL_DH_MAX_MODULUS_BITS). */
const MIN_MODULUS_BITS = 512;
const MAX_MODULUS_BITS = 10_000;
/** Distinct moduli kept; the engine only ever uses the SRP group's prime. */
const MAX_CACHED_MODULI = 8;

const contexts = new Map<bigint, DiffieHellman>();

/** Big-endian bytes of a non-negative integer (at least one byte). */
export function bigintToBytes(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return Buffer.from(hex, 'hex');
}

/** The non-negative integer that big-endian `bytes` encode (leading zero bytes allowed). */
export function bytesToBigint(bytes: Uint8Array): bigint {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return hex ? BigInt('0x' + hex) : 0n;
}

const bitLength = (n: bigint): number => n.toString(2).length;

function contextFor(mod: bigint): DiffieHellman {
  let dh = contexts.get(mod);
  if (!dh) {
    if (contexts.size >= MAX_CACHED_MODULI) contexts.delete(contexts.keys().next().value as bigint);
    dh = createDiffieHellman(bigintToBytes(mod), Buffer.from([2]));
    contexts.set(mod, dh);
  }
  return dh;
}

/** Whether OpenSSL can take these operands (`b` already reduced mod `mod`). */
function nativeCanDo(b: bigint, exp: bigint, mod: bigint): boolean {
  if (mod % 2n === 0n || exp <= 0n) return false;
  const bits = bitLength(mod);
  if (bits < MIN_MODULUS_BITS || bits > MAX_MODULUS_BITS) return false;
  return b >= 2n && b <= mod - 2n;
}

/**
 * base^exp mod mod with OpenSSL, for non-negative operands and mod > 0.
 * Same results as {@link bigintModPow}; several times faster for the
 * 3072-bit SRP group.
 */
export function nativeModPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (base < 0n || exp < 0n || mod <= 0n) return bigintModPow(base, exp, mod);
  const b = base % mod;
  if (!nativeCanDo(b, exp, mod)) return bigintModPow(b, exp, mod);
  try {
    const dh = contextFor(mod);
    dh.setPrivateKey(bigintToBytes(exp));
    return bytesToBigint(dh.computeSecret(bigintToBytes(b)));
  } catch {
    return bigintModPow(b, exp, mod);
  }
}
