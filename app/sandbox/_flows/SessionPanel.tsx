'use client';

import { useState, type FormEvent } from 'react';
import { FormFeedback, SubmitButton, TextField, secondaryButtonClass } from '../_components/ui';
import { useSandbox } from '../_lib/useSandbox';
import { TotpSetup } from './TotpSetup';
import { useActorSnapshot, useFlows } from './useFlows';

const ATTRIBUTES = ['email', 'phone_number', 'name', 'given_name', 'family_name', 'nickname', 'preferred_username', 'website'] as const;
const VERIFIABLE = ['email', 'phone_number'] as const;

const selectClass = 'block w-full rounded-md border border-slate-500 bg-background px-3 py-2 text-foreground dark:border-slate-400';
const BUSY = ['refreshing', 'gettingUser', 'changingPassword', 'updatingAttributes', 'requestingAttributeCode', 'verifyingAttribute', 'associatingToken', 'verifyingTotp', 'preferringTotp', 'signingOutEverywhere', 'revokingToken'] as const;

/** What the signed-in user can do with the tokens: the session flow machine. */
export function SessionPanel() {
  const { state } = useSandbox();
  const { view, runtime } = useFlows();
  const flow = useActorSnapshot(view.session);
  const busy = BUSY.some((s) => flow.matches(s)) || state.status !== 'ready';
  const { error, notice, user, username } = flow.context;
  const send = (event: Parameters<typeof view.session.send>[0]) => {
    runtime.focus('session');
    view.session.send(event);
  };

  if (flow.matches('signedOut')) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-muted">Nobody is signed in to the app. Sign in above, and this is where the session&apos;s actions appear.</p>
        <FormFeedback error={error} success={notice} />
      </div>
    );
  }

  return (
    <div className="space-y-5">
      <p>
        Signed in as <strong>{username}</strong>.
      </p>
      <div role="group" aria-label="Session actions" className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => send({ type: 'GET_USER' })}>
          Get user (GetUser)
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => send({ type: 'REFRESH' })}>
          Refresh tokens
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => send({ type: 'SIGN_OUT' })}>
          Sign out (this app)
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => send({ type: 'GLOBAL_SIGN_OUT' })}>
          Global sign-out
        </button>
        <button type="button" className={secondaryButtonClass} disabled={busy || !flow.context.tokens?.RefreshToken} onClick={() => send({ type: 'REVOKE_TOKEN' })}>
          Revoke refresh token
        </button>
      </div>
      <FormFeedback error={error} success={notice} />

      {user ? (
        <div>
          <h3 className="text-sm font-semibold">GetUser: {user.Username}</h3>
          <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-0.5 text-sm">
            {(user.UserAttributes ?? []).map((a) => (
              <div key={a.Name} className="contents">
                <dt className="font-mono text-muted">{a.Name}</dt>
                <dd className="font-mono wrap-anywhere">{a.Value}</dd>
              </div>
            ))}
            <dt className="font-mono text-muted">MFA</dt>
            <dd className="font-mono">{user.UserMFASettingList?.join(', ') || 'none'}</dd>
          </dl>
        </div>
      ) : null}

      {flow.matches('totpPending') || flow.matches('verifyingTotp') || flow.matches('preferringTotp') ? (
        flow.context.totpSecret ? (
          <section aria-labelledby="session-totp-heading" className="space-y-3 rounded-lg border border-border bg-background p-4">
            <h3 id="session-totp-heading" className="font-semibold">
              Turn on an authenticator app
            </h3>
            <TotpSetup
              idPrefix="session"
              secret={flow.context.totpSecret}
              username={username ?? ''}
              pending={!flow.matches('totpPending')}
              onVerify={(code, deviceName) => send({ type: 'VERIFY_TOTP', code, deviceName })}
              onCancel={() => send({ type: 'CANCEL' })}
            />
          </section>
        ) : null
      ) : (
        <div className="grid gap-5 lg:grid-cols-2">
          <ChangePasswordForm busy={busy} />
          <AttributeForms busy={busy} />
          <div className="space-y-2">
            <h3 className="font-semibold">Authenticator app (TOTP MFA)</h3>
            <p className="text-sm text-muted">
              <code className="font-mono">AssociateSoftwareToken</code>, <code className="font-mono">VerifySoftwareToken</code>, then{' '}
              <code className="font-mono">SetUserMFAPreference</code>. The pool must allow authenticator apps (Settings → MFA).
            </p>
            <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => send({ type: 'SET_UP_TOTP' })}>
              Set up an authenticator app
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function ChangePasswordForm({ busy }: { busy: boolean }) {
  const { view, runtime } = useFlows();
  const [previous, setPrevious] = useState('');
  const [proposed, setProposed] = useState('');
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    runtime.focus('session');
    view.session.send({ type: 'CHANGE_PASSWORD', previousPassword: previous, proposedPassword: proposed });
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <h3 className="font-semibold">Change password</h3>
      <TextField id="session-old-password" label="Current password" type="password" value={previous} onChange={(e) => setPrevious(e.target.value)} autoComplete="current-password" required />
      <TextField id="session-new-password" label="New password" type="password" value={proposed} onChange={(e) => setProposed(e.target.value)} autoComplete="new-password" required />
      <SubmitButton disabled={busy}>Change password</SubmitButton>
    </form>
  );
}

function AttributeForms({ busy }: { busy: boolean }) {
  const { view, runtime } = useFlows();
  const [name, setName] = useState<string>('email');
  const [value, setValue] = useState('');
  const [verifyName, setVerifyName] = useState<string>('email');
  const [code, setCode] = useState('');
  const send = (event: Parameters<typeof view.session.send>[0]) => {
    runtime.focus('session');
    view.session.send(event);
  };
  return (
    <div className="space-y-5">
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'UPDATE_ATTRIBUTES', attributes: { [name]: value } });
        }}
      >
        <h3 className="font-semibold">Update an attribute</h3>
        <div className="space-y-1">
          <label htmlFor="session-attr-name" className="block text-sm font-medium">
            Attribute
          </label>
          <select id="session-attr-name" className={selectClass} value={name} onChange={(e) => setName(e.target.value)}>
            {ATTRIBUTES.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <TextField id="session-attr-value" label="New value" value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" spellCheck={false} />
        <SubmitButton disabled={busy}>Update attribute</SubmitButton>
      </form>
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'VERIFY_ATTRIBUTE', attribute: verifyName, code });
        }}
      >
        <h3 className="font-semibold">Verify an attribute</h3>
        <div className="space-y-1">
          <label htmlFor="session-verify-name" className="block text-sm font-medium">
            Attribute to verify
          </label>
          <select id="session-verify-name" className={selectClass} value={verifyName} onChange={(e) => setVerifyName(e.target.value)}>
            {VERIFIABLE.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <TextField id="session-verify-code" label="Verification code" value={code} onChange={(e) => setCode(e.target.value)} inputMode="numeric" autoComplete="one-time-code" />
        <div className="flex flex-wrap gap-2">
          <SubmitButton disabled={busy}>Verify</SubmitButton>
          <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => send({ type: 'REQUEST_ATTRIBUTE_CODE', attribute: verifyName })}>
            Send a code
          </button>
        </div>
      </form>
    </div>
  );
}
