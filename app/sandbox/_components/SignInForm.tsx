'use client';

import { useState, type FormEvent } from 'react';
import type { SignInAuthFlow } from '@/machines/flows/signIn';
import { useSandbox } from '../_lib/useSandbox';
import { fieldOfError } from '../_lib/formErrors';
import { ChallengeStep } from '../_flows/ChallengeStep';
import { useActorSnapshot, useFlows } from '../_flows/useFlows';
import { FormFooter } from './FormFooter';
import { CheckboxField, TextField, secondaryButtonClass } from './ui';

const FLOWS: { value: SignInAuthFlow; label: string; hint: string }[] = [
  { value: 'USER_SRP_AUTH', label: 'SRP (USER_SRP_AUTH)', hint: 'The password stays in the browser: it proves it knows it.' },
  { value: 'USER_PASSWORD_AUTH', label: 'Password (USER_PASSWORD_AUTH)', hint: 'The password is sent to Cognito (over TLS).' },
];

const BUSY = ['startingSrp', 'provingPassword', 'sendingPassword'] as const;

/** Sign-in through the sign-in flow machine: the first step, then each challenge Cognito asks for. */
export function SignInForm() {
  const { view } = useFlows();
  const signUp = useActorSnapshot(view.signUp);
  // Start with the user name just signed up.
  return <SignInFields key={`${signUp.context.userSub ?? ''}:${signUp.context.username}`} initialUsername={signUp.context.username} />;
}

function SignInFields({ initialUsername }: { initialUsername: string }) {
  const { state } = useSandbox();
  const { view, runtime } = useFlows();
  const flow = useActorSnapshot(view.signIn);
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [authFlow, setAuthFlow] = useState<SignInAuthFlow>('USER_SRP_AUTH');

  const pending = BUSY.some((s) => flow.matches(s));
  const atForm = flow.matches('idle') || flow.matches('sessionExpired') || pending;
  const error = atForm ? flow.context.error : undefined;
  const invalid = fieldOfError(error, ['username', 'password']);
  const signedIn = flow.matches('signedIn');
  const tokens = flow.context.tokens;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    runtime.focus('signIn');
    if (!atForm || signedIn) {
      runtime.restartSignIn();
      runtime.getView().signIn.send({ type: 'SUBMIT', username, password, authFlow });
      return;
    }
    view.signIn.send({ type: 'SUBMIT', username, password, authFlow });
  }

  return (
    <div className="space-y-5">
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
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Authentication flow</legend>
          {FLOWS.map((f) => (
            <div key={f.value} className="flex items-start gap-2">
              <input
                id={`signin-flow-${f.value}`}
                type="radio"
                name="signin-flow"
                value={f.value}
                checked={authFlow === f.value}
                onChange={() => setAuthFlow(f.value)}
                aria-describedby={`signin-flow-${f.value}-hint`}
                className="mt-1 h-4 w-4 accent-accent"
              />
              <label htmlFor={`signin-flow-${f.value}`} className="text-sm">
                {f.label}
                <span id={`signin-flow-${f.value}-hint`} className="block text-muted">
                  {f.hint}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <FormFooter
          submitLabel="Sign in"
          busyLabel="Signing in…"
          busy={pending}
          disabled={state.status !== 'ready'}
          error={error}
          success={
            signedIn && tokens ? (
              <>
                Signed in as <strong>{flow.context.username}</strong>. Cognito returned an ID token, an access token
                {tokens.RefreshToken ? ' and a refresh token' : ''}: see them under Tokens.
              </>
            ) : flow.matches('sessionExpired') ? (
              'The challenge session expired (the app client’s auth session validity passed): sign in again.'
            ) : undefined
          }
        />
      </form>
      {!atForm && !signedIn ? <ChallengeStep /> : null}
      {signedIn ? (
        <button type="button" className={secondaryButtonClass} onClick={() => runtime.restartSignIn()}>
          Start a new sign-in
        </button>
      ) : null}
    </div>
  );
}
