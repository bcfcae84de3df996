/**
 * The OAuth 2.0 settings of an app client, checked as Cognito checks them in
 * CreateUserPoolClient and UpdateUserPoolClient: client credentials needs a
 * client secret, stands alone and takes only custom scopes; every scope must be
 * reserved or defined by a resource server; redirect URLs are absolute, carry
 * no fragment and use HTTPS unless they point at localhost (app schemes such
 * as `myapp://callback` are allowed); supported identity providers must exist.
 */
import { fail } from '../core/errors';
import type { UserPool } from '../core/model';
import { OAUTH } from '../facts';
import { IDP_MESSAGES, OAUTH_MESSAGES } from './messages';
import { customScopesOf } from './resourceServers';

export interface ClientOAuthInput {
  AllowedOAuthFlowsUserPoolClient?: boolean;
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  DefaultRedirectURI?: string;
  SupportedIdentityProviders?: string[];
}

const RESERVED: ReadonlySet<string> = new Set(OAUTH.reservedScopes.value);

/** Whether `url` may be a callback or sign-out URL. Throws InvalidParameterException if not. */
export function checkRedirectUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail('InvalidParameterException', OAUTH_MESSAGES.invalidRedirectUrl(url));
  }
  if (parsed.hash !== '' || url.includes('#')) throw fail('InvalidParameterException', OAUTH_MESSAGES.invalidRedirectUrl(url));
  if (parsed.protocol === 'http:' && parsed.hostname !== 'localhost') throw fail('InvalidParameterException', OAUTH_MESSAGES.callbackNotHttps(url));
}

/** Checks a client's OAuth settings against the pool (its resource servers) and whether the client has a secret. */
export function checkClientOAuth(pool: UserPool, input: ClientOAuthInput, hasSecret: boolean): void {
  const flows = input.AllowedOAuthFlows ?? [];
  const scopes = input.AllowedOAuthScopes ?? [];
  if (input.AllowedOAuthFlowsUserPoolClient && (flows.length === 0 || scopes.length === 0)) throw fail('InvalidOAuthFlowException', OAUTH_MESSAGES.flowsAndScopesRequired);
  if (flows.includes('client_credentials')) {
    if (flows.some((f) => f !== 'client_credentials')) throw fail('InvalidOAuthFlowException', OAUTH_MESSAGES.clientCredentialsExclusive);
    if (!hasSecret) throw fail('InvalidOAuthFlowException', OAUTH_MESSAGES.clientCredentialsNeedSecret);
    const reserved = scopes.find((s) => RESERVED.has(s));
    if (reserved) throw fail('InvalidOAuthFlowException', OAUTH_MESSAGES.scopeNotForClientCredentials(reserved));
  }
  const custom = customScopesOf(pool);
  const unknown = scopes.find((s) => !RESERVED.has(s) && !custom.has(s));
  if (unknown) throw fail('ScopeDoesNotExistException', OAUTH_MESSAGES.scopeDoesNotExist(unknown));
  for (const name of input.SupportedIdentityProviders ?? []) {
    if (name !== 'COGNITO' && !pool.identityProviders?.[name]) throw fail('InvalidParameterException', IDP_MESSAGES.providerNotInPool(name, pool.id));
  }
  for (const url of [...(input.CallbackURLs ?? []), ...(input.LogoutURLs ?? [])]) checkRedirectUrl(url);
  if (input.DefaultRedirectURI !== undefined) {
    checkRedirectUrl(input.DefaultRedirectURI);
    if (!(input.CallbackURLs ?? []).includes(input.DefaultRedirectURI)) throw fail('InvalidParameterException', OAUTH_MESSAGES.defaultRedirectNotInCallbacks);
  }
}
