/**
 * Password reset on the hosted pages (managed login endpoints):
 * `/forgotPassword` asks for the user name and sends a reset code
 * (ForgotPassword); `/confirmforgotPassword`, reached only from it, takes the
 * code and a new password (ConfirmForgotPassword) and goes back to /login.
 * The path is spelt `/confirmforgotPassword` in AWS's endpoint list;
 * `/confirmForgotPassword` is accepted too.
 */
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { ForgotPassword } from '../operations/idp/ForgotPassword';
import { ConfirmForgotPassword } from '../operations/idp/ConfirmForgotPassword';
import { formOf, htmlResponse, redirect, type OAuthRequest, type OAuthResponse } from './http';
import { hostedSecretHash, messageOf, openHosted, pageUrl, type HostedRequest, runOperation } from './hostedFlow';
import { hostedForm, hostedLink, hostedShell, para } from './hostedPages';

/** The documented spelling of the reset page's path. */
export const CONFIRM_FORGOT_PATH = '/confirmforgotPassword';

function forgotPage(h: HostedRequest, opts: { username?: string; error?: string }): string {
  const body = [
    para('Enter your user name and we will send you a code to reset your password.'),
    hostedForm(pageUrl(h, '/forgotPassword'), [{ name: 'username', label: 'Username', value: opts.username ?? '', autocomplete: 'username' }], [{ label: 'Reset my password' }]),
    hostedLink(pageUrl(h, '/login'), 'Back to sign in'),
  ].join('\n');
  return hostedShell({ title: 'Forgot your password?', poolName: h.poolName, error: opts.error, body });
}

function resetPage(h: HostedRequest, opts: { username: string; error?: string; notice?: string }): string {
  const body = hostedForm(pageUrl(h, CONFIRM_FORGOT_PATH, { username: opts.username }), [
    { name: 'username', label: 'Username', value: opts.username, autocomplete: 'username' },
    { name: 'code', label: 'Code', autocomplete: 'one-time-code' },
    { name: 'password', label: 'New password', type: 'password', autocomplete: 'new-password' },
  ], [{ label: 'Change password' }]);
  return hostedShell({ title: 'Reset your password', poolName: h.poolName, error: opts.error, notice: opts.notice, body });
}

/** GET and POST /forgotPassword. */
export async function forgotPasswordEndpoint(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest): Promise<OAuthResponse> {
  const opened = openHosted(ctx, hostPool, base, url);
  if (!opened.ok) return opened.response;
  const h = opened.hosted;
  if (req.method.toUpperCase() !== 'POST') return htmlResponse(200, forgotPage(h, {}));
  const username = (formOf(req.body).username ?? '').trim();
  try {
    await runOperation(ctx, ForgotPassword, { ClientId: h.clientId, Username: username, ...(await hostedSecretHash(h, username)) });
  } catch (e) {
    return htmlResponse(200, forgotPage(h, { username, error: messageOf(e) }));
  }
  return redirect(pageUrl(h, CONFIRM_FORGOT_PATH, { username }));
}

/** What the reset page says (the masked destination stays with ForgotPassword's answer; wording ours). */
const SENT_NOTICE = 'We sent a password reset code to the email address or phone number on your account. Enter it below with your new password.';

/** GET and POST /confirmforgotPassword. */
export async function confirmForgotPasswordEndpoint(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest): Promise<OAuthResponse> {
  const opened = openHosted(ctx, hostPool, base, url);
  if (!opened.ok) return opened.response;
  const h = opened.hosted;
  const queried = url.searchParams.get('username') ?? '';
  if (req.method.toUpperCase() !== 'POST') return htmlResponse(200, resetPage(h, { username: queried, notice: SENT_NOTICE }));
  const form = formOf(req.body);
  const username = (form.username ?? queried).trim();
  try {
    await runOperation(ctx, ConfirmForgotPassword, { ClientId: h.clientId, Username: username, ConfirmationCode: (form.code ?? '').trim(), Password: form.password ?? '', ...(await hostedSecretHash(h, username)) });
  } catch (e) {
    return htmlResponse(200, resetPage(h, { username, error: messageOf(e) }));
  }
  return redirect(pageUrl(h, '/login', { password_reset: 'true' }));
}

/** The notice /login shows after a reset (SIMULATED parameter `password_reset`; the real page's wording is unconfirmed). */
export const PASSWORD_RESET_NOTICE = 'Your password has been reset. Sign in with your new password.';
