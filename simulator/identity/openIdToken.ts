/**
 * The OpenID Connect tokens Cognito Identity issues (GetOpenIdToken,
 * GetOpenIdTokenForDeveloperIdentity): JWTs from
 * `https://cognito-identity.amazonaws.com` whose `aud` is the identity pool
 * id, `sub` the identity id and `amr` says how the identity signed in
 * (`unauthenticated`, or `authenticated` plus the providers). They are what
 * STS AssumeRoleWithWebIdentity accepts in the basic (classic) flow, and what
 * GetCredentialsForIdentity accepts under the `cognito-identity.amazonaws.com`
 * login for developer-authenticated identities.
 *
 * Each identity pool gets its own signing key on first use (AWS signs with
 * Region-wide keys; one key per pool is the sandbox's simplification). The
 * header is `{kid, typ: "JWS", alg: "RS512"}`, as a recorded AWS token's is.
 */
import { SignJWT, compactVerify, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import type { OperationContext } from '../core/context';
import type { JsonWebKeyLike, SimState } from '../core/model';
import { DIGITS, randomString } from '../core/random';
import { epochSeconds } from '../core/clock';
import { cryptoKey } from '../tokens/keys';
import { IDENTITY_TOKENS } from '../facts';
import type { IdentityPool, OpenIdSigningKey } from './model';
import { allIdentityPools } from './lookup';

const ALG = IDENTITY_TOKENS.algorithm.value as 'RS512';

/** The pool's OpenID signing key, created (and stored in the pool) the first time it is needed. */
export async function ensureOpenIdKey(ctx: OperationContext, pool: IdentityPool): Promise<OpenIdSigningKey> {
  if (pool.openIdKey) return pool.openIdKey;
  const used = new Set(allIdentityPools(ctx.state).map((p) => p.openIdKey?.kid));
  let kid: string;
  do kid = `${ctx.state.region}${randomString(ctx.random, DIGITS, 4)}`;
  while (used.has(kid));
  const { publicKey, privateKey } = await generateKeyPair(ALG, { modulusLength: 2048, extractable: true });
  const publicJwk: JsonWebKeyLike = { ...((await exportJWK(publicKey)) as JsonWebKeyLike), kid, alg: ALG, use: 'sig' };
  const privateJwk: JsonWebKeyLike = { ...((await exportJWK(privateKey)) as JsonWebKeyLike), kid, alg: ALG };
  const key: OpenIdSigningKey = { kid, alg: ALG, publicJwk, privateJwk };
  pool.openIdKey = key;
  return key;
}

export interface OpenIdTokenRequest {
  identityId: string;
  amr: string[];
  lifetimeSeconds: number;
}

/** Signs an OpenID token for an identity of `pool`. */
export async function issueOpenIdToken(ctx: OperationContext, pool: IdentityPool, req: OpenIdTokenRequest): Promise<string> {
  const key = await ensureOpenIdKey(ctx, pool);
  const iat = epochSeconds(ctx.now());
  const payload = { sub: req.identityId, aud: pool.id, amr: req.amr, iss: IDENTITY_TOKENS.issuer.value, exp: iat + req.lifetimeSeconds, iat };
  const signer = await cryptoKey(ctx.keyCache, key.privateJwk, ALG, 'private');
  return new SignJWT(payload).setProtectedHeader({ kid: key.kid, typ: 'JWS', alg: ALG }).sign(signer);
}

/** The claims of a Cognito Identity OpenID token. */
export interface OpenIdClaims {
  sub: string;
  aud: string;
  amr: string[];
  iss: string;
  exp: number;
  iat: number;
}

export type OpenIdTokenCheck =
  | { ok: true; pool: IdentityPool; claims: OpenIdClaims; expired: boolean }
  | { ok: false; reason: 'malformed' | 'unknown-key' | 'signature' };

/**
 * Checks a Cognito Identity OpenID token's signature against the key of the
 * pool that issued it (found by `kid`). Expiry is reported, not enforced, so
 * each caller can answer with its own error.
 */
export async function checkOpenIdToken(state: Readonly<SimState>, token: string, nowMs: number, keyCache: Map<string, CryptoKey> = new Map()): Promise<OpenIdTokenCheck> {
  let kid: unknown;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== ALG) return { ok: false, reason: 'signature' };
    kid = header.kid;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const pool = allIdentityPools(state).find((p) => p.openIdKey && p.openIdKey.kid === kid);
  if (!pool?.openIdKey) return { ok: false, reason: 'unknown-key' };
  let claims: OpenIdClaims;
  try {
    const key = await cryptoKey(keyCache, pool.openIdKey.publicJwk, ALG, 'public');
    const { payload } = await compactVerify(token, key, { algorithms: [ALG] });
    claims = JSON.parse(new TextDecoder().decode(payload)) as OpenIdClaims;
  } catch {
    return { ok: false, reason: 'signature' };
  }
  if (claims.iss !== IDENTITY_TOKENS.issuer.value || claims.aud !== pool.id || typeof claims.sub !== 'string' || !Array.isArray(claims.amr)) {
    return { ok: false, reason: 'signature' };
  }
  return { ok: true, pool, claims, expired: epochSeconds(nowMs) >= claims.exp };
}

/** The public keys of every identity pool that has issued tokens, as a JWKS (what `cognito-identity.amazonaws.com` publishes). */
export function identityJwks(state: Readonly<SimState>): { keys: Array<{ kty: string; alg: string; use: string; kid: string; n: string; e: string }> } {
  return {
    keys: allIdentityPools(state)
      .filter((p) => p.openIdKey)
      .map((p) => {
        const k = p.openIdKey as OpenIdSigningKey;
        return { kty: 'RSA', alg: ALG, use: 'sig', kid: k.kid, n: String(k.publicJwk.n), e: String(k.publicJwk.e) };
      }),
  };
}
