'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { fieldOfError } from '../_lib/formErrors';
import type { SandboxError } from '../_lib/sandboxStore';
import { CheckboxField, FormFeedback, SubmitButton, TextField } from './ui';

/** InitiateAuth with USER_PASSWORD_AUTH. Starts with the last signed-up user name. */
export function SignInForm() {
  const { state } = useSandbox();
  return <SignInFields key={state.lastSignUp?.seq ?? 0} initialUsername={state.lastSignUp?.username ?? ''} />;
}

function SignInFields({ initialUsername }: { initialUsername: string }) {
  const { state, store } = useSandbox();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<SandboxError>();
  const [success, setSuccess] = useState<ReactNode>();
  const invalid = fieldOfError(error, ['username', 'password']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setSuccess(undefined);
    const out = await store.signIn({ username, password });
    setPending(false);
    if (!out.ok) {
      setError(out.error);
      return;
    }
    const result = out.value.AuthenticationResult;
    if (result) {
      setSuccess(
        <>
          Signed in as <strong>{username}</strong>. Cognito returned an ID token, an access token
          {result.RefreshToken ? ' and a refresh token' : ''}: see them under Tokens.
        </>,
      );
    } else {
      setSuccess(
        <>
          Cognito answered with the challenge <code className="font-mono">{out.value.ChallengeName}</code>, which this page
          cannot answer yet.
        </>,
      );
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="signin-username"
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
        id="signin-password"
        label="Password"
        type={showPassword ? 'text' : 'password'}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        spellCheck={false}
        required
        invalid={invalid === 'password'}
      />
      <CheckboxField id="signin-show-password" label="Show password" checked={showPassword} onChange={setShowPassword} />
      <SubmitButton disabled={state.status !== 'ready' || pending}>{pending ? 'Signing in…' : 'Sign in'}</SubmitButton>
      <FormFeedback error={error} success={success} />
    </form>
  );
}
