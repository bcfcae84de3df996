'use client';

import { useId, useState, type FormEvent } from 'react';
import type { AuthenticatorAccount, SandboxError } from '../_lib/sandboxStore';
import { useSandbox } from '../_lib/useSandbox';
import { FormFeedback, secondaryButtonClass, SubmitButton, TextField } from '../_components/ui';
import { groupSecret, normalizeSecret, parseOtpauthUri, readAuthenticator, TOTP_PERIOD_SECONDS } from './authenticator';

/**
 * The learner's authenticator app: the current code of each account on the
 * simulated clock, with the seconds left before it changes. Accounts are
 * added by secret key (what scanning the setup QR code does), here or by the
 * MFA setup flow through the store.
 */
export function Authenticator() {
  const { state, store } = useSandbox();
  const accounts = state.authenticator ?? [];

  return (
    <div className="space-y-4">
      {accounts.length === 0 ? (
        <p className="text-sm text-muted">No accounts yet. Set up TOTP MFA and add the secret key here, as scanning the QR code would.</p>
      ) : (
        <ul className="space-y-3" aria-label="Authenticator accounts">
          {accounts.map((a) => (
            <AccountCard key={a.id} account={a} now={state.now} onRemove={() => store.removeAuthenticatorAccount(a.id)} />
          ))}
        </ul>
      )}
      <AddAccountForm />
    </div>
  );
}

function AccountCard({ account, now, onRemove }: { account: AuthenticatorAccount; now: number | null; onRemove: () => void }) {
  const reading = now === null ? undefined : readAuthenticator(account.secret, now);
  const headingId = `authenticator-${account.id}-label`;
  return (
    <li className="rounded-lg border border-border bg-background p-3">
      <article aria-labelledby={headingId} className="space-y-2">
        <div className="flex items-start justify-between gap-2">
          <h3 id={headingId} className="font-semibold wrap-anywhere">
            {account.label}
          </h3>
          <button type="button" onClick={onRemove} className={secondaryButtonClass} aria-label={`Remove ${account.label} from the authenticator`}>
            Remove
          </button>
        </div>
        {reading ? (
          <>
            <p className="flex items-baseline gap-3">
              <span className="sr-only">Current code</span>
              <code className="font-mono text-3xl font-bold tracking-[0.2em] tabular-nums">
                {reading.code}
              </code>
              <span className="text-sm text-muted">
                changes in {reading.secondsLeft} s<span className="sr-only"> (simulated clock)</span>
              </span>
            </p>
            <div aria-hidden="true" className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
              <div className="h-full bg-accent" style={{ width: `${(reading.secondsLeft / TOTP_PERIOD_SECONDS) * 100}%` }} />
            </div>
          </>
        ) : null}
        <p className="text-xs text-muted">
          Secret key <code className="font-mono wrap-anywhere">{groupSecret(account.secret)}</code>
        </p>
      </article>
    </li>
  );
}

function AddAccountForm() {
  const { store } = useSandbox();
  const ids = useId();
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<SandboxError>();
  const [success, setSuccess] = useState<string>();

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = normalizeSecret(secret);
    if (!checked.ok) {
      setError({ name: 'Not added', message: checked.error });
      setSuccess(undefined);
      return;
    }
    const fromUri = /^otpauth:/i.test(secret.trim()) ? parseOtpauthUri(secret.trim()) : undefined;
    const out = store.addAuthenticatorAccount({ label: label || fromUri?.label || '', secret: checked.secret });
    if (out.ok) {
      setError(undefined);
      setSuccess(`Added ${out.value.label}.`);
      setSecret('');
      setLabel('');
    } else {
      setError(out.error);
      setSuccess(undefined);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3 border-t border-border pt-3" aria-labelledby={`${ids}-title`} noValidate>
      <h3 id={`${ids}-title`} className="text-sm font-semibold">
        Add an account by secret key
      </h3>
      <TextField id={`${ids}-label`} label="Account name" value={label} onChange={(e) => setLabel(e.target.value)} autoComplete="off" placeholder="alice (Cognito Sandbox)" />
      <TextField
        id={`${ids}-secret`}
        label="Secret key"
        hint={<>The SecretCode from AssociateSoftwareToken, or an otpauth:// link.</>}
        value={secret}
        onChange={(e) => setSecret(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        invalid={error !== undefined}
        className="font-mono"
      />
      <SubmitButton>Add account</SubmitButton>
      <FormFeedback error={error} success={success} />
    </form>
  );
}
