/**
 * Which pool and app client an OAuth request is for. On a Cognito domain host
 * (`{prefix}.auth.{region}.amazoncognito.com`, a custom domain, or
 * `{prefix}.localhost`) the domain names the pool; on the sandbox endpoint's
 * shared host the app client id does (client ids are unique in the account).
 * Either way the pool must have a domain: without one it has no OAuth endpoints.
 */
import type { OperationContext } from '../core/context';
import type { UserPool, UserPoolClient } from '../core/model';
import { findDomain } from './domains';

/** The pool named by the request's host, if the host is one of the account's domains. */
export function poolOfHost(ctx: OperationContext, url: URL): UserPool | undefined {
  const host = url.hostname.toLowerCase();
  const cognito = /^([a-z0-9-]+)\.auth\.[a-z0-9-]+\.amazoncognito\.com$/.exec(host);
  const local = /^([a-z0-9-]+)\.localhost$/.exec(host);
  const name = cognito?.[1] ?? local?.[1] ?? host;
  return findDomain(ctx, name)?.pool;
}

const hasDomain = (pool: UserPool): boolean => Object.keys(pool.domains ?? {}).length > 0;

/** The app client `clientId` with its pool, when the pool serves OAuth (has a domain) and matches the host's pool. */
export function oauthClient(ctx: OperationContext, hostPool: UserPool | undefined, clientId: string | undefined): { pool: UserPool; client: UserPoolClient } | undefined {
  if (!clientId) return undefined;
  const pools = hostPool ? [hostPool] : Object.values(ctx.state.userPools);
  for (const pool of pools) {
    const client = pool.clients[clientId];
    if (client) return hasDomain(pool) ? { pool, client } : undefined;
  }
  return undefined;
}

/** The client's OAuth settings. */
export function oauthSettings(client: UserPoolClient): { enabled: boolean; flows: string[]; scopes: string[]; callbacks: string[]; logouts: string[]; providers: string[] } {
  const c = client.config;
  return {
    enabled: c.AllowedOAuthFlowsUserPoolClient === true,
    flows: (c.AllowedOAuthFlows as string[] | undefined) ?? [],
    scopes: (c.AllowedOAuthScopes as string[] | undefined) ?? [],
    callbacks: (c.CallbackURLs as string[] | undefined) ?? [],
    logouts: (c.LogoutURLs as string[] | undefined) ?? [],
    providers: (c.SupportedIdentityProviders as string[] | undefined) ?? [],
  };
}
