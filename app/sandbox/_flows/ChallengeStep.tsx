'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import type { MfaChoice } from '@/machines/flows/signIn';
import { FormFeedback, SubmitButton, TextField, secondaryButtonClass } from '../_components/ui';
import { fieldOfError } from '../_lib/formErrors';
import { TotpSetup } from './TotpSetup';
import { useActorSnapshot, useFlows } from './useFlows';

const MFA_NAMES: Record<MfaChoice, string> = {
  SMS_MFA: 'A code by text message (SMS_MFA)',
  EMAIL_OTP: 'A code by email (EMAIL_OTP)',
  SOFTWARE_TOKEN_MFA: 'A code from an authenticator app (SOFTWARE_TOKEN_MFA)',
};

const CODE_FIELD: Record<string, { label: string; hint: (destination?: string) => string }> = {
  SMS_MFA: { label: 'Code from the text message', hint: (d) => `Cognito texted a code${d ? ` to ${d}` : ''}: find it on the phone.` },
  EMAIL_OTP: { label: 'Code from the email', hint: (d) => `Cognito emailed a code${d ? ` to ${d}` : ''}: find it in the inbox.` },
  SOFTWARE_TOKEN_MFA: { label: 'Code from the authenticator app', hint: () => 'The six-digit code the authenticator app shows now.' },
};

function parseList(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list) ? list.map(String) : [];
  } catch {
    return [];
  }
}

function Step({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby="signin-challenge-heading" className="space-y-3 rounded-lg border border-border bg-background p-4">
      <h3 id="signin-challenge-heading" className="font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The challenge the sign-in is waiting on, with the form that answers it. */
export function ChallengeStep() {
  const { view, runtime } = useFlows();
  const flow = useActorSnapshot(view.signIn);
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const [choice, setChoice] = useState<MfaChoice>();
  const { challengeName, challengeParameters: params = {}, error } = flow.context;
  const answering = flow.matches('answering') || flow.matches('verifyingToken') || flow.matches('associatingToken');
  const restart = (
    <button type="button" className={secondaryButtonClass} onClick={() => runtime.restartSignIn()}>
      Cancel this sign-in
    </button>
  );

  if (flow.matches('unsupportedChallenge')) {
    return (
      <Step title={`Challenge: ${challengeName ?? 'unknown'}`}>
        <p className="text-sm">This app does not answer this challenge.</p>
        {restart}
      </Step>
    );
  }

  if (flow.matches('newPasswordRequired') || (answering && challengeName === 'NEW_PASSWORD_REQUIRED')) {
    const required = parseList(params.requiredAttributes).map((a) => a.replace(/^userAttributes\./, ''));
    const submit = (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      view.signIn.send({ type: 'SUBMIT_NEW_PASSWORD', newPassword, attributes });
    };
    return (
      <Step title="Challenge: NEW_PASSWORD_REQUIRED">
        <p className="text-sm text-muted">The user signed in with a temporary password and must choose a new one.</p>
        <form onSubmit={submit} noValidate className="space-y-3">
          <TextField
            id="signin-new-password"
            label="New password"
            type="password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            autoComplete="new-password"
            required
            invalid={fieldOfError(error, ['password']) === 'password'}
          />
          {required.map((name) => (
            <TextField
              key={name}
              id={`signin-required-${name}`}
              label={`Required attribute: ${name}`}
              value={attributes[name] ?? ''}
              onChange={(e) => setAttributes({ ...attributes, [name]: e.target.value })}
              required
            />
          ))}
          <div className="flex flex-wrap gap-3">
            <SubmitButton disabled={answering}>{answering ? 'Sending…' : 'Set new password'}</SubmitButton>
            {restart}
          </div>
          <FormFeedback error={error} />
        </form>
      </Step>
    );
  }

  if (challengeName && CODE_FIELD[challengeName] && !flow.matches('mfaSetup') && !flow.matches('mfaSetupScan')) {
    const field = CODE_FIELD[challengeName];
    const submit = (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      view.signIn.send({ type: 'SUBMIT_CODE', code });
    };
    return (
      <Step title={`Challenge: ${challengeName}`}>
        <form onSubmit={submit} noValidate className="space-y-3">
          <TextField
            id="signin-mfa-code"
            label={field.label}
            hint={field.hint(params.CODE_DELIVERY_DESTINATION)}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            required
            invalid={error?.name === 'CodeMismatchException' || undefined}
          />
          <div className="flex flex-wrap gap-3">
            <SubmitButton disabled={answering}>{answering ? 'Checking…' : 'Verify code'}</SubmitButton>
            {restart}
          </div>
          <FormFeedback error={error} />
        </form>
      </Step>
    );
  }

  if (flow.matches('selectMfaType') || (answering && challengeName === 'SELECT_MFA_TYPE')) {
    const options = parseList(params.MFAS_CAN_CHOOSE).filter((m): m is MfaChoice => m in MFA_NAMES);
    const submit = (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      if (choice) view.signIn.send({ type: 'SELECT_MFA', answer: choice });
    };
    return (
      <Step title="Challenge: SELECT_MFA_TYPE">
        <form onSubmit={submit} noValidate className="space-y-3">
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">How should Cognito check it is you?</legend>
            {options.map((m) => (
              <div key={m} className="flex items-center gap-2">
                <input id={`signin-mfa-${m}`} type="radio" name="signin-mfa-choice" checked={choice === m} onChange={() => setChoice(m)} className="h-4 w-4 accent-accent" />
                <label htmlFor={`signin-mfa-${m}`} className="text-sm">
                  {MFA_NAMES[m]}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <SubmitButton disabled={answering || !choice}>Continue</SubmitButton>
            {restart}
          </div>
          <FormFeedback error={error} />
        </form>
      </Step>
    );
  }

  if (flow.matches('mfaSetup') || flow.matches('associatingToken')) {
    return (
      <Step title="Challenge: MFA_SETUP">
        <p className="text-sm text-muted">
          The pool requires MFA and this user has no second factor yet ({parseList(params.MFAS_CAN_SETUP).join(', ') || 'none listed'}). Set up an authenticator
          app: <code className="font-mono">AssociateSoftwareToken</code> gives a secret for it.
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="button" className={secondaryButtonClass} disabled={answering} onClick={() => view.signIn.send({ type: 'ASSOCIATE_TOKEN' })}>
            {answering ? 'Asking for a secret…' : 'Set up an authenticator app'}
          </button>
          {restart}
        </div>
        <FormFeedback error={error} />
      </Step>
    );
  }

  if ((flow.matches('mfaSetupScan') || flow.matches('verifyingToken') || (answering && challengeName === 'MFA_SETUP')) && flow.context.totpSecret) {
    return (
      <Step title="Challenge: MFA_SETUP — authenticator app">
        <TotpSetup
          idPrefix="signin-setup"
          secret={flow.context.totpSecret}
          username={flow.context.username}
          pending={answering}
          onVerify={(c, deviceName) => view.signIn.send({ type: 'VERIFY_TOKEN', code: c, deviceName })}
          onCancel={() => runtime.restartSignIn()}
        />
        <FormFeedback error={error} />
      </Step>
    );
  }

  return (
    <p role="status" className="text-sm text-muted">
      Waiting for Cognito…
    </p>
  );
}
