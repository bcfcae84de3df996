/**
 * The OpenID Connect discovery document of a pool (served by Cognito at
 * `https://cognito-idp.{region}.amazonaws.com/{poolId}/.well-known/openid-configuration`).
 * With a domain, it also names the authorization server's endpoints on that domain.
 */
import type { UserPool } from '../core/model';
import { issuerFor } from '../facts';
import { domainHost } from './domains';

/**
 * The discovery document. `jwksBase` replaces the issuer as the place the
 * JWKS is served from, `oauthBase` the domain the OAuth endpoints live on
 * (by default `https://{the pool's domain}`).
 */
export function openIdConfiguration(region: string, pool: UserPool, opts: { jwksBase?: string; oauthBase?: string } = {}): Record<string, unknown> {
  const issuer = issuerFor(region, pool.id);
  const doc: Record<string, unknown> = {
    issuer,
    jwks_uri: `${opts.jwksBase ?? issuer}/.well-known/jwks.json`,
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'token'],
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  };
  const domains = Object.values(pool.domains ?? {});
  if (domains.length === 0) return doc;
  const domain = domains.find((d) => d.certificateArn) ?? domains[0];
  const base = opts.oauthBase ?? `https://${domainHost(domain, region)}`;
  return {
    ...doc,
    authorization_endpoint: `${base}/oauth2/authorize`,
    token_endpoint: `${base}/oauth2/token`,
    userinfo_endpoint: `${base}/oauth2/userInfo`,
    revocation_endpoint: `${base}/oauth2/revoke`,
  };
}
