/**
 * Federated sign-in through the hosted UI, SIMULATED end to end:
 * /oauth2/authorize?identity_provider=Google → the simulated provider's page
 * (`/simulated-idp/authorize`, a list of test users) → /oauth2/idpresponse,
 * where Cognito maps the provider's claims to pool attributes, creates or
 * updates the EXTERNAL_PROVIDER user `{ProviderName}_{subject}` and sends the
 * browser back to the app as after a password sign-in.
 *
 * The original authorization request travels in the provider's `state` (its
 * query string); the provider's "code" names the provider and the test user.
 * A SAML provider instead posts a SAML response to /saml2/idpresponse
 * (`samlEndpoint.ts`). A provider identity linked to an existing user
 * (`linking.ts`) signs in as that user.
 */
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { checkAuthorize, complete, startSession } from './authorize';
import { formOf, htmlResponse, redirect, withParams, type OAuthRequest, type OAuthResponse } from './http';
import { federatedIdentity, federatedUser, SIMULATED_IDP_USERS } from './identityProviders';
import type { AuthorizeRequest } from './authorize';
import type { IdentityProviderRecord } from './model';
import { linkedUser } from './linking';
import { samlPostPage } from './samlEndpoint';
import { isCognitoError, MESSAGES } from '../core/errors';
import { usernameKey } from '../core/lookup';
import { postAuthentication, preAuthentication } from '../triggers/authTriggers';
import { baseEvent, withClientMetadata, type TriggerCaller } from '../triggers/events';
import { runTrigger } from '../triggers/invoke';
import { errorPage, simulatedIdpPage } from './pages';

const badRequest = (what: string): OAuthResponse => htmlResponse(400, errorPage('invalid_request', what));

/** GET and POST /simulated-idp/authorize?provider=…&state=…: the provider's page and the user's choice. */
export function simulatedIdp(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest): OAuthResponse {
  const providerName = url.searchParams.get('provider') ?? '';
  const state = url.searchParams.get('state') ?? '';
  const checked = checkAuthorize(ctx, hostPool, base, Object.fromEntries(new URLSearchParams(state)));
  if (!checked.ok) return checked.response;
  const provider = checked.request.pool.identityProviders?.[providerName];
  if (!provider || checked.request.provider !== providerName) return badRequest('Unknown identity provider.');
  const users = SIMULATED_IDP_USERS[provider.type] ?? [];
  if (req.method.toUpperCase() !== 'POST') {
    return htmlResponse(200, simulatedIdpPage({ provider: provider.name, type: provider.type, action: `${base}${url.pathname}${url.search}`, users }));
  }
  const chosen = users.find((u) => u.id === formOf(req.body).user);
  if (!chosen) return badRequest('Unknown test user.');
  // A SAML provider answers with an HTML form that posts its SAMLResponse to /saml2/idpresponse (HTTP-POST binding).
  if (provider.type === 'SAML') return samlPostPage(ctx, checked.request.pool, provider, chosen, base, state);
  return redirect(withParams(`${base}/oauth2/idpresponse`, { code: `${provider.name}:${chosen.id}`, state }, 'query'));
}

/** GET /oauth2/idpresponse: Cognito receives the provider's answer and signs the user in. */
export async function idpResponse(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL): Promise<OAuthResponse> {
  const state = url.searchParams.get('state') ?? '';
  const checked = checkAuthorize(ctx, hostPool, base, Object.fromEntries(new URLSearchParams(state)));
  if (!checked.ok) return checked.response;
  const ar = checked.request;
  const [providerName, userId] = (url.searchParams.get('code') ?? '').split(':');
  const provider = ar.pool.identityProviders?.[providerName];
  const testUser = provider && provider.type !== 'SAML' && ar.provider === providerName ? SIMULATED_IDP_USERS[provider.type]?.find((u) => u.id === userId) : undefined;
  if (!provider || !testUser) return redirect(withParams(ar.redirectUri, { error: 'invalid_request', error_description: 'The identity provider answer is not valid.', state: ar.state }, 'query'));
  return signInWithProvider(ctx, ar, provider, testUser.claims);
}

/**
 * Signs in the user a provider identity stands for and sends the browser back
 * to the app: a linked user (AdminLinkProviderForUser) gets the mapped
 * attributes and signs in; otherwise the EXTERNAL_PROVIDER user is created
 * (after PreSignUp_ExternalProvider) or updated. Pre and post authentication
 * triggers run as for any sign-in. A refusal goes back to the app as
 * `error=invalid_request`.
 */
export async function signInWithProvider(
  ctx: OperationContext,
  ar: AuthorizeRequest,
  provider: IdentityProviderRecord,
  claims: Record<string, string | boolean>,
): Promise<OAuthResponse> {
  const refuse = (description: string) => redirect(withParams(ar.redirectUri, { error: 'invalid_request', error_description: description, state: ar.state }, 'query'));
  const caller = { clientId: ar.client.config.ClientId as string };
  try {
    const { username, subject, mapped } = federatedIdentity(provider, claims);
    const linked = linkedUser(ar.pool, provider, subject, mapped);
    let user;
    if (linked) {
      // DG: the linked profile is updated with the claims mapped from the sign-in.
      Object.assign(linked.attributes, mapped);
      linked.updatedAt = ctx.now();
      user = linked;
    } else {
      // First sign-in: PreSignUp_ExternalProvider may refuse the new user.
      if (!ar.pool.users[usernameKey(ar.pool, username)]) await preSignUpExternal(ctx, ar.pool, username, mapped, caller);
      user = federatedUser(ctx, ar.pool, provider, claims);
    }
    if (!user.enabled) return refuse(MESSAGES.userDisabled);
    await preAuthentication(ctx, ar.pool, ar.client, user, user.username, caller);
    await postAuthentication(ctx, ar.pool, user, caller);
    return complete(ctx, ar, user, ctx.now(), { 'Set-Cookie': startSession(ctx, ar.pool, user) });
  } catch (e) {
    if (isCognitoError(e)) return refuse(e.message);
    throw e;
  }
}

/**
 * The pre sign-up trigger for a federated user's first sign-in
 * (triggerSource PreSignUp_ExternalProvider; DG pre sign-up trigger). Its
 * auto-confirm and auto-verify answers do not apply: the user is
 * EXTERNAL_PROVIDER. Throws the trigger's failure.
 */
async function preSignUpExternal(ctx: OperationContext, pool: UserPool, username: string, attributes: Record<string, string>, caller: TriggerCaller): Promise<void> {
  const request = withClientMetadata({ userAttributes: { ...attributes }, validationData: null }, caller);
  await runTrigger(ctx, pool, 'PreSignUp', baseEvent(ctx, pool, 'PreSignUp_ExternalProvider', username, caller, request, { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false }));
}
