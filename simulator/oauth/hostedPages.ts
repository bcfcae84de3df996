/**
 * The HTML of the hosted pages after /login: sign-up, confirmation code,
 * forgot password, reset code, new password for an administrator-created
 * user, and the MFA pages (code, choice of factor, authenticator setup).
 * Small, escaped, branded with the pool's name like `pages.ts`; every input
 * has a label, every error is a `role="alert"` paragraph.
 *
 * The wording follows the classic hosted UI's pages in our own words; exact
 * titles and field labels of the real pages are not documented (unconfirmed).
 */
import { escapeHtml as e } from './http';
import { STYLE } from './pages';

/** One input of a hosted form. */
export interface PageField {
  name: string;
  label: string;
  type?: 'text' | 'password' | 'email' | 'tel';
  value?: string;
  required?: boolean;
  autocomplete?: string;
}

/** The frame every hosted page shares. */
export function hostedShell(p: { title: string; poolName: string; error?: string; notice?: string; body: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(p.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${e(p.title)}</h1>
<p>${e(p.poolName)}</p>
${p.notice ? `<p class="notice" role="status">${e(p.notice)}</p>` : ''}
${p.error ? `<p class="error" role="alert">${e(p.error)}</p>` : ''}
${p.body}
</body></html>
`;
}

const fieldId = (name: string) => `hosted-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function input(f: PageField): string {
  const id = fieldId(f.name);
  const auto = f.autocomplete ? ` autocomplete="${e(f.autocomplete)}"` : '';
  return `<label for="${id}">${e(f.label)}</label>
<input id="${id}" name="${e(f.name)}" type="${f.type ?? 'text'}" value="${e(f.value ?? '')}"${auto}${f.required === false ? '' : ' required'}>`;
}

/** A form that posts to `action` with visible fields, hidden values and one submit button per entry of `submits`. */
export function hostedForm(action: string, fields: PageField[], submits: Array<{ label: string; name?: string; value?: string }>, hidden: Record<string, string> = {}): string {
  const hiddenInputs = Object.entries(hidden).map(([k, v]) => `<input type="hidden" name="${e(k)}" value="${e(v)}">`);
  const buttons = submits.map((s) => `<button type="submit"${s.name ? ` name="${e(s.name)}"` : ''}${s.value !== undefined ? ` value="${e(s.value)}"` : ''}>${e(s.label)}</button>`);
  return `<form method="post" action="${e(action)}">
${[...hiddenInputs, ...fields.map(input), ...buttons].join('\n')}
</form>`;
}

/** A paragraph with one link (links between hosted pages). */
export const hostedLink = (href: string, text: string, before = ''): string => `<p>${before ? `${e(before)} ` : ''}<a href="${e(href)}">${e(text)}</a></p>`;

/** A paragraph of text. */
export const para = (text: string): string => `<p>${e(text)}</p>`;

/** The value shown in a `<code>` inside a paragraph (the authenticator secret). */
export const codePara = (label: string, value: string): string => `<p>${e(label)} <code>${e(value)}</code></p>`;
