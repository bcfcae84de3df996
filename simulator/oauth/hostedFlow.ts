/**
 * What the hosted pages beyond /login share: the authorization request each
 * page carries in its query string (so `state`, `nonce`, PKCE and the scopes
 * survive every page), running a real engine operation on the request's
 * draft, the SECRET_HASH the hosted UI computes itself for a client with a
 * secret, and finishing a sign-in with the usual redirect to the callback.
 */
import type { OperationContext, Operation } from '../core/context';
import type { User, UserPool } from '../core/model';
import { validate } from '../core/validate';
import { isCognitoError } from '../core/errors';
import { secretHash } from '../crypto/password';
import { postAuthentication } from '../triggers/authTriggers';
import { clearLockout } from '../auth/lockout';
import { checkAuthorize, complete, startSession, type AuthorizeRequest } from './authorize';
import { oauthSettings } from './clients';
import { queryOf, type OAuthResponse } from './http';

/** A hosted page request whose authorization parameters checked out. */
export interface HostedRequest {
  ar: AuthorizeRequest;
  /** `https://{domain}` the pages live on. */
  base: string;
  /** The authorization request's query string, with its `?` (or empty). */
  search: string;
  poolName: string;
  clientId: string;
  /** Whether the client signs in local users (COGNITO is a supported identity provider). */
  local: boolean;
  /** Whether users may sign themselves up (AdminCreateUserConfig.AllowAdminCreateUserOnly is not true). */
  selfSignUp: boolean;
}

/** The parameters of a page URL that are not the authorization request's own (added by the pages themselves). */
const PAGE_PARAMS = ['username', 'password_reset'];

/** Checks the authorization parameters a hosted page carries; a bad request gets the same answer as /oauth2/authorize. */
export function openHosted(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL): { ok: true; hosted: HostedRequest } | { ok: false; response: OAuthResponse } {
  const checked = checkAuthorize(ctx, hostPool, base, queryOf(url));
  if (!checked.ok) return checked;
  const ar = checked.request;
  const q = new URLSearchParams(url.search);
  for (const p of PAGE_PARAMS) q.delete(p);
  const search = q.toString() ? `?${q.toString()}` : '';
  const admin = (ar.pool.config.AdminCreateUserConfig as { AllowAdminCreateUserOnly?: boolean } | undefined)?.AllowAdminCreateUserOnly === true;
  return {
    ok: true,
    hosted: {
      ar,
      base,
      search,
      poolName: String(ar.pool.config.Name ?? ar.pool.id),
      clientId: ar.client.config.ClientId as string,
      local: oauthSettings(ar.client).providers.includes('COGNITO'),
      selfSignUp: !admin,
    },
  };
}

/** The URL of another hosted page, carrying the authorization request (and extra page parameters). */
export function pageUrl(h: HostedRequest, path: string, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(h.search);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return `${h.base}${path}${s ? `?${s}` : ''}`;
}

/** Runs an engine operation on this request's draft, with the operation's own input checks. */
export async function runOperation<I, O>(ctx: OperationContext, op: Operation<I, O>, input: unknown): Promise<O> {
  return op.run(ctx, validate(op.input, input));
}

/** The SECRET_HASH for `username` when the client has a secret (the hosted UI holds the secret itself). */
export async function hostedSecretHash(h: HostedRequest, username: string): Promise<{ SecretHash?: string }> {
  const secret = h.ar.client.config.ClientSecret as string | undefined;
  return secret ? { SecretHash: await secretHash(secret, username, h.clientId) } : {};
}

/** The engine's error message, or rethrows what is not a Cognito error (an engine bug). */
export function messageOf(e: unknown): string {
  if (isCognitoError(e)) return e.message;
  throw e;
}

/**
 * The end of every hosted sign-in: the lockout count starts over, the post
 * authentication trigger runs, a hosted-UI session cookie is set and the
 * browser goes back to the app with a code (or tokens for the implicit grant).
 * Returns the trigger's message when it refuses the sign-in.
 */
export async function finishSignIn(ctx: OperationContext, h: HostedRequest, user: User): Promise<{ ok: true; response: OAuthResponse } | { ok: false; message: string }> {
  clearLockout(user);
  try {
    await postAuthentication(ctx, h.ar.pool, user, { clientId: h.clientId });
  } catch (e) {
    return { ok: false, message: messageOf(e) };
  }
  return { ok: true, response: await complete(ctx, h.ar, user, ctx.now(), { 'Set-Cookie': startSession(ctx, h.ar.pool, user) }) };
}
