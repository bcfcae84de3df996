'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useSandbox } from '../_lib/useSandbox';
import { fieldOfError } from '../_lib/formErrors';
import { useActorSnapshot, useFlows } from '../_flows/useFlows';
import { FormFooter } from './FormFooter';
import { TextField, secondaryButtonClass } from './ui';

/** ConfirmSignUp (and ResendConfirmationCode) through the sign-up flow machine. Starts with the user name just signed up. */
export function ConfirmSignUpForm() {
  const { view } = useFlows();
  const flow = useActorSnapshot(view.signUp);
  // A new sign-up starts the form afresh with its user name.
  return <ConfirmFields key={`${flow.context.userSub ?? ''}:${flow.context.username}`} initialUsername={flow.context.username} />;
}

function ConfirmFields({ initialUsername }: { initialUsername: string }) {
  const { state } = useSandbox();
  const { view } = useFlows();
  const flow = useActorSnapshot(view.signUp);
  const [username, setUsername] = useState(initialUsername);
  const [code, setCode] = useState('');

  const pending = flow.matches('confirming') || flow.matches('resending');
  const mine = !flow.matches('editing') && !flow.matches('signingUp');
  const error = mine ? flow.context.error : undefined;
  const invalid = fieldOfError(error, ['username', 'code']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (flow.matches('confirmed')) view.signUp.send({ type: 'START_OVER' });
    view.signUp.send({ type: 'CONFIRM', username, code });
  }

  function resend() {
    if (flow.matches('confirmed')) view.signUp.send({ type: 'START_OVER' });
    view.signUp.send({ type: 'RESEND', username });
  }

  let success: ReactNode;
  if (flow.matches('confirmed') && mine) {
    success = (
      <>
        Confirmed <strong>{flow.context.username}</strong>: the account can sign in now.
      </>
    );
  } else if (flow.matches('awaitingCode') && flow.context.delivery && !error) {
    success = `Waiting for the code sent to ${flow.context.delivery.Destination ?? 'the user'}.`;
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
      <FormFooter submitLabel="Confirm account" busyLabel="Confirming…" busy={flow.matches('confirming')} disabled={state.status !== 'ready' || pending} error={error} success={success}>
        <button type="button" className={secondaryButtonClass} onClick={resend} disabled={state.status !== 'ready' || pending || !username}>
          {flow.matches('resending') ? 'Sending…' : 'Resend code'}
        </button>
      </FormFooter>
    </form>
  );
}
