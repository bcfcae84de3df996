/** The pool's keys: RS256 signing keys (one for ID tokens, one for access tokens) and an RSA-OAEP key for refresh tokens. */
import { exportJWK, importJWK, generateKeyPair, type JWK } from 'jose';
import type { RandomSource } from '../core/random';
import type { EncryptionKey, JsonWebKeyLike, SigningKey, UserPool } from '../core/model';
import { bytesToBase64 } from '../crypto/encoding';

const kidFrom = (rng: RandomSource): string => bytesToBase64(rng.bytes(32));

async function rsaPair(alg: 'RS256' | 'RSA-OAEP'): Promise<{ publicJwk: JsonWebKeyLike; privateJwk: JsonWebKeyLike }> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { modulusLength: 2048, extractable: true });
  return { publicJwk: (await exportJWK(publicKey)) as JsonWebKeyLike, privateJwk: (await exportJWK(privateKey)) as JsonWebKeyLike };
}

export async function generateSigningKey(rng: RandomSource): Promise<SigningKey> {
  const kid = kidFrom(rng);
  const { publicJwk, privateJwk } = await rsaPair('RS256');
  return { kid, alg: 'RS256', publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' }, privateJwk: { ...privateJwk, kid, alg: 'RS256' } };
}

export async function generateEncryptionKey(rng: RandomSource): Promise<EncryptionKey> {
  const kid = kidFrom(rng);
  const { publicJwk, privateJwk } = await rsaPair('RSA-OAEP');
  return { kid, publicJwk: { ...publicJwk, kid, alg: 'RSA-OAEP', use: 'enc' }, privateJwk: { ...privateJwk, kid, alg: 'RSA-OAEP' } };
}

/** Imports (and caches) a key as a CryptoKey. */
export async function cryptoKey(cache: Map<string, CryptoKey>, jwk: JsonWebKeyLike, alg: string, kind: 'public' | 'private'): Promise<CryptoKey> {
  const id = `${kind}:${alg}:${String(jwk.kid)}:${String(jwk.n).slice(0, 24)}`;
  let key = cache.get(id);
  if (!key) {
    key = (await importJWK(jwk as JWK, alg)) as CryptoKey;
    cache.set(id, key);
  }
  return key;
}

/** The pool's public JWKS, as served at `/.well-known/jwks.json`. */
export function jwksOf(pool: UserPool): { keys: Array<{ alg: string; e: string; kid: string; kty: string; n: string; use: string }> } {
  return {
    keys: [pool.keys.id, pool.keys.access].map((k) => ({
      alg: 'RS256',
      e: String(k.publicJwk.e),
      kid: k.kid,
      kty: 'RSA',
      n: String(k.publicJwk.n),
      use: 'sig',
    })),
  };
}
