'use client';

import { useState } from 'react';
import { createActor, waitFor } from 'xstate';
import { enhancedFlowMachine } from '@/machines/identity/enhancedFlow';
import { secondaryButtonClass } from '../_components/ui';
import { decodeToken } from '../_lib/jwt';
import { formatDuration } from '../_lib/time';
import type { FlowRun } from './IdentityFlows';
import { FEDERATED_CHOICES, loginsKey, poolUpdateFor, SANDBOX_OIDC_HOST, SANDBOX_SAML_ARN, type FederatedChoice } from './federated';
import { credentialsValidity, explainRole } from './model';
import { runSteps } from './sequence';
import { useIdentity } from './useIdentity';

const selectClass = 'rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400';
const inputClass = 'block w-full rounded-md border border-slate-500 bg-background px-3 py-2 text-sm dark:border-slate-400';

/**
 * Sign in with a simulated social, OpenID Connect or SAML provider (a small
 * stand-in for the provider's sign-in page issues the token; nothing leaves
 * the page), let the identity pool accept that provider, and trade the token
 * for credentials with the enhanced flow. The run goes to the policy
 * playground like the other flows' runs.
 */
export function FederatedSignIn({ onRun, nextId }: { onRun: (run: FlowRun) => void; nextId: () => number }) {
  const { store, api, identityPool, sim, state } = useIdentity();
  const [choice, setChoice] = useState<FederatedChoice>('accounts.google.com');
  const [subject, setSubject] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [run, setRun] = useState<FlowRun & { notes: string[] }>();
  if (!identityPool || !api || !sim) return null;
  const label = FEDERATED_CHOICES[choice].label;
  const defaultSubject = choice === 'saml' ? 'jane.doe@example.com' : `${choice === 'oidc' ? 'oidc' : label.split(' ').at(-1)!.toLowerCase()}-user-1`;

  async function signIn() {
    if (!api || !identityPool || !sim) return;
    setBusy(true);
    const notes: string[] = [];
    const afterSeq = store.getSnapshot().calls.at(-1)?.seq ?? 0;
    try {
      // The identity pool must accept the provider (its settings, as in the console's "Identity providers").
      const described = await store.call('AWSCognitoIdentityService.DescribeIdentityPool', { IdentityPoolId: identityPool.id });
      if (!described.ok) throw Object.assign(new Error(described.error.message), { name: described.error.name });
      const update = poolUpdateFor(described.value, choice);
      if (update) {
        const updated = await store.call('AWSCognitoIdentityService.UpdateIdentityPool', update);
        if (!updated.ok) throw Object.assign(new Error(updated.error.message), { name: updated.error.name });
        notes.push(`UpdateIdentityPool: the identity pool now accepts ${label}.`);
      }
      const providers = await import('@/simulator/identity/providers');
      const nowMs = sim.clock.now();
      const sub = subject || defaultSubject;
      const claims = email ? { email } : undefined;
      const token =
        choice === 'oidc'
          ? await providers.issueOidcProviderToken({ nowMs, host: SANDBOX_OIDC_HOST, audience: 'sandbox-web-app', subject: sub, claims })
          : choice === 'saml'
            ? await providers.issueSamlAssertion({ nowMs, providerArn: SANDBOX_SAML_ARN, nameId: sub, claims })
            : await providers.issueSocialProviderToken({ nowMs, provider: choice, appId: FEDERATED_CHOICES[choice].appId!, subject: sub, claims });
      notes.push(`${label} (simulated) signed ${sub} in and issued ${choice === 'saml' ? 'a SAML assertion' : 'a token'} for the app.`);
      const key = loginsKey(choice);
      const actor = createActor(enhancedFlowMachine, { input: { api, logins: { [key]: token } } }).start();
      const s = await waitFor(actor, (x) => x.status === 'done');
      const result: FlowRun & { notes: string[] } = {
        id: nextId(),
        flow: 'enhanced',
        signedIn: true,
        identityId: s.context.identityId,
        credentials: s.context.credentials,
        error: s.context.error,
        steps: runSteps(store.getSnapshot().calls, afterSeq),
        notes,
      };
      if (result.credentials) {
        const { openSessionToken } = await import('@/simulator/identity/credentials');
        const session = await openSessionToken(sim.state, result.credentials.sessionToken);
        result.roleArn = session?.roleArn;
        result.amr = session?.amr;
        const pool = sim.state.identityPools?.[identityPool.id] ?? identityPool;
        const jwt = choice === 'saml' ? providers.unwrapSamlAssertion(token) : token;
        result.why = explainRole(pool, key, (jwt ? decodeToken(jwt)?.payload : undefined) as Record<string, unknown> | undefined).text;
        onRun(result);
      }
      setRun(result);
    } catch (e) {
      setRun({ id: nextId(), flow: 'enhanced', signedIn: true, steps: [], notes, error: { name: (e as Error).name, message: (e as Error).message } });
    } finally {
      setBusy(false);
    }
  }

  const validity = run?.credentials ? credentialsValidity(run.credentials.expiration, state.now ?? 0) : undefined;
  return (
    <section aria-labelledby="identity-federated-heading" className="space-y-3">
      <h3 id="identity-federated-heading" className="text-lg font-semibold">
        Other sign-ins: social, OpenID Connect, SAML
      </h3>
      <p className="text-sm text-muted">
        The providers are simulated: a stand-in for the provider&apos;s sign-in page issues a token signed with the sandbox&apos;s published teaching key. The identity pool is updated to accept the
        provider, then the enhanced flow trades the token (the <code>Logins</code> value under <code>{loginsKey(choice)}</code>) for credentials.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="identity-federated-provider" className="block text-sm font-medium">
            Provider
          </label>
          <select id="identity-federated-provider" value={choice} onChange={(e) => setChoice(e.target.value as FederatedChoice)} className={selectClass}>
            {(Object.keys(FEDERATED_CHOICES) as FederatedChoice[]).map((c) => (
              <option key={c} value={c}>
                {FEDERATED_CHOICES[c].label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="space-y-2 rounded-md border border-dashed border-slate-500 p-3 dark:border-slate-400">
        <legend className="px-1 text-sm font-semibold">{label} sign-in page (simulated)</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="identity-federated-subject" className="block text-sm font-medium">
              {choice === 'saml' ? 'NameID' : 'Account (sub)'}
            </label>
            <input id="identity-federated-subject" value={subject} placeholder={defaultSubject} onChange={(e) => setSubject(e.target.value)} className={inputClass} />
          </div>
          <div className="space-y-1">
            <label htmlFor="identity-federated-email" className="block text-sm font-medium">
              Email claim (optional)
            </label>
            <input id="identity-federated-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} className={inputClass} />
          </div>
        </div>
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void signIn()}>
          Sign in with {label}
        </button>
      </fieldset>
      <div role="status" aria-label="Federated sign-in result">
        {run ? (
          <div className="space-y-2 rounded-md border border-border p-3 text-sm">
            <ul className="list-disc space-y-1 pl-5">
              {run.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
              {run.steps.map((s, i) => (
                <li key={i}>
                  <code>{s.operation}</code>: {s.result}
                </li>
              ))}
            </ul>
            {run.error ? (
              <p className="text-red-800 dark:text-red-200">
                {run.error.name}: {run.error.message}
              </p>
            ) : null}
            {run.credentials ? (
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
                <dt className="font-medium">Identity id</dt>
                <dd>
                  <code className="break-all">{run.identityId}</code>
                </dd>
                <dt className="font-medium">Role</dt>
                <dd>
                  <code className="break-all">{run.roleArn}</code>
                </dd>
                <dt className="font-medium">Why this role</dt>
                <dd>{run.why}</dd>
                <dt className="font-medium">amr</dt>
                <dd>
                  <code className="break-all">{JSON.stringify(run.amr)}</code>
                </dd>
                <dt className="font-medium">Credentials</dt>
                <dd>
                  <code>{run.credentials.accessKeyId}</code>
                  {validity ? <> — {validity.valid ? `valid for ${formatDuration(validity.remainingMs)} on the simulated clock` : 'expired on the simulated clock'}</> : null}
                </dd>
              </dl>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
