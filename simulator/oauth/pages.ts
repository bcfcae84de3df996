/** The hosted pages: the sign-in form and the error page, minimal HTML branded with the pool's name. */
import { escapeHtml as e } from './http';

/** The pages' shared style sheet (inline: the hosted pages load nothing else). */
export const STYLE = 'body{font:15px/1.5 system-ui,sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem}label,input,button{display:block;width:100%;box-sizing:border-box}input{margin:.25rem 0 1rem;padding:.5rem}button{padding:.6rem}.error{color:#b00020}';

/** The sign-in form. It posts back to the same `/login?…` URL, so the authorization request travels with it. */
export function loginPage(opts: {
  poolName: string;
  action: string;
  error?: string;
  username?: string;
  /** Whether the client supports COGNITO (user name and password). */
  withPassword?: boolean;
  /** Federated providers to offer, with the /oauth2/authorize link that picks each. */
  providers?: Array<{ name: string; href: string }>;
  /** The /signup link, when the pool lets users sign themselves up. */
  signUpHref?: string;
  /** The /forgotPassword link. */
  forgotHref?: string;
  /** A notice above the form (for example after a password reset). */
  notice?: string;
}): string {
  const form = `<form method="post" action="${e(opts.action)}">
<label for="signInFormUsername">Username</label>
<input id="signInFormUsername" name="username" type="text" autocomplete="username" value="${e(opts.username ?? '')}" required>
<label for="signInFormPassword">Password</label>
<input id="signInFormPassword" name="password" type="password" autocomplete="current-password" required>
<button type="submit" name="signInSubmitButton">Sign in</button>
</form>
${opts.forgotHref ? `<p><a href="${e(opts.forgotHref)}">Forgot your password?</a></p>` : ''}
${opts.signUpHref ? `<p>Need an account? <a href="${e(opts.signUpHref)}">Sign up</a></p>` : ''}`;
  const links = (opts.providers ?? []).map((p) => `<p><a href="${e(p.href)}">Continue with ${e(p.name)}</a></p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in</title><style>${STYLE}</style></head>
<body>
<h1>Sign in</h1>
<p>${e(opts.poolName)}</p>
${opts.notice ? `<p class="notice" role="status">${e(opts.notice)}</p>` : ''}
${opts.error ? `<p class="error" role="alert">${e(opts.error)}</p>` : ''}
${links}
${opts.withPassword === false ? '' : form}
</body></html>
`;
}

/** SIMULATED: the sign-in page of a federated provider, listing its test users. */
export function simulatedIdpPage(opts: { provider: string; type: string; action: string; users: Array<{ id: string; label: string; claims: Record<string, string | boolean> }> }): string {
  const rows = opts.users
    .map(
      (u) => `<li><form method="post" action="${e(opts.action)}"><button type="submit" name="user" value="${e(u.id)}">Sign in as ${e(u.label)}</button></form>
<pre>${e(JSON.stringify(u.claims, null, 2))}</pre></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(opts.provider)} (simulated)</title><style>${STYLE}</style></head>
<body>
<h1>${e(opts.provider)}</h1>
<p>A simulated ${e(opts.type)} identity provider: no real account is used. Pick a test user; ${opts.type === 'SAML' ? 'the attributes shown are those its SAML assertion carries' : 'the claims shown are those the provider returns'}.</p>
<ul>
${rows}
</ul>
</body></html>
`;
}

/** The page Cognito shows when it cannot redirect back to the app (an unknown client, a redirect_uri that is not registered). */
export function errorPage(error: string, description?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Error</title><style>${STYLE}</style></head>
<body>
<h1>An error was encountered with the requested page.</h1>
<p class="error"><code>${e(error)}</code></p>
${description ? `<p>${e(description)}</p>` : ''}
</body></html>
`;
}
