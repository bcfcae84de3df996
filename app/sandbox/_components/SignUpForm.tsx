'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { describePasswordPolicy } from '../_lib/passwordPolicy';
import { fieldOfError } from '../_lib/formErrors';
import type { SandboxError } from '../_lib/sandboxStore';
import { CheckboxField, FormFeedback, SubmitButton, TextField } from './ui';

/** SignUp: a user name, an email address and a password, sent to the demo app client. */
export function SignUpForm() {
  const { state, store } = useSandbox();
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<SandboxError>();
  const [success, setSuccess] = useState<ReactNode>();

  const ready = state.status === 'ready';
  const invalid = fieldOfError(error, ['username', 'email', 'password']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setSuccess(undefined);
    const out = await store.signUp({ username, email, password });
    setPending(false);
    if (!out.ok) {
      setError(out.error);
      return;
    }
    const delivery = out.value.CodeDeliveryDetails;
    setSuccess(
      <>
        Signed up <strong>{username}</strong>
        {out.value.UserConfirmed ? ' (already confirmed).' : ' (not confirmed yet).'}
        {delivery?.Destination ? ` Cognito sent a verification code to ${delivery.Destination}: find it in the inbox.` : null}
      </>,
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="signup-username"
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
        id="signup-email"
        label="Email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        autoComplete="email"
        spellCheck={false}
        required
        invalid={invalid === 'email'}
      />
      <TextField
        id="signup-password"
        label="Password"
        type={showPassword ? 'text' : 'password'}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="new-password"
        spellCheck={false}
        required
        invalid={invalid === 'password'}
        hint={describePasswordPolicy(state.pool?.passwordPolicy)}
      />
      <CheckboxField id="signup-show-password" label="Show password" checked={showPassword} onChange={setShowPassword} />
      <SubmitButton disabled={!ready || pending}>{pending ? 'Signing up…' : 'Sign up'}</SubmitButton>
      <FormFeedback error={error} success={success} />
    </form>
  );
}
