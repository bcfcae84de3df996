/**
 * The hosted sign-in page, /login: the user name and password form, the
 * federated providers the client supports, and links to /signup (only when
 * the pool lets users sign themselves up) and /forgotPassword. A right
 * password continues through the auth-session chart (hostedChallenges.ts):
 * a new password, MFA, or straight back to the app.
 */
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { findUser } from '../core/lookup';
import { isCognitoError, MESSAGES } from '../core/errors';
import { checkPassword } from '../crypto/password';
import { checkAfterPassword, checkBeforePassword } from '../auth/signInUser';
import { recordFailedSignIn } from '../auth/lockout';
import { preAuthentication } from '../triggers/authTriggers';
import { oauthSettings } from './clients';
import { formOf, htmlResponse, type OAuthRequest, type OAuthResponse } from './http';
import { loginPage } from './pages';
import { openHosted, pageUrl, type HostedRequest } from './hostedFlow';
import { continueSignIn } from './hostedChallenges';
import { PASSWORD_RESET_NOTICE } from './hostedPassword';

/** The sign-in page of a hosted request, with its provider, sign-up and forgot-password links. */
export function loginPageFor(h: HostedRequest, opts: { error?: string; notice?: string; username?: string }): string {
  const providers = oauthSettings(h.ar.client)
    .providers.filter((p) => p !== 'COGNITO')
    .map((p) => ({ name: p, href: pageUrl(h, '/oauth2/authorize', { identity_provider: p }) }));
  return loginPage({
    poolName: h.poolName,
    action: pageUrl(h, '/login'),
    withPassword: h.local,
    providers,
    signUpHref: h.local && h.selfSignUp ? pageUrl(h, '/signup') : undefined,
    forgotHref: h.local ? pageUrl(h, '/forgotPassword') : undefined,
    ...opts,
  });
}

/** GET and POST /login: the sign-in form and its submission. */
export async function login(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest): Promise<OAuthResponse> {
  const opened = openHosted(ctx, hostPool, base, url);
  if (!opened.ok) return opened.response;
  const h = opened.hosted;
  if (req.method.toUpperCase() !== 'POST') return htmlResponse(200, loginPageFor(h, url.searchParams.get('password_reset') === 'true' ? { notice: PASSWORD_RESET_NOTICE } : {}));

  const form = formOf(req.body);
  const again = (error: string) => htmlResponse(200, loginPageFor(h, { error, username: form.username }));
  if (!h.local) return again('This app client does not allow signing in with a user name and password (COGNITO is not a supported identity provider).');
  const { pool, client } = h.ar;
  const user = form.username ? findUser(pool, form.username) : undefined;
  const now = ctx.now();
  try {
    // The pre authentication trigger runs before the password is checked, as for USER_PASSWORD_AUTH.
    if (form.username) await preAuthentication(ctx, pool, client, user, form.username, { clientId: h.clientId });
    if (!user || !form.password) return again(MESSAGES.incorrectCredentials);
    checkBeforePassword(client, user, now);
    if (!(await checkPassword(user.password, form.password))) {
      recordFailedSignIn(user, now);
      return again(MESSAGES.incorrectCredentials);
    }
    checkAfterPassword(user, now);
    return await continueSignIn(ctx, h, user);
  } catch (e) {
    if (isCognitoError(e)) return again(e.message);
    throw e;
  }
}
