/**
 * Simulated identity providers for identity pools: Google, Facebook, Login
 * with Amazon and Sign in with Apple, any OpenID Connect provider, and SAML
 * 2.0 providers. SIMULATED: none of this talks to a real provider.
 *
 * Every simulated provider signs with one RSA key that is published here on
 * purpose ({@link SIMULATED_FEDERATION_JWK}); it is a teaching key, not a
 * secret, so the sandbox UI can offer a fake "Sign in with Google" page and
 * tests can mint tokens. The engine accepts a provider token when:
 * - it is an RS256 JWT signed with that key;
 * - its `iss` is the provider's issuer (social providers: see
 *   {@link SOCIAL_PROVIDERS}; an OIDC provider registered as
 *   `arn:aws:iam::{account}:oidc-provider/{host}`: `https://{host}`);
 * - its `aud` is the app id configured for the provider in the identity pool
 *   (social providers; OIDC audiences are not checked, as the sandbox has no
 *   IAM OIDC provider with client ids);
 * - it has not expired on the simulated clock.
 *
 * Real Facebook and Amazon logins hand Cognito an opaque access token that
 * Cognito checks with the provider; the sandbox uses signed JWTs for them too.
 *
 * A simulated SAML assertion (the `Logins` value for a SAML provider ARN) is
 * the standard base64 encoding of such a JWT whose `iss` is the SAML provider
 * ARN, `sub` the NameID, and whose `https://aws.amazon.com/SAML/Attributes/Role`
 * claim lists `roleArn,providerArn` pairs, as a real assertion's Role
 * attribute does. No XML is involved.
 */
import { SignJWT, compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import type { Json } from '../core/model';
import type { RandomSource } from '../core/random';
import { cryptoRandom, randomUuid } from '../core/random';
import { base64ToBytes, bytesToBase64, utf8 } from '../crypto/encoding';
import { SIMULATED_PROVIDERS } from '../facts';

/** The social providers identity pools accept in `SupportedLoginProviders` and `Logins`. */
export const SOCIAL_PROVIDERS = {
  'accounts.google.com': { label: 'Google', issuer: 'https://accounts.google.com', kid: 'sandbox-google' },
  'graph.facebook.com': { label: 'Facebook', issuer: 'graph.facebook.com', kid: 'sandbox-facebook' },
  'www.amazon.com': { label: 'Login with Amazon', issuer: 'www.amazon.com', kid: 'sandbox-amazon' },
  'appleid.apple.com': { label: 'Sign in with Apple', issuer: 'https://appleid.apple.com', kid: 'sandbox-apple' },
} as const;

export type SocialProviderName = keyof typeof SOCIAL_PROVIDERS;

/** The SAML attribute that carries `roleArn,providerArn` pairs. */
export const SAML_ROLE_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/Role';

/** Whether `name` is one of the simulated social providers. */
export function isSocialProvider(name: string): name is SocialProviderName {
  return Object.hasOwn(SOCIAL_PROVIDERS, name);
}

/** The host of an IAM OIDC provider ARN (`arn:aws:iam::123456789012:oidc-provider/login.example.com` → `login.example.com`). */
export function oidcProviderHost(arn: string): string | undefined {
  const m = /^arn:aws[\w-]*:iam::\d{12}:oidc-provider\/(.+)$/.exec(arn);
  return m ? m[1] : undefined;
}

/**
 * The simulated providers' signing key (RSA 2048, private JWK). PUBLISHED ON
 * PURPOSE: it stands for Google's, Facebook's, … keys in the sandbox only.
 */
export const SIMULATED_FEDERATION_JWK: Readonly<JWK> = {
  kty: 'RSA',
  n: 'vvp0wEhacdSto98N2IhRLo7JEnZBx70VEpjLiVAh0Cq9L1MSqmobrJJN9dNt-uQUSzCTOqdXf9_9ZHIYk-n6AwARL83K2LwEJeFsF7gqqA1Lmu8FaZ4V5q9vZ7k3poX8_QKxQnGoHqKdespf8n8ou-7ZbWQLNbqeSE_oklJ4_HNn-QavbF2tQtL8mGU7yRu91Pu6DVrevwZyDn2g0nqnX5Epz_7cwsJK8Q4b5vRrO7Uc-HiQp4E9OcYleddH0jdHtfPCO12tMKaHwe5llX6VJtJakNW1zaQmuRdS1MzWLuq3GKeFDtPr_CPYwaAVnRaRN7W5E9OVc31UPPsfCE3ZtQ',
  e: 'AQAB',
  d: 'Kkeug0dBZsQL8SSXnyGGv4Ty9PhjVcIBoU1cejjYU4qyuYBtuHanS8xUICE_zvShnYfSgIC9uVywb4Vm9ZAuPm3MYEXyK4tsa6p9UL8ACpZu740NKLXL6XdbdZ4muOIfATCQZ8Jb0vRzYtTc6wXF0d1uG26zoKCBHEc8mPBTQqgzvOVaayfy5XY70CaXxRESR0PPoqYbHEAs0tuelHv1qXHTOCOB9t9mty_Y9zmpRceEiaXRxkpEgvL6P8gQoiYElHMjV1qGn_brdES8SMBnuqbnwKDtgJGJR3T8A3vxZ7ULmDrQ3YKdTWzBDxC2GZVgzeOjSApQluhVznLA6AcdXQ',
  p: '8vN97QOcS8T6CoYPPBZs9IQ7uw3MmKQYdJwIiF7WiEJ8CKl12_q7MBmBq6IAR57G0WevJzaORQuMpoANLyvSkm-BA_ARadOQo-8DvFEtS65RRXnGaFPTZbSWfxX2o06BrYi4L7qK-jmHKmIOfLL4PTaxiIC9PEPx9Sxb-NQRjOM',
  q: 'yTxaa44sHBt2AnTRnZokd53jkY-Jg5_SJWkiKPJ-V7oN-MyAZA8FirIrDrIN8Z6BP5CIj9nKUhd4-fXQXsy0hIiZ89XuTtvnDgaKUGJjhcuY6Z95D052gahFsWtPSwCe5ltvo_I1u64Suudl48GQSQrNFXYIzdzvfV0nBWhEmoc',
  dp: '6wHBk5zkeR6Gx9s5rWP77OJkbOJCQHyq81Fjp5YlaxT0qeRSD4IPw81Ic193adAafcEP2pyZLgyn9v7ywehf_ipB4C8-iOGPjiPLt0PGzuhF0TCkTZKYcE8pLLFwLDPqmJQhpnmJqdYv-z1yygjMu1nGjUYKxtrql8BbDu0ENQU',
  dq: 'lDNvf_B3icerlEmGKmRf4PwVoZitNJOaR1TzBGb6Jw9txMKO96GcejWWwj7dSAlstGx0NkS13NlOjf-7kmV9uHGFt-7gj5Ehy9GDQYoEM3_qwHtiw6QMYJaVpQEbp2fwnkPOp1X0vqCHSMCr6B0gbrqWqOyBtWK1uYTF_RR6Gbc',
  qi: 'Y8Bwjgt4eiflCwXgj67LKxcmKeD5C8Juti5JX2aUGKVpq8mTz1aZNZny-y3kIGES1Hc-WCcMiQscMVEM1puGzkOPm8516fJfqSwDKpjladJGbUPfKJs6LGCXZ3-0Es4rSiVIzFkqLaUhWs2Xlpx3UOcOqJRVEkwVGP8mgJhcL4M',
};

let privateKey: Promise<CryptoKey> | undefined;
let publicKey: Promise<CryptoKey> | undefined;

const signingKey = (): Promise<CryptoKey> => (privateKey ??= importJWK({ ...SIMULATED_FEDERATION_JWK, alg: 'RS256' }, 'RS256') as Promise<CryptoKey>);
const verificationKey = (): Promise<CryptoKey> => {
  const { kty, n, e } = SIMULATED_FEDERATION_JWK;
  return (publicKey ??= importJWK({ kty, n, e, alg: 'RS256' }, 'RS256') as Promise<CryptoKey>);
};

/** The public keys of the simulated providers, one entry per provider kid, as a JWKS. */
export function simulatedProviderJwks(): { keys: Array<{ kty: string; n: string; e: string; alg: string; use: string; kid: string }> } {
  const { kty, n, e } = SIMULATED_FEDERATION_JWK as { kty: string; n: string; e: string };
  const kids = [...Object.values(SOCIAL_PROVIDERS).map((p) => p.kid), 'sandbox-oidc', 'sandbox-saml'];
  return { keys: kids.map((kid) => ({ kty, n, e, alg: 'RS256', use: 'sig', kid })) };
}

interface SignOptions {
  /** Simulated time of issue, epoch ms (pass the simulator's clock: `sim.clock.now()`). */
  nowMs: number;
  /** Seconds until the token expires (default {@link SIMULATED_PROVIDERS}.tokenLifetimeSeconds). */
  lifetimeSeconds?: number;
  /** Extra claims (for example `email`, `name`, `hd`). */
  claims?: Record<string, Json>;
  /** Randomness for the `jti` (default WebCrypto). */
  random?: RandomSource;
}

async function sign(kid: string, iss: string, aud: string, sub: string, opts: SignOptions): Promise<string> {
  const iat = Math.floor(opts.nowMs / 1000);
  const exp = iat + (opts.lifetimeSeconds ?? SIMULATED_PROVIDERS.tokenLifetimeSeconds.value);
  const payload: Record<string, Json> = { ...opts.claims, iss, aud, sub, iat, exp, jti: randomUuid(opts.random ?? cryptoRandom) };
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(await signingKey());
}

/**
 * Issues the token a simulated social provider would hand the app after its
 * sign-in page: an ID token for Google and Apple, a token standing for the
 * access token of Facebook and Login with Amazon. `appId` becomes `aud` and
 * must match the app id in the identity pool's SupportedLoginProviders.
 */
export function issueSocialProviderToken(opts: SignOptions & { provider: SocialProviderName; appId: string; subject: string }): Promise<string> {
  const p = SOCIAL_PROVIDERS[opts.provider];
  return sign(p.kid, p.issuer, opts.appId, opts.subject, opts);
}

/** Issues an ID token of a simulated OpenID Connect provider at `https://{host}` (the host of its IAM OIDC provider ARN). */
export function issueOidcProviderToken(opts: SignOptions & { host: string; audience: string; subject: string }): Promise<string> {
  return sign('sandbox-oidc', `https://${opts.host}`, opts.audience, opts.subject, opts);
}

/**
 * Issues a simulated SAML assertion (see the module comment) for the SAML
 * provider `providerArn`: `roles` become the Role attribute's
 * `roleArn,providerArn` pairs, `attributes` further claims.
 */
export async function issueSamlAssertion(opts: SignOptions & { providerArn: string; nameId: string; roles?: string[] }): Promise<string> {
  const claims: Record<string, Json> = { ...opts.claims };
  if (opts.roles && opts.roles.length > 0) claims[SAML_ROLE_ATTRIBUTE] = opts.roles.map((r) => `${r},${opts.providerArn}`);
  const jwt = await sign('sandbox-saml', opts.providerArn, 'urn:amazon:webservices', opts.nameId, { ...opts, claims });
  return bytesToBase64(utf8(jwt));
}

/** Undoes the base64 wrapping of a simulated SAML assertion; `undefined` when it is not one. */
export function unwrapSamlAssertion(assertion: string): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(assertion));
    return text.split('.').length === 3 ? text : undefined;
  } catch {
    return undefined;
  }
}

/** What checking a simulated provider token's signature found. */
export type SimulatedTokenCheck = { ok: true; claims: Record<string, unknown> } | { ok: false; reason: 'malformed' | 'signature' };

/**
 * Checks that `token` is a JWT signed with the simulated providers' key and
 * returns its claims. Issuer, audience and expiry are the caller's to check
 * (each caller answers with its own error).
 */
export async function verifySimulatedProviderToken(token: string): Promise<SimulatedTokenCheck> {
  try {
    if (decodeProtectedHeader(token).alg !== 'RS256') return { ok: false, reason: 'signature' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  try {
    const { payload } = await compactVerify(token, await verificationKey(), { algorithms: ['RS256'] });
    const claims = JSON.parse(new TextDecoder().decode(payload)) as unknown;
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return { ok: false, reason: 'malformed' };
    return { ok: true, claims: claims as Record<string, unknown> };
  } catch {
    return { ok: false, reason: 'signature' };
  }
}
