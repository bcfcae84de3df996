'use client';

import { useState, type FormEvent } from 'react';
import { secondaryButtonClass, TextField } from '../_components/ui';
import { QrCode } from '../_flows/QrCode';
import { useSandbox } from '../_lib/useSandbox';
import { formBody, type HostedPage, type HttpRequest, type PageForm } from './hostedUi';

const primaryClass = 'rounded-md bg-accent px-4 py-2 font-semibold text-accent-foreground shadow-sm hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60';

/**
 * The hosted page's forms other than sign-in (sign-up, confirmation code,
 * password reset, new password, MFA code, choice of factor, authenticator
 * setup), rendered with the engine's labels and posted back as the browser
 * would: hidden values, typed fields and the pressed button.
 */
export function HostedPageForms({ page, busy, onSend }: { page: HostedPage; busy: boolean; onSend: (r: HttpRequest) => void }) {
  return (
    <>
      {page.forms.map((f, i) => (
        <HostedForm key={`${i}-${f.action}`} index={i} form={f} busy={busy} onSend={onSend} />
      ))}
    </>
  );
}

function HostedForm({ index, form, busy, onSend }: { index: number; form: PageForm; busy: boolean; onSend: (r: HttpRequest) => void }) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(form.fields.map((f) => [f.name, f.value])));
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const pressed = form.submits[Number(submitter?.dataset.index ?? 0)];
    onSend({ method: 'POST', url: form.action, body: formBody(form, values, pressed) });
  }
  return (
    <form className="space-y-3" onSubmit={submit}>
      {form.fields.map((f) => (
        <TextField
          key={f.name}
          id={`oauth-form${index}-${f.name.replace(/[^A-Za-z0-9_-]/g, '-')}`}
          label={f.label}
          type={f.type === 'password' ? 'password' : f.type === 'email' ? 'email' : f.type === 'tel' ? 'tel' : 'text'}
          autoComplete="off"
          required={f.required}
          value={values[f.name] ?? ''}
          onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
        />
      ))}
      <div className="flex flex-wrap gap-2">
        {form.submits.map((s, i) => (
          <button key={`${s.label}-${i}`} type="submit" data-index={i} disabled={busy} className={form.submits.length > 1 ? secondaryButtonClass : primaryClass}>
            {s.label}
          </button>
        ))}
      </div>
    </form>
  );
}

/** Links between hosted pages (sign up, forgot password, send a new code): the simulated browser follows them with a GET. */
export function HostedPageLinks({ page, busy, onSend }: { page: HostedPage; busy: boolean; onSend: (r: HttpRequest) => void }) {
  if (page.links.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {page.links.map((l) => (
        <li key={l.href}>
          <button type="button" disabled={busy} className="font-medium underline underline-offset-2 hover:no-underline disabled:opacity-60" onClick={() => onSend({ method: 'GET', url: l.href })}>
            {l.text}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * On the authenticator setup page: the otpauth link the engine printed, drawn
 * as a QR code, and a button that adds it to the sandbox's authenticator app
 * (as scanning it would), so its codes can be typed into the page.
 */
export function HostedPageTotp({ page }: { page: HostedPage }) {
  const { store } = useSandbox();
  const [added, setAdded] = useState<string>();
  const uri = page.text.map((t) => /otpauth:\/\/\S+/.exec(t)?.[0]).find(Boolean);
  const secret = page.text.map((t) => /^Secret key:\s*([A-Z2-7]+)$/.exec(t)?.[1]).find(Boolean);
  if (!uri || !secret) return null;
  const label = decodeURIComponent(new URL(uri).pathname.replace(/^\/+totp\//, '').replace(/^\/+/, '')) || 'Hosted UI';
  return (
    <div className="space-y-2">
      <QrCode text={uri} label={`QR code of the authenticator link for ${label}`} />
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={() => {
          const out = store.addAuthenticatorAccount({ label, secret });
          setAdded(out.ok ? `Added ${label} to the authenticator app.` : out.error.message);
        }}
      >
        Add to the authenticator app
      </button>
      <p role="status" className="text-sm">
        {added}
      </p>
    </div>
  );
}
