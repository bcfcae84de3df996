'use client';

import { useState, type FormEvent } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { describePasswordPolicy } from '../_lib/passwordPolicy';
import { fieldOfError } from '../_lib/formErrors';
import { useActorSnapshot, useFlows } from '../_flows/useFlows';
import { FormFooter } from './FormFooter';
import { CheckboxField, TextField } from './ui';

/** SignUp through the sign-up flow machine: a user name, an email address (and optionally a phone number) and a password. */
export function SignUpForm() {
  const { state } = useSandbox();
  const { view } = useFlows();
  const flow = useActorSnapshot(view.signUp);
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);

  const pending = flow.matches('signingUp');
  const { error, delivery } = flow.context;
  const submitted = flow.matches('awaitingCode') || flow.matches('confirmed') || flow.matches('resending') || flow.matches('confirming');
  const fromSignUp = submitted && flow.context.userSub !== undefined;
  const invalid = flow.matches('editing') ? fieldOfError(error, ['username', 'email', 'password']) : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!flow.matches('editing')) view.signUp.send({ type: 'START_OVER' });
    view.signUp.send({ type: 'SUBMIT', username, password, attributes: { email, phone_number: phone } });
  }

  const success = fromSignUp ? (
    <>
      Signed up <strong>{flow.context.username}</strong>
      {flow.matches('confirmed') && !flow.context.delivery ? ' (already confirmed).' : ' (not confirmed yet).'}
      {delivery?.Destination ? ` Cognito sent a verification code to ${delivery.Destination}: find it in the ${delivery.DeliveryMedium === 'SMS' ? 'phone' : 'inbox'}.` : null}
    </>
  ) : undefined;

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
        invalid={invalid === 'email'}
      />
      <TextField
        id="signup-phone"
        label="Phone number (optional)"
        hint="E.164 format, like +15555550123."
        type="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        autoComplete="tel"
        spellCheck={false}
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
      <FormFooter submitLabel="Sign up" busyLabel="Signing up…" busy={pending} disabled={state.status !== 'ready'} error={flow.matches('editing') ? error : undefined} success={success} />
    </form>
  );
}
