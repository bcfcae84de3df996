'use client';

import { useId, useState, type FormEvent } from 'react';
import { LIFETIMES } from '@/simulator/facts';
import { DEMO_CLIENT_REQUEST, DEMO_POOL_REQUEST, type SandboxError } from '../_lib/sandboxStore';
import { CheckboxField, FormFeedback, Panel, SubmitButton, TextField, secondaryButtonClass } from '../_components/ui';
import { NumberField, SelectField } from './fields';
import { EmailDeliveryForm, MfaForm, SmsDeliveryForm } from './SettingsMessaging';
import { UserMfaForm } from './SettingsUserMfa';
import { errorFor, formError, useSettingsTarget as useTarget, type Config, type Feedback } from './settingsTarget';
import { updateUserPoolClientRequest, updateUserPoolRequest } from './updateRequests';

/** Every pool and app-client setting the learner can change, each through the real Cognito operation. */
export function SettingsPanel() {
  const { state, poolId, clientId, ready } = useTarget();
  if (!ready) return <p className="text-sm text-muted">The sandbox is starting…</p>;
  // Forms start from the engine's current settings; they start again when the whole state is replaced.
  const key = `${poolId}:${clientId}:${state.epoch ?? 0}`;
  return (
    <div className="space-y-6">
      <p className="text-sm leading-relaxed text-muted">
        Each form calls the real operation. Like AWS, <code className="font-mono">UpdateUserPool</code> and <code className="font-mono">UpdateUserPoolClient</code>{' '}
        reset every setting a request leaves out, so the sandbox sends the whole current configuration with your change merged in. Refusals are the
        engine’s, in AWS’s words.
      </p>
      {/* These two switch the forms to a new pool or client: they keep their own messages across the switch. */}
      <SignInIdentifiers />
      <div className="space-y-6" key={key}>
        <div className="grid gap-6 xl:grid-cols-2">
          <PasswordPolicyForm />
          <SignUpSettingsForm />
        </div>
        <div className="grid gap-6 xl:grid-cols-2">
          <EmailDeliveryForm />
          <SmsDeliveryForm />
        </div>
        <MfaForm />
        <UserMfaForm />
        <AppClientForm />
        <CustomAttributesForm />
      </div>
      <ClientSecretForm />
    </div>
  );
}

type Identifiers = 'username' | 'alias' | 'email' | 'phone' | 'email-or-phone';
const IDENTIFIER_OPTIONS: { value: Identifiers; label: string; request: Record<string, unknown> }[] = [
  { value: 'username', label: 'A user name only', request: {} },
  { value: 'alias', label: 'A user name, or a verified email or preferred_username (aliases)', request: { AliasAttributes: ['email', 'preferred_username'] } },
  { value: 'email', label: 'An email address as the user name', request: { UsernameAttributes: ['email'] } },
  { value: 'phone', label: 'A phone number as the user name', request: { UsernameAttributes: ['phone_number'] } },
  { value: 'email-or-phone', label: 'An email address or a phone number as the user name', request: { UsernameAttributes: ['email', 'phone_number'] } },
];

function currentIdentifiers(config: Config): Identifiers {
  const username = (config.UsernameAttributes as string[] | undefined) ?? [];
  if ((config.AliasAttributes as string[] | undefined)?.length) return 'alias';
  if (username.includes('email') && username.includes('phone_number')) return 'email-or-phone';
  if (username.includes('email')) return 'email';
  if (username.includes('phone_number')) return 'phone';
  return 'username';
}

function SignInIdentifiers() {
  const { store, poolConfig } = useTarget();
  const id = useId();
  const [choice, setChoice] = useState<Identifiers>(currentIdentifiers(poolConfig));
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const option = IDENTIFIER_OPTIONS.find((o) => o.value === choice)!;
    let failure: SandboxError | undefined;
    let name = '';
    await store.batch('Create a pool with new sign-in settings', async () => {
      const created = await store.call<{ UserPool: { Id: string; Name: string } }>('CreateUserPool', {
        ...structuredClone(DEMO_POOL_REQUEST),
        PoolName: `sandbox-${choice}-pool`,
        UsernameConfiguration: { CaseSensitive: caseSensitive },
        ...option.request,
      });
      if (!created.ok) return void (failure = created.error);
      const client = await store.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', { UserPoolId: created.value.UserPool.Id, ...structuredClone(DEMO_CLIENT_REQUEST) });
      if (!client.ok) return void (failure = client.error);
      store.usePool(created.value.UserPool.Id, client.value.UserPoolClient.ClientId);
      name = created.value.UserPool.Name;
    });
    setFeedback(failure ? { error: failure } : { success: `Created ${name} with its own app client; the forms now use it. Undo goes back to the previous pool.` });
  }

  return (
    <Panel
      id="sign-in-identifiers"
      title="Sign-in identifiers"
      description="How users identify themselves. Cognito fixes this when a pool is created and never lets it change (UsernameAttributes, AliasAttributes and case sensitivity are not in UpdateUserPool), so choosing again creates a new pool — exactly what you would do in AWS."
    >
      <form onSubmit={submit} className="space-y-3">
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">Users sign in with</legend>
          {IDENTIFIER_OPTIONS.map((o) => (
            <div key={o.value} className="flex items-center gap-2">
              <input id={`${id}-${o.value}`} type="radio" name={`${id}-identifiers`} value={o.value} checked={choice === o.value} onChange={() => setChoice(o.value)} className="h-4 w-4 accent-accent" />
              <label htmlFor={`${id}-${o.value}`} className="text-sm">
                {o.label}
              </label>
            </div>
          ))}
        </fieldset>
        <CheckboxField id={`${id}-case`} label="User names are case sensitive" checked={caseSensitive} onChange={setCaseSensitive} />
        <p className="text-sm text-muted">
          Current pool: <span className="font-mono">{String(poolConfig.Name)}</span> ({IDENTIFIER_OPTIONS.find((o) => o.value === currentIdentifiers(poolConfig))?.label.toLowerCase()}).
        </p>
        <SubmitButton>Create a new pool with these settings</SubmitButton>
        <FormFeedback error={feedback.error} success={feedback.success} />
      </form>
    </Panel>
  );
}

const POLICY_MEMBERS = ['MinimumLength', 'PasswordHistorySize', 'TemporaryPasswordValidityDays'] as const;

function PasswordPolicyForm() {
  const { store, poolId, poolConfig } = useTarget();
  const id = useId();
  const policy = ((poolConfig.Policies as Config | undefined)?.PasswordPolicy ?? {}) as Record<string, number | boolean | undefined>;
  const [values, setValues] = useState({
    MinimumLength: String(policy.MinimumLength ?? ''),
    PasswordHistorySize: policy.PasswordHistorySize === undefined ? '' : String(policy.PasswordHistorySize),
    TemporaryPasswordValidityDays: String(policy.TemporaryPasswordValidityDays ?? ''),
  });
  const [flags, setFlags] = useState({
    RequireUppercase: policy.RequireUppercase === true,
    RequireLowercase: policy.RequireLowercase === true,
    RequireNumbers: policy.RequireNumbers === true,
    RequireSymbols: policy.RequireSymbols === true,
  });
  const [feedback, setFeedback] = useState<Feedback>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const PasswordPolicy: Record<string, unknown> = { ...flags, MinimumLength: Number(values.MinimumLength), TemporaryPasswordValidityDays: Number(values.TemporaryPasswordValidityDays) };
    if (values.PasswordHistorySize !== '') PasswordPolicy.PasswordHistorySize = Number(values.PasswordHistorySize);
    const policies = { ...((poolConfig.Policies as Record<string, unknown> | undefined) ?? {}), PasswordPolicy };
    const out = await store.call('UpdateUserPool', updateUserPoolRequest(poolId, poolConfig, { Policies: policies }));
    setFeedback(out.ok ? { success: 'UpdateUserPool: the password policy is saved. New passwords must follow it.' } : { error: out.error });
  }
  const set = (k: keyof typeof values) => (v: string) => setValues((s) => ({ ...s, [k]: v }));

  return (
    <Panel id="password-policy" title="Password policy" description="Checked on sign-up, password changes and admin-set passwords.">
      <form onSubmit={submit} className="space-y-3">
        <NumberField id={`${id}-min`} label="Minimum length" value={values.MinimumLength} onChange={set('MinimumLength')} error={errorFor(feedback.error, 'MinimumLength')} />
        {(Object.keys(flags) as (keyof typeof flags)[]).map((k) => (
          <CheckboxField key={k} id={`${id}-${k}`} label={`Require ${k.replace('Require', '').toLowerCase()}`} checked={flags[k]} onChange={(v) => setFlags((f) => ({ ...f, [k]: v }))} />
        ))}
        <NumberField id={`${id}-history`} label="Password history size" hint="How many previous passwords cannot be reused (empty: not set)." value={values.PasswordHistorySize} onChange={set('PasswordHistorySize')} error={errorFor(feedback.error, 'PasswordHistorySize')} />
        <NumberField
          id={`${id}-temp`}
          label="Temporary password validity (days)"
          value={values.TemporaryPasswordValidityDays}
          onChange={set('TemporaryPasswordValidityDays')}
          error={errorFor(feedback.error, 'TemporaryPasswordValidityDays')}
        />
        <SubmitButton>Save password policy</SubmitButton>
        <FormFeedback error={formError(feedback.error, POLICY_MEMBERS)} success={feedback.success} />
      </form>
    </Panel>
  );
}

function SignUpSettingsForm() {
  const { store, poolId, poolConfig } = useTarget();
  const id = useId();
  const adminOnly = (poolConfig.AdminCreateUserConfig as { AllowAdminCreateUserOnly?: boolean } | undefined)?.AllowAdminCreateUserOnly === true;
  const auto = (poolConfig.AutoVerifiedAttributes as string[] | undefined) ?? [];
  const [selfSignUp, setSelfSignUp] = useState(!adminOnly);
  const [verifyEmail, setVerifyEmail] = useState(auto.includes('email'));
  const [verifyPhone, setVerifyPhone] = useState(auto.includes('phone_number'));
  const [feedback, setFeedback] = useState<Feedback>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const AutoVerifiedAttributes = [...(verifyEmail ? ['email'] : []), ...(verifyPhone ? ['phone_number'] : [])];
    const out = await store.call('UpdateUserPool', updateUserPoolRequest(poolId, poolConfig, { AdminCreateUserConfig: { AllowAdminCreateUserOnly: !selfSignUp }, AutoVerifiedAttributes }));
    setFeedback(out.ok ? { success: `UpdateUserPool: self sign-up is ${selfSignUp ? 'on' : 'off (only administrators create users)'}.` } : { error: out.error });
  }

  return (
    <Panel id="sign-up-settings" title="Sign-up and verification" description="Who may create accounts, and which contact details Cognito verifies by sending a code.">
      <form onSubmit={submit} className="space-y-3">
        <CheckboxField id={`${id}-self`} label="Allow self sign-up (otherwise AllowAdminCreateUserOnly)" checked={selfSignUp} onChange={setSelfSignUp} />
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">Verify automatically (AutoVerifiedAttributes)</legend>
          <CheckboxField id={`${id}-email`} label="email" checked={verifyEmail} onChange={setVerifyEmail} />
          <CheckboxField id={`${id}-phone`} label="phone_number" checked={verifyPhone} onChange={setVerifyPhone} />
        </fieldset>
        <SubmitButton>Save sign-up settings</SubmitButton>
        <FormFeedback error={feedback.error} success={feedback.success} />
      </form>
    </Panel>
  );
}

type Unit = 'seconds' | 'minutes' | 'hours' | 'days';
const UNIT_OPTIONS = (['seconds', 'minutes', 'hours', 'days'] as const).map((u) => ({ value: u, label: u }));
const FLOW_OPTIONS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_AUTH'] as const;
const CLIENT_MEMBERS = ['IdTokenValidity', 'AccessTokenValidity', 'RefreshTokenValidity', 'AuthSessionValidity', 'ExplicitAuthFlows'] as const;

function AppClientForm() {
  const { store, poolId, clientId, clientConfig } = useTarget();
  const id = useId();
  const units = (clientConfig.TokenValidityUnits ?? {}) as Partial<Record<'IdToken' | 'AccessToken' | 'RefreshToken', Unit>>;
  const num = (k: string) => (clientConfig[k] === undefined ? '' : String(clientConfig[k]));
  const [values, setValues] = useState({ IdTokenValidity: num('IdTokenValidity'), AccessTokenValidity: num('AccessTokenValidity'), RefreshTokenValidity: num('RefreshTokenValidity'), AuthSessionValidity: num('AuthSessionValidity') });
  const [unitValues, setUnits] = useState({ IdToken: units.IdToken ?? 'hours', AccessToken: units.AccessToken ?? 'hours', RefreshToken: units.RefreshToken ?? 'days' });
  const [flows, setFlows] = useState<string[]>((clientConfig.ExplicitAuthFlows as string[] | undefined) ?? []);
  const [prevent, setPrevent] = useState(clientConfig.PreventUserExistenceErrors === 'ENABLED');
  const [revocation, setRevocation] = useState(clientConfig.EnableTokenRevocation !== false);
  const [feedback, setFeedback] = useState<Feedback>({});
  const set = (k: keyof typeof values) => (v: string) => setValues((s) => ({ ...s, [k]: v }));
  const setUnit = (k: keyof typeof unitValues) => (v: Unit) => setUnits((s) => ({ ...s, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const numbers = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '').map(([k, v]) => [k, Number(v)]));
    const out = await store.call(
      'UpdateUserPoolClient',
      updateUserPoolClientRequest(poolId, clientId, clientConfig, {
        ...numbers,
        TokenValidityUnits: unitValues,
        ExplicitAuthFlows: flows,
        PreventUserExistenceErrors: prevent ? 'ENABLED' : 'LEGACY',
        EnableTokenRevocation: revocation,
      }),
    );
    setFeedback(out.ok ? { success: 'UpdateUserPoolClient: the app client is saved. New tokens use these lifetimes.' } : { error: out.error });
  }

  const unitSelect = (k: keyof typeof unitValues, label: string) => <SelectField id={`${id}-${k}-unit`} label={`${label} unit`} srOnlyLabel value={unitValues[k]} options={UNIT_OPTIONS} onChange={setUnit(k)} />;
  const range = (f: { min: number; max: number; unit: string }) => `${f.min} to ${f.max} ${f.unit}`;

  return (
    <Panel id="app-client" title="App client" description={<>Token lifetimes, sign-in flows and error behaviour of <span className="font-mono">{String(clientConfig.ClientName)}</span>, changed with UpdateUserPoolClient.</>}>
      <form onSubmit={submit} className="grid gap-4 md:grid-cols-2">
        <NumberField id={`${id}-id`} label="ID token validity" hint={`Cognito allows ${range(LIFETIMES.idToken.value)}.`} value={values.IdTokenValidity} onChange={set('IdTokenValidity')} error={errorFor(feedback.error, 'IdTokenValidity')}>
          {unitSelect('IdToken', 'ID token validity')}
        </NumberField>
        <NumberField id={`${id}-access`} label="Access token validity" hint={`Cognito allows ${range(LIFETIMES.accessToken.value)}.`} value={values.AccessTokenValidity} onChange={set('AccessTokenValidity')} error={errorFor(feedback.error, 'AccessTokenValidity')}>
          {unitSelect('AccessToken', 'Access token validity')}
        </NumberField>
        <NumberField id={`${id}-refresh`} label="Refresh token validity" hint={`Cognito allows ${range(LIFETIMES.refreshToken.value)}.`} value={values.RefreshTokenValidity} onChange={set('RefreshTokenValidity')} error={errorFor(feedback.error, 'RefreshTokenValidity')}>
          {unitSelect('RefreshToken', 'Refresh token validity')}
        </NumberField>
        <NumberField id={`${id}-session`} label="Auth session validity (minutes)" hint={`How long a challenge session lasts: ${range(LIFETIMES.authSession.value)}.`} value={values.AuthSessionValidity} onChange={set('AuthSessionValidity')} error={errorFor(feedback.error, 'AuthSessionValidity')} />
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">Allowed authentication flows</legend>
          {FLOW_OPTIONS.map((f) => (
            <CheckboxField key={f} id={`${id}-${f}`} label={f} checked={flows.includes(f)} onChange={(on) => setFlows((all) => (on ? [...all, f] : all.filter((x) => x !== f)))} />
          ))}
        </fieldset>
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">Behaviour</legend>
          <CheckboxField id={`${id}-prevent`} label="Prevent user existence errors (ENABLED)" checked={prevent} onChange={setPrevent} />
          <CheckboxField id={`${id}-revoke`} label="Token revocation" checked={revocation} onChange={setRevocation} />
        </fieldset>
        <div className="space-y-3 md:col-span-2">
          <SubmitButton>Save app client</SubmitButton>
          <FormFeedback error={formError(feedback.error, CLIENT_MEMBERS)} success={feedback.success} />
        </div>
      </form>
    </Panel>
  );
}

function CustomAttributesForm() {
  const { store, poolId, poolConfig } = useTarget();
  const id = useId();
  const [name, setName] = useState('');
  const [type, setType] = useState<'String' | 'Number' | 'DateTime' | 'Boolean'>('String');
  const [mutable, setMutable] = useState(true);
  const [feedback, setFeedback] = useState<Feedback>({});
  const custom = ((poolConfig.SchemaAttributes as { Name: string; AttributeDataType: string; Mutable?: boolean }[] | undefined) ?? []).filter((a) => a.Name.startsWith('custom:'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const out = await store.call('AddCustomAttributes', { UserPoolId: poolId, CustomAttributes: [{ Name: name, AttributeDataType: type, Mutable: mutable }] });
    if (out.ok) {
      setFeedback({ success: `AddCustomAttributes: custom:${name} is in the schema. Custom attributes can never be removed or renamed.` });
      setName('');
    } else setFeedback({ error: out.error });
  }

  return (
    <Panel id="custom-attributes" title="Custom attributes" description="Added with AddCustomAttributes; Cognito prefixes them with custom: and never removes them.">
      {custom.length > 0 ? (
        <ul className="mb-3 space-y-0.5 text-sm">
          {custom.map((a) => (
            <li key={a.Name}>
              <span className="font-mono">{a.Name}</span> <span className="text-muted">({a.AttributeDataType}{a.Mutable === false ? ', immutable' : ''})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-muted">None yet.</p>
      )}
      <form onSubmit={submit} className="space-y-3">
        <TextField id={`${id}-name`} label="Attribute name (without custom:)" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" required />
        <SelectField id={`${id}-type`} label="Type" value={type} options={(['String', 'Number', 'DateTime', 'Boolean'] as const).map((t) => ({ value: t, label: t }))} onChange={setType} />
        <CheckboxField id={`${id}-mutable`} label="Mutable (can change after sign-up)" checked={mutable} onChange={setMutable} />
        <SubmitButton>Add attribute</SubmitButton>
        <FormFeedback error={feedback.error} success={feedback.success} />
      </form>
    </Panel>
  );
}

function ClientSecretForm() {
  const { store, state, poolId, clientConfig } = useTarget();
  const [feedback, setFeedback] = useState<Feedback>({});
  const secret = state.pool?.clientSecret;

  async function create() {
    let failure: SandboxError | undefined;
    await store.batch('Create an app client with a secret', async () => {
      const settings = updateUserPoolClientRequest(poolId, '', clientConfig, {});
      delete settings.ClientId;
      const out = await store.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', { ...settings, ClientName: `${String(clientConfig.ClientName)}-secret`, GenerateSecret: true });
      if (!out.ok) return void (failure = out.error);
      store.usePool(poolId, out.value.UserPoolClient.ClientId);
    });
    setFeedback(failure ? { error: failure } : { success: 'CreateUserPoolClient: a confidential client with a generated secret. Calls from it must now carry SECRET_HASH.' });
  }

  return (
    <Panel id="client-secret" title="Client secret" description="A secret cannot be added to an existing client through UpdateUserPoolClient: you create a new client that has one.">
      <div className="space-y-3">
        <p className="text-sm">{secret ? <>This client has a secret: every call must send SECRET_HASH.</> : <>This client is public (no secret), as a browser or mobile app should be.</>}</p>
        <button type="button" className={secondaryButtonClass} onClick={() => void create()}>
          Create a new app client with a secret
        </button>
        <FormFeedback error={feedback.error} success={feedback.success} />
      </div>
    </Panel>
  );
}
