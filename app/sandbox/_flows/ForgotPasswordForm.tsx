'use client';

import { useState, type FormEvent } from 'react';
import { FormFooter } from '../_components/FormFooter';
import { TextField, secondaryButtonClass } from '../_components/ui';
import { describePasswordPolicy } from '../_lib/passwordPolicy';
import { fieldOfError } from '../_lib/formErrors';
import { useSandbox } from '../_lib/useSandbox';
import { useActorSnapshot, useFlows } from './useFlows';

/** Forgot password through its flow machine: ForgotPassword, then ConfirmForgotPassword with the code and a new password. */
export function ForgotPasswordForm() {
  const { state } = useSandbox();
  const { view, runtime } = useFlows();
  const flow = useActorSnapshot(view.forgotPassword);
  const [username, setUsername] = useState('');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const { error, delivery } = flow.context;
  const requesting = flow.matches('requestingCode');
  const resetting = flow.matches('resetting');
  const stepTwo = flow.matches('awaitingCode') || resetting;
  const invalid = fieldOfError(error, ['username', 'code', 'password']);

  function request(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    runtime.focus('forgotPassword');
    if (!flow.matches('editing')) view.forgotPassword.send({ type: 'START_OVER' });
    view.forgotPassword.send({ type: 'REQUEST_CODE', username });
  }

  function reset(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    view.forgotPassword.send({ type: 'RESET', code, newPassword });
  }

  return (
    <div className="space-y-5">
      <form onSubmit={request} noValidate className="space-y-4">
        <TextField
          id="forgot-username"
          label="Username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          invalid={!stepTwo && invalid === 'username'}
        />
        <FormFooter submitLabel="Send reset code" busyLabel="Sending…" busy={requesting} disabled={state.status !== 'ready'} error={flow.matches('editing') ? error : undefined} />
      </form>
      {stepTwo || flow.matches('passwordReset') ? (
        <form onSubmit={reset} noValidate className="space-y-4 border-t border-border pt-4">
          <p className="text-sm text-muted">
            {delivery?.Destination
              ? `Cognito sent a code to ${delivery.Destination} (${delivery.DeliveryMedium ?? 'EMAIL'}).`
              : 'Cognito sent a code to the user’s verified email or phone.'}
          </p>
          <TextField
            id="forgot-code"
            label="Reset code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            required
            invalid={invalid === 'code'}
          />
          <TextField
            id="forgot-new-password"
            label="New password"
            type="password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            autoComplete="new-password"
            hint={describePasswordPolicy(state.pool?.passwordPolicy)}
            required
            invalid={invalid === 'password'}
          />
          <FormFooter
            submitLabel="Reset password"
            busyLabel="Resetting…"
            busy={resetting}
            disabled={flow.matches('passwordReset')}
            error={stepTwo ? error : undefined}
            success={flow.matches('passwordReset') ? <>Password reset for <strong>{flow.context.username}</strong>: sign in with the new one.</> : undefined}
          >
            <button type="button" className={secondaryButtonClass} onClick={() => view.forgotPassword.send({ type: 'RESEND' })} disabled={!flow.matches('awaitingCode')}>
              Send a new code
            </button>
          </FormFooter>
        </form>
      ) : null}
    </div>
  );
}
