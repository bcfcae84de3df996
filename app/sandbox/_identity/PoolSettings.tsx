'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { MappingRule } from '@/simulator/identity/model';
import { CheckboxField, FormFeedback, SubmitButton, TextField, secondaryButtonClass } from '../_components/ui';
import type { SandboxError } from '../_lib/sandboxStore';
import { errorFields, poolRequest, rolesFormOf, rolesRequest, type RolesForm } from './model';
import { useIdentity } from './useIdentity';

const IDENTITY = 'AWSCognitoIdentityService';

function FieldError({ id, show, error }: { id: string; show: boolean; error?: SandboxError }) {
  if (!show || !error) return null;
  return (
    <p id={id} className="text-sm text-red-800 dark:text-red-200">
      {error.name}: {error.message}
    </p>
  );
}

/** CreateIdentityPool / UpdateIdentityPool for the sandbox's user pool and app client. */
export function PoolSettings() {
  const { store, demo, provider, identityPool } = useIdentity();
  const [form, setForm] = useState({ name: 'sandbox_identities', allowGuests: true, allowClassicFlow: true });
  const [loadedFor, setLoadedFor] = useState<string | undefined>();
  const [error, setError] = useState<SandboxError>();
  const [success, setSuccess] = useState<string>();
  // Show the pool's settings when it appears (or changes identity).
  if (identityPool && loadedFor !== identityPool.id) {
    setLoadedFor(identityPool.id);
    setForm({ name: identityPool.config.IdentityPoolName, allowGuests: identityPool.config.AllowUnauthenticatedIdentities, allowClassicFlow: identityPool.config.AllowClassicFlow ?? false });
  }
  const fields = errorFields(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!demo || !provider) return;
    setSuccess(undefined);
    const out = identityPool
      ? await store.call(`${IDENTITY}.UpdateIdentityPool`, poolRequest(form, provider, demo.clientId, identityPool.id))
      : await store.call<{ IdentityPoolId: string }>(`${IDENTITY}.CreateIdentityPool`, poolRequest(form, provider, demo.clientId));
    if (!out.ok) return setError(out.error);
    setError(undefined);
    setSuccess(identityPool ? 'Saved the identity pool settings.' : `Created the identity pool ${(out.value as { IdentityPoolId: string }).IdentityPoolId}.`);
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby="identity-settings-heading">
      <h3 id="identity-settings-heading" className="text-lg font-semibold">
        Settings
      </h3>
      <p className="text-sm text-muted">
        Trusts the user pool <code className="break-all">{provider ?? '…'}</code> with the app client <code>{demo?.clientId ?? '…'}</code>.
        {identityPool ? (
          <>
            {' '}
            Identity pool id: <code className="break-all">{identityPool.id}</code>
          </>
        ) : null}
      </p>
      <TextField
        id="identity-pool-name"
        label="Identity pool name"
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        invalid={fields.has('name')}
        aria-errormessage={fields.has('name') ? 'identity-pool-name-error' : undefined}
      />
      <FieldError id="identity-pool-name-error" show={fields.has('name')} error={error} />
      <CheckboxField id="identity-allow-guests" label="Allow guest (unauthenticated) identities" checked={form.allowGuests} onChange={(v) => setForm({ ...form, allowGuests: v })} />
      <CheckboxField id="identity-allow-classic" label="Allow the basic (classic) flow" checked={form.allowClassicFlow} onChange={(v) => setForm({ ...form, allowClassicFlow: v })} />
      <SubmitButton disabled={!demo}>{identityPool ? 'Save identity pool' : 'Create identity pool'}</SubmitButton>
      <FormFeedback error={fields.size ? undefined : error} success={success} />
    </form>
  );
}

const MATCH_TYPES: MappingRule['MatchType'][] = ['Equals', 'Contains', 'StartsWith', 'NotEqual'];
const emptyRule = (role: string): MappingRule => ({ Claim: 'email', MatchType: 'Contains', Value: '@example.com', RoleARN: role });

/** SetIdentityPoolRoles: default roles and the role mapping of the app client (Token or Rules). */
export function PoolRoles() {
  const { store, identityPool, mappingKey } = useIdentity();
  const [form, setForm] = useState<RolesForm>(() => rolesFormOf(undefined, mappingKey));
  const [loadedFor, setLoadedFor] = useState<string | undefined>();
  const [error, setError] = useState<SandboxError>();
  const [success, setSuccess] = useState<string>();
  if (identityPool && loadedFor !== identityPool.id) {
    setLoadedFor(identityPool.id);
    setForm(rolesFormOf(identityPool, mappingKey));
  }
  if (!identityPool) return null;
  const fields = errorFields(error, form);
  const setRule = (i: number, patch: Partial<MappingRule>) => setForm({ ...form, rules: form.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const ruleField = (i: number, key: keyof MappingRule) => `rule.${i}.${key}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!identityPool) return;
    setSuccess(undefined);
    const out = await store.call(`${IDENTITY}.SetIdentityPoolRoles`, rolesRequest(identityPool.id, form, mappingKey));
    if (!out.ok) return setError(out.error);
    setError(undefined);
    setSuccess('Saved the roles and role mapping.');
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby="identity-roles-heading">
      <h3 id="identity-roles-heading" className="text-lg font-semibold">
        Roles and role mapping
      </h3>
      {(['authenticated', 'unauthenticated'] as const).map((kind) => (
        <div key={kind}>
          <TextField
            id={`identity-role-${kind}`}
            label={kind === 'authenticated' ? 'Authenticated role ARN' : 'Unauthenticated (guest) role ARN'}
            value={form[kind]}
            onChange={(e) => setForm({ ...form, [kind]: e.target.value })}
            invalid={fields.has(kind)}
            aria-errormessage={fields.has(kind) ? `identity-role-${kind}-error` : undefined}
            className="font-mono text-sm"
          />
          <FieldError id={`identity-role-${kind}-error`} show={fields.has(kind)} error={error} />
        </div>
      ))}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Role mapping for this app client</legend>
        <div className="flex flex-wrap gap-4">
          {(['None', 'Token', 'Rules'] as const).map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm">
              <input type="radio" name="identity-mapping-type" value={t} checked={form.mappingType === t} onChange={() => setForm({ ...form, mappingType: t, rules: t === 'Rules' && form.rules.length === 0 ? [emptyRule(form.authenticated)] : form.rules })} />
              {t === 'None' ? 'None (default authenticated role)' : t === 'Token' ? 'Token (cognito:preferred_role)' : 'Rules'}
            </label>
          ))}
        </div>
      </fieldset>
      {form.mappingType !== 'None' ? (
        <div className="space-y-1">
          <label htmlFor="identity-ambiguous" className="block text-sm font-medium">
            When no rule matches or the token has no preferred role (AmbiguousRoleResolution)
          </label>
          <select id="identity-ambiguous" value={form.ambiguous} onChange={(e) => setForm({ ...form, ambiguous: e.target.value as RolesForm['ambiguous'] })} className="rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400">
            <option value="AuthenticatedRole">AuthenticatedRole: use the default authenticated role</option>
            <option value="Deny">Deny: refuse credentials</option>
          </select>
        </div>
      ) : null}
      {form.mappingType === 'Rules' ? (
        <div className="space-y-3">
          <p className="text-sm text-muted">Rules are tried in order; the first match wins (up to 25 rules).</p>
          <ol className="space-y-3" aria-label="Mapping rules">
            {form.rules.map((rule, i) => (
              <li key={i} className="rounded-md border border-border p-3">
                <fieldset className="grid gap-2 sm:grid-cols-[1fr_auto_1fr]">
                  <legend className="text-sm font-semibold">Rule {i + 1}</legend>
                  <TextField id={`identity-rule-${i}-claim`} label="Claim" value={rule.Claim} onChange={(e) => setRule(i, { Claim: e.target.value })} invalid={fields.has(ruleField(i, 'Claim'))} />
                  <div className="space-y-1">
                    <label htmlFor={`identity-rule-${i}-match`} className="block text-sm font-medium">
                      Match type
                    </label>
                    <select id={`identity-rule-${i}-match`} value={rule.MatchType} onChange={(e) => setRule(i, { MatchType: e.target.value as MappingRule['MatchType'] })} className="rounded-md border border-slate-500 bg-background px-2 py-2 dark:border-slate-400">
                      {MATCH_TYPES.map((m) => (
                        <option key={m}>{m}</option>
                      ))}
                    </select>
                  </div>
                  <TextField id={`identity-rule-${i}-value`} label="Value" value={rule.Value} onChange={(e) => setRule(i, { Value: e.target.value })} invalid={fields.has(ruleField(i, 'Value'))} />
                  <div className="sm:col-span-3">
                    <TextField id={`identity-rule-${i}-role`} label="Role ARN" value={rule.RoleARN} onChange={(e) => setRule(i, { RoleARN: e.target.value })} invalid={fields.has(ruleField(i, 'RoleARN'))} className="font-mono text-sm" />
                  </div>
                </fieldset>
                <FieldError id={`identity-rule-${i}-error`} show={[...fields].some((f) => f.startsWith(`rule.${i}.`))} error={error} />
                <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={() => setForm({ ...form, rules: form.rules.filter((_, j) => j !== i) })}>
                  Remove rule {i + 1}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className={secondaryButtonClass} onClick={() => setForm({ ...form, rules: [...form.rules, emptyRule(form.authenticated)] })}>
            Add a rule
          </button>
          <FieldError id="identity-rules-error" show={fields.has('rules')} error={error} />
        </div>
      ) : null}
      <SubmitButton>Save roles</SubmitButton>
      <FormFeedback error={fields.size ? undefined : error} success={success} />
    </form>
  );
}

interface ListedIdentity {
  IdentityId: string;
  Logins?: string[];
  CreationDate?: number;
  LastModifiedDate?: number;
}

/** ListIdentities, and DescribeIdentity for one of them. */
export function IdentitiesList({ refreshKey }: { refreshKey: number }) {
  const { store, identityPool } = useIdentity();
  const [list, setList] = useState<ListedIdentity[]>();
  const [described, setDescribed] = useState<{ id: string; text: string }>();
  const [error, setError] = useState<SandboxError>();
  const poolId = identityPool?.id;

  async function refresh() {
    if (!poolId) return;
    const out = await store.call<{ Identities?: ListedIdentity[] }>(`${IDENTITY}.ListIdentities`, { IdentityPoolId: poolId, MaxResults: 60 });
    if (!out.ok) return setError(out.error);
    setError(undefined);
    setList(out.value.Identities ?? []);
  }
  useEffect(() => {
    if (!poolId) return;
    let live = true;
    void store.call<{ Identities?: ListedIdentity[] }>(`${IDENTITY}.ListIdentities`, { IdentityPoolId: poolId, MaxResults: 60 }).then((out) => {
      if (live && out.ok) setList(out.value.Identities ?? []);
    });
    return () => {
      live = false;
    };
  }, [poolId, refreshKey, store]);
  if (!poolId) return null;

  async function describe(id: string) {
    const out = await store.call(`${IDENTITY}.DescribeIdentity`, { IdentityId: id });
    if (!out.ok) return setError(out.error);
    setDescribed({ id, text: JSON.stringify(out.value, null, 2) });
  }

  return (
    <section aria-labelledby="identity-list-heading" className="space-y-2">
      <h3 id="identity-list-heading" className="text-lg font-semibold">
        Identities
      </h3>
      <button type="button" className={secondaryButtonClass} onClick={() => void refresh()}>
        Refresh (ListIdentities)
      </button>
      {list && list.length === 0 ? <p className="text-sm text-muted">No identities yet: run a flow below.</p> : null}
      {list && list.length > 0 ? (
        <ul className="space-y-1 text-sm" aria-label="Identities">
          {list.map((i) => (
            <li key={i.IdentityId} className="flex flex-wrap items-center gap-2">
              <code className="break-all">{i.IdentityId}</code>
              <span className="text-muted">{i.Logins?.length ? `authenticated (${i.Logins.length} login${i.Logins.length > 1 ? 's' : ''})` : 'guest'}</span>
              <button type="button" className={secondaryButtonClass} onClick={() => void describe(i.IdentityId)} aria-label={`Describe ${i.IdentityId}`}>
                Describe
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {described ? (
        <pre tabIndex={0} aria-label={`DescribeIdentity ${described.id}`} className="overflow-x-auto rounded-md border border-border bg-background p-2 text-xs">
          {described.text}
        </pre>
      ) : null}
      <FormFeedback error={error} />
    </section>
  );
}
