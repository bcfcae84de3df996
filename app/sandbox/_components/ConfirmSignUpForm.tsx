'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { fieldOfError } from '../_lib/formErrors';
import type { SandboxError } from '../_lib/sandboxStore';
import { FormFeedback, SubmitButton, TextField } from './ui';

/** ConfirmSignUp: the user name and the code from the inbox. Starts with the last signed-up user name. */
export function ConfirmSignUpForm() {
  const { state } = useSandbox();
  // A new sign-up starts the form afresh with its user name.
  return <ConfirmFields key={state.lastSignUp?.seq ?? 0} initialUsername={state.lastSignUp?.username ?? ''} />;
}

function ConfirmFields({ initialUsername }: { initialUsername: string }) {
  const { state, store } = useSandbox();
  const [username, setUsername] = useState(initialUsername);
  const [code, setCode] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<SandboxError>();
  const [success, setSuccess] = useState<ReactNode>();
  const invalid = fieldOfError(error, ['username', 'code']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setSuccess(undefined);
    const out = await store.confirmSignUp({ username, code: code.trim() });
    setPending(false);
    if (out.ok) {
      setSuccess(
        <>
          Confirmed <strong>{username}</strong>: the account can sign in now.
        </>,
      );
    } else {
      setError(out.error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="confirm-username"
        label="Username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        invalid={invalid === 'username'}
      />
      <TextField
        id="confirm-code"
        label="Confirmation code"
        hint="The code from the verification email in the inbox."
        value={code}
        onChange={(e) => setCode(e.target.value)}
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        required
        invalid={invalid === 'code'}
      />
      <SubmitButton disabled={state.status !== 'ready' || pending}>{pending ? 'Confirming…' : 'Confirm account'}</SubmitButton>
      <FormFeedback error={error} success={success} />
    </form>
  );
}
