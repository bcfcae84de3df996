'use client';

import { useId, useState, type FormEvent } from 'react';
import { SIMULATED_ACCOUNT_ID } from '@/simulator/facts';
import { POOL_MESSAGES, TIER_FEATURES } from '@/simulator/pools/messages';
import type { SandboxError } from '../_lib/sandboxStore';
import { CheckboxField, FormFeedback, Panel, SubmitButton, TextField } from '../_components/ui';
import { FieldError } from './fields';
import { errorFor, formError, useSettingsTarget, type Feedback } from './settingsTarget';
import { memberOfError, updateUserPoolRequest } from './updateRequests';

/** The pool's Region, from its id (`us-east-1_AbC…`). */
const regionOf = (poolId: string) => poolId.split('_')[0] || 'us-east-1';

/** A text setting with the engine's refusal for it right underneath. */
function TextSetting({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; error?: SandboxError }) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <TextField id={id} label={label} hint={hint} value={value} onChange={(e) => onChange(e.target.value)} invalid={!!error} aria-describedby={described} autoComplete="off" spellCheck={false} className="font-mono text-sm" />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

type EmailConfig = { EmailSendingAccount?: string; SourceArn?: string; From?: string };

/** EmailConfiguration through UpdateUserPool: Cognito's own sender, or Amazon SES (DEVELOPER), which email MFA needs. */
export function EmailDeliveryForm() {
  const { store, poolId, poolConfig } = useSettingsTarget();
  const id = useId();
  const current = (poolConfig.EmailConfiguration ?? {}) as EmailConfig;
  const [account, setAccount] = useState(current.EmailSendingAccount === 'DEVELOPER' ? 'DEVELOPER' : 'COGNITO_DEFAULT');
  const [sourceArn, setSourceArn] = useState(current.SourceArn ?? `arn:aws:ses:${regionOf(poolId)}:${SIMULATED_ACCOUNT_ID.value}:identity/no-reply@example.com`);
  const [from, setFrom] = useState(current.From ?? '');
  const [feedback, setFeedback] = useState<Feedback>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const EmailConfiguration: EmailConfig = { EmailSendingAccount: account };
    if (sourceArn.trim()) EmailConfiguration.SourceArn = sourceArn.trim();
    if (from.trim()) EmailConfiguration.From = from.trim();
    // The whole object replaces the current one (no merge: a cleared field is removed).
    const request = updateUserPoolRequest(poolId, poolConfig, {});
    const out = await store.call('UpdateUserPool', { ...request, EmailConfiguration });
    setFeedback(out.ok ? { success: `UpdateUserPool: the pool sends email with ${account}.` } : { error: out.error });
  }

  return (
    <Panel
      id="email-delivery"
      title="Email delivery"
      description="How the pool sends email (EmailConfiguration). Email MFA needs Amazon SES with your own verified identity (DEVELOPER). The sandbox sends nothing to AWS: every email lands in the inbox."
    >
      <form onSubmit={submit} className="space-y-3">
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">Email sending account</legend>
          {(
            [
              ['COGNITO_DEFAULT', 'Cognito’s default email (COGNITO_DEFAULT)'],
              ['DEVELOPER', 'Amazon SES with your own identity (DEVELOPER)'],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className="flex items-center gap-2">
              <input id={`${id}-${value}`} type="radio" name={`${id}-account`} checked={account === value} onChange={() => setAccount(value)} className="h-4 w-4 accent-accent" />
              <label htmlFor={`${id}-${value}`} className="text-sm">
                {label}
              </label>
            </div>
          ))}
        </fieldset>
        <TextSetting id={`${id}-source`} label="SES identity ARN (SourceArn)" hint="A verified SES email address or domain; required for DEVELOPER." value={sourceArn} onChange={setSourceArn} error={errorFor(feedback.error, 'SourceArn')} />
        <TextSetting id={`${id}-from`} label="From address (optional)" value={from} onChange={setFrom} error={errorFor(feedback.error, 'From')} />
        <SubmitButton>Save email delivery</SubmitButton>
        <FormFeedback error={formError(feedback.error, ['SourceArn', 'From'])} success={feedback.success} />
      </form>
    </Panel>
  );
}

type SmsConfig = { SnsCallerArn?: string; ExternalId?: string };

/** SmsConfiguration through UpdateUserPool: the IAM role Cognito uses to send text messages through Amazon SNS, which SMS MFA needs. */
export function SmsDeliveryForm() {
  const { store, poolId, poolConfig } = useSettingsTarget();
  const id = useId();
  const current = (poolConfig.SmsConfiguration ?? {}) as SmsConfig;
  const [roleArn, setRoleArn] = useState(current.SnsCallerArn ?? `arn:aws:iam::${SIMULATED_ACCOUNT_ID.value}:role/sandbox-sns-caller`);
  const [externalId, setExternalId] = useState(current.ExternalId ?? 'cognito-sandbox');
  const [feedback, setFeedback] = useState<Feedback>({});
  const configured = poolConfig.SmsConfiguration !== undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const request = updateUserPoolRequest(poolId, poolConfig, {});
    delete request.SmsConfiguration;
    const SmsConfiguration: SmsConfig = { SnsCallerArn: roleArn.trim() };
    if (externalId.trim()) SmsConfiguration.ExternalId = externalId.trim();
    const out = await store.call('UpdateUserPool', { ...request, ...(roleArn.trim() ? { SmsConfiguration } : {}) });
    setFeedback(out.ok ? { success: roleArn.trim() ? 'UpdateUserPool: the pool can send text messages through Amazon SNS.' : 'UpdateUserPool: the pool has no SMS configuration now.' } : { error: out.error });
  }

  return (
    <Panel
      id="sms-delivery"
      title="SMS delivery"
      description="The IAM role Cognito assumes to send text messages with Amazon SNS (SmsConfiguration). SMS MFA needs it. Leave the role empty to remove it. Every text lands on the simulated phone."
    >
      <form onSubmit={submit} className="space-y-3">
        <p className="text-sm">{configured ? 'This pool has an SMS configuration.' : 'This pool has no SMS configuration yet.'}</p>
        <TextSetting id={`${id}-role`} label="SNS caller role ARN (SnsCallerArn)" value={roleArn} onChange={setRoleArn} error={errorFor(feedback.error, 'SnsCallerArn')} />
        <TextSetting id={`${id}-external`} label="External ID (optional)" value={externalId} onChange={setExternalId} error={errorFor(feedback.error, 'ExternalId')} />
        <SubmitButton>Save SMS delivery</SubmitButton>
        <FormFeedback error={formError(feedback.error, ['SnsCallerArn', 'ExternalId'])} success={feedback.success} />
      </form>
    </Panel>
  );
}

type MfaMode = 'OFF' | 'OPTIONAL' | 'ON';
type Factor = 'sms' | 'email';

/** The second factor an engine refusal is about, so it shows under that factor's box. */
export function factorOfError(error: SandboxError | undefined): Factor | undefined {
  if (!error) return undefined;
  const member = memberOfError(error);
  if (error.message === POOL_MESSAGES.smsMfaNeedsSmsConfiguration || member === 'smsauthenticationmessage' || member === 'snscallerarn') return 'sms';
  if (error.message === POOL_MESSAGES.emailMfaNeedsDeveloperEmail || (error.name === 'FeatureUnavailableInTierException' && error.message.includes(TIER_FEATURES.emailMfa))) return 'email';
  if (member === 'message' || member === 'subject') return 'email';
  return undefined;
}

/** SetUserPoolMfaConfig: the MFA mode and the second factors. SMS uses the pool's SMS delivery; email needs Amazon SES (DEVELOPER). */
export function MfaForm() {
  const { store, poolId, poolConfig } = useSettingsTarget();
  const id = useId();
  const [mode, setMode] = useState<MfaMode>((poolConfig.MfaConfiguration as MfaMode | undefined) ?? 'OFF');
  const [totp, setTotp] = useState((poolConfig.SoftwareTokenMfaConfiguration as { Enabled?: boolean } | undefined)?.Enabled === true);
  const [sms, setSms] = useState(poolConfig.SmsMfaConfiguration !== undefined);
  const [email, setEmail] = useState(poolConfig.EmailMfaConfiguration !== undefined);
  const [feedback, setFeedback] = useState<Feedback>({});
  const factor = factorOfError(feedback.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const out = await store.call('SetUserPoolMfaConfig', {
      UserPoolId: poolId,
      MfaConfiguration: mode,
      ...(totp ? { SoftwareTokenMfaConfiguration: { Enabled: true } } : {}),
      // Without its own SmsConfiguration, SMS MFA uses the pool's (SMS delivery above).
      ...(sms ? { SmsMfaConfiguration: {} } : {}),
      ...(email ? { EmailMfaConfiguration: {} } : {}),
    });
    setFeedback(out.ok ? { success: `SetUserPoolMfaConfig: MFA is ${mode}.` } : { error: out.error });
  }

  const factorBox = (key: Factor, label: string, checked: boolean, set: (v: boolean) => void) => (
    <div>
      <CheckboxField id={`${id}-${key}`} label={label} checked={checked} onChange={set} invalid={factor === key} describedBy={factor === key ? `${id}-${key}-error` : `${id}-${key}-hint`} />
      <FieldError id={`${id}-${key}-error`} error={factor === key ? feedback.error : undefined} />
    </div>
  );

  return (
    <Panel id="mfa" title="Multi-factor authentication" description={<>Changed with <code className="font-mono">SetUserPoolMfaConfig</code>. Factors left unticked are turned off.</>}>
      <form onSubmit={submit} className="grid gap-4 md:grid-cols-2">
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">MFA</legend>
          {(['OFF', 'OPTIONAL', 'ON'] as const).map((m) => (
            <div key={m} className="flex items-center gap-2">
              <input id={`${id}-${m}`} type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => setMode(m)} className="h-4 w-4 accent-accent" />
              <label htmlFor={`${id}-${m}`} className="text-sm">
                {m === 'OFF' ? 'Off' : m === 'OPTIONAL' ? 'Optional (each user chooses)' : 'Required (ON) for every user'}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">Second factors</legend>
          <CheckboxField id={`${id}-totp`} label="Authenticator app (TOTP)" checked={totp} onChange={setTotp} />
          {factorBox('sms', 'SMS text message', sms, setSms)}
          <p id={`${id}-sms-hint`} className="text-xs text-muted">
            Needs the pool’s SMS delivery (an SNS role, above). Codes go to the user’s phone_number, on the simulated phone.
          </p>
          {factorBox('email', 'Email message', email, setEmail)}
          <p id={`${id}-email-hint`} className="text-xs text-muted">
            Needs email delivery through Amazon SES (DEVELOPER, above). Codes go to the user’s email, in the inbox.
          </p>
        </fieldset>
        <div className="space-y-3 md:col-span-2">
          <SubmitButton>Save MFA settings</SubmitButton>
          <FormFeedback error={factor ? undefined : feedback.error} success={feedback.success} />
        </div>
      </form>
    </Panel>
  );
}
