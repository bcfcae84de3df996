'use client';

import { useId, useState, type FormEvent } from 'react';
import type { User } from '@/simulator/core/model';
import { MFA_MESSAGES } from '@/simulator/signout/messages';
import type { SandboxError } from '../_lib/sandboxStore';
import { CheckboxField, FormFeedback, Panel, SubmitButton } from '../_components/ui';
import { FieldError, SelectField } from './fields';
import { useSettingsTarget, type Feedback } from './settingsTarget';

type Factor = 'SMS_MFA' | 'EMAIL_OTP' | 'SOFTWARE_TOKEN_MFA';
const FACTORS: readonly { factor: Factor; label: string; block: string }[] = [
  { factor: 'SMS_MFA', label: 'Text message (SMS_MFA)', block: 'SMSMfaSettings' },
  { factor: 'EMAIL_OTP', label: 'Email (EMAIL_OTP)', block: 'EmailMfaSettings' },
  { factor: 'SOFTWARE_TOKEN_MFA', label: 'Authenticator app (SOFTWARE_TOKEN_MFA)', block: 'SoftwareTokenMfaSettings' },
];

/** The factor an AdminSetUserMFAPreference refusal is about (its message names it), so it shows under that box. */
export function factorOfPreferenceError(error: SandboxError | undefined): Factor | undefined {
  if (!error) return undefined;
  if (error.message === MFA_MESSAGES.emailMfaUnavailable) return 'EMAIL_OTP';
  return FACTORS.find((f) => error.message === MFA_MESSAGES.noDeliveryConfig(f.factor))?.factor;
}

/** A user's MFA factors, set by an administrator (AdminSetUserMFAPreference): how a learner reaches SMS_MFA, EMAIL_OTP and SELECT_MFA_TYPE. */
export function UserMfaForm() {
  const { store, poolId } = useSettingsTarget();
  const id = useId();
  const users = Object.values(store.simulator?.state.userPools[poolId]?.users ?? {});
  const [selected, setSelected] = useState('');
  // Kept here: the fields start again whenever the engine's MFA settings of the user change (their own save included).
  const [feedback, setFeedback] = useState<Feedback>({});
  const user = users.find((u) => u.username === selected) ?? users[0];
  const mfaKey = user ? `${user.username}:${user.mfa.smsEnabled}:${user.mfa.emailEnabled}:${user.mfa.totpEnabled}:${user.mfa.preferred ?? ''}` : '';

  return (
    <Panel
      id="user-mfa"
      title="A user’s MFA"
      description={
        <>
          Which second factors one user has, set as an administrator with <code className="font-mono">AdminSetUserMFAPreference</code> (the user could do the same
          with <code className="font-mono">SetUserMFAPreference</code>). With two factors and none preferred, sign-in asks which one to use (SELECT_MFA_TYPE).
        </>
      }
    >
      {user ? (
        <div className="space-y-3">
          <SelectField
            id={`${id}-user`}
            label="User"
            value={user.username}
            options={users.map((u) => ({ value: u.username, label: u.username }))}
            onChange={(v) => {
              setSelected(v);
              setFeedback({});
            }}
          />
          <UserMfaFields key={mfaKey} user={user} feedback={feedback} setFeedback={setFeedback} />
        </div>
      ) : (
        <p className="text-sm text-muted">No users yet: sign one up under Flows, or create one under Users.</p>
      )}
    </Panel>
  );
}

function UserMfaFields({ user, feedback, setFeedback }: { user: User; feedback: Feedback; setFeedback: (f: Feedback) => void }) {
  const { store, poolId } = useSettingsTarget();
  const id = useId();
  const [enabled, setEnabled] = useState<Record<Factor, boolean>>({ SMS_MFA: user.mfa.smsEnabled, EMAIL_OTP: user.mfa.emailEnabled, SOFTWARE_TOKEN_MFA: user.mfa.totpEnabled });
  const [preferred, setPreferred] = useState<Factor | 'none'>(user.mfa.preferred ?? 'none');
  const factor = factorOfPreferenceError(feedback.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const request: Record<string, unknown> = { UserPoolId: poolId, Username: user.username };
    for (const f of FACTORS) request[f.block] = { Enabled: enabled[f.factor], PreferredMfa: preferred === f.factor };
    const out = await store.call('AdminSetUserMFAPreference', request);
    const on = FACTORS.filter((f) => enabled[f.factor]).map((f) => f.factor);
    setFeedback(
      out.ok
        ? { success: `AdminSetUserMFAPreference: ${user.username} has ${on.length ? on.join(' and ') : 'no second factor'}${preferred !== 'none' ? `, ${preferred} preferred` : ''}.` }
        : { error: out.error },
    );
  }

  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-2">
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium">Factors turned on</legend>
        {FACTORS.map((f) => (
          <div key={f.factor}>
            <CheckboxField
              id={`${id}-${f.factor}`}
              label={f.label}
              checked={enabled[f.factor]}
              onChange={(v) => setEnabled((s) => ({ ...s, [f.factor]: v }))}
              invalid={factor === f.factor}
              describedBy={factor === f.factor ? `${id}-${f.factor}-error` : undefined}
            />
            <FieldError id={`${id}-${f.factor}-error`} error={factor === f.factor ? feedback.error : undefined} />
          </div>
        ))}
      </fieldset>
      <SelectField
        id={`${id}-preferred`}
        label="Preferred factor"
        value={preferred}
        options={[{ value: 'none' as const, label: 'None (ask when there are two)' }, ...FACTORS.map((f) => ({ value: f.factor, label: f.factor }))]}
        onChange={setPreferred}
      />
      <div className="space-y-3 md:col-span-2">
        <SubmitButton>Save this user’s MFA</SubmitButton>
        <FormFeedback error={factor ? undefined : feedback.error} success={feedback.success} />
      </div>
    </form>
  );
}
