'use client';

import { useState } from 'react';
import { createActor, waitFor } from 'xstate';
import { basicFlowMachine } from '@/machines/identity/basicFlow';
import { enhancedFlowMachine } from '@/machines/identity/enhancedFlow';
import type { FlowCredentials, FlowError } from '@/machines/identity/api';
import { MermaidDiagram } from '../_diagrams/MermaidDiagram';
import { secondaryButtonClass } from '../_components/ui';
import { decodeToken } from '../_lib/jwt';
import { formatDuration, formatSimTime } from '../_lib/time';
import { credentialsValidity, explainRole, maskSecret, truncateToken } from './model';
import { runDiagramText, runSteps, type RunStep } from './sequence';
import { useIdentity } from './useIdentity';

/** What one run of a flow gave: shown in the credentials inspector, the diagram and the playground. */
export interface FlowRun {
  id: number;
  flow: 'enhanced' | 'basic';
  signedIn: boolean;
  identityId?: string;
  credentials?: FlowCredentials;
  error?: FlowError;
  /** The role in the session (from the credentials), and why it was chosen. */
  roleArn?: string;
  why?: string;
  amr?: string[];
  steps: RunStep[];
}

const buttonClass = 'rounded-md bg-accent px-3 py-2 text-sm font-semibold text-accent-foreground shadow-sm hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60';

/** The flows (guest, signed in; enhanced and basic side by side), each run with its diagram and credentials. */
export function IdentityFlows({ onRun }: { onRun: (run: FlowRun) => void }) {
  const { store, state, api, identityPool, provider, mappingKey, sim } = useIdentity();
  const [identityId, setIdentityId] = useState<string>();
  const [runs, setRuns] = useState<{ enhanced?: FlowRun; basic?: FlowRun }>({});
  const [busy, setBusy] = useState(false);
  const [basicRole, setBasicRole] = useState<'authenticated' | 'unauthenticated'>('unauthenticated');
  const [runCount, setRunCount] = useState(0);
  if (!identityPool || !api || !provider) return null;
  const tokens = state.tokens;

  async function run(flow: 'enhanced' | 'basic', signedIn: boolean) {
    if (!api || !identityPool || !provider) return;
    setBusy(true);
    const logins = signedIn && tokens ? { [provider]: tokens.idToken } : undefined;
    const afterSeq = store.getSnapshot().calls.at(-1)?.seq ?? 0;
    const id = runCount + 1;
    setRunCount(id);
    let result: FlowRun;
    if (flow === 'enhanced') {
      const actor = createActor(enhancedFlowMachine, { input: { api, logins, identityId } }).start();
      const s = await waitFor(actor, (x) => x.status === 'done');
      result = { id, flow, signedIn, identityId: s.context.identityId, credentials: s.context.credentials, error: s.context.error, steps: runSteps(store.getSnapshot().calls, afterSeq) };
    } else {
      const roleArn = identityPool.roles[basicRole] ?? '';
      const actor = createActor(basicFlowMachine, { input: { api, logins, identityId, roleArn, sessionName: 'sandbox-web-app' } }).start();
      const s = await waitFor(actor, (x) => x.status === 'done');
      const reachedSts = s.context.openIdToken !== undefined;
      const sts: RunStep | undefined = reachedSts
        ? {
            to: 'sts',
            operation: 'AssumeRoleWithWebIdentity',
            params: [`RoleArn=${roleArn}`, 'WebIdentityToken=OpenID token'],
            ok: !s.context.error,
            result: s.context.error ? `${s.context.error.name}: ${s.context.error.message}` : 'temporary credentials',
          }
        : undefined;
      result = { id, flow, signedIn, identityId: s.context.identityId, credentials: s.context.credentials, error: s.context.error, steps: runSteps(store.getSnapshot().calls, afterSeq, sts) };
    }
    if (result.identityId) setIdentityId(result.identityId);
    if (result.credentials && sim) {
      const { openSessionToken } = await import('@/simulator/identity/credentials');
      const session = await openSessionToken(sim.state, result.credentials.sessionToken);
      result.roleArn = session?.roleArn;
      result.amr = session?.amr;
      const pool = sim.state.identityPools?.[identityPool.id] ?? identityPool;
      result.why =
        flow === 'basic'
          ? 'Basic flow: the app chose this role itself, and STS accepted the OpenID token because the role trusts this identity pool for this kind of identity (authenticated or guest).'
          : explainRole(pool, mappingKey, logins ? (decodeToken(tokens!.idToken)?.payload as Record<string, unknown>) : undefined).text;
    }
    setRuns((r) => ({ ...r, [flow]: result }));
    onRun(result);
    setBusy(false);
  }

  return (
    <section aria-labelledby="identity-flows-heading" className="space-y-4">
      <h3 id="identity-flows-heading" className="text-lg font-semibold">
        Flows: from a token to AWS credentials
      </h3>
      <div className="space-y-1 text-sm">
        <p>
          Signed in to the user pool:{' '}
          {tokens ? (
            <strong>yes, as {tokens.username} (the ID token of the last sign-in is sent as a login)</strong>
          ) : (
            <strong>no (sign in with the Flows tab above to get an ID token)</strong>
          )}
        </p>
        <p>
          Identity id the app remembers:{' '}
          {identityId ? <code className="break-all">{identityId}</code> : <span className="text-muted">none yet (GetId will create one)</span>}{' '}
          {identityId ? (
            <button type="button" className={secondaryButtonClass} onClick={() => setIdentityId(undefined)}>
              Forget identity id
            </button>
          ) : null}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3 rounded-lg border border-border p-3">
          <h4 className="font-semibold">Enhanced (simplified) flow</h4>
          <p className="text-sm text-muted">GetId → GetCredentialsForIdentity. The identity pool chooses the role.</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={buttonClass} disabled={busy} onClick={() => void run('enhanced', false)}>
              Get guest credentials
            </button>
            <button type="button" className={buttonClass} disabled={busy || !tokens} onClick={() => void run('enhanced', true)}>
              Get signed-in credentials
            </button>
          </div>
          {runs.enhanced ? <RunView run={runs.enhanced} now={state.now ?? 0} /> : null}
        </div>
        <div className="space-y-3 rounded-lg border border-border p-3">
          <h4 className="font-semibold">Basic (classic) flow</h4>
          <p className="text-sm text-muted">GetId → GetOpenIdToken → STS AssumeRoleWithWebIdentity. The app chooses the role.</p>
          <div className="space-y-1">
            <label htmlFor="identity-basic-role" className="block text-sm font-medium">
              Role the app asks STS for
            </label>
            <select id="identity-basic-role" value={basicRole} onChange={(e) => setBasicRole(e.target.value as typeof basicRole)} className="rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400">
              <option value="unauthenticated">Unauthenticated role</option>
              <option value="authenticated">Authenticated role</option>
            </select>
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={buttonClass} disabled={busy} onClick={() => void run('basic', false)}>
              Basic flow as a guest
            </button>
            <button type="button" className={buttonClass} disabled={busy || !tokens} onClick={() => void run('basic', true)}>
              Basic flow signed in
            </button>
          </div>
          {runs.basic ? <RunView run={runs.basic} now={state.now ?? 0} /> : null}
        </div>
      </div>
    </section>
  );
}

function RunView({ run, now }: { run: FlowRun; now: number }) {
  const label = `${run.flow === 'enhanced' ? 'Enhanced' : 'Basic'} flow, ${run.signedIn ? 'signed in' : 'guest'}`;
  return (
    <div className="space-y-3">
      <div role={run.error ? 'alert' : 'status'}>
        {run.error ? (
          <p className="rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-800 dark:border-red-400/40 dark:bg-red-950/40 dark:text-red-200">
            {label}: <span className="font-mono font-semibold">{run.error.name}</span>: {run.error.message}
          </p>
        ) : (
          <p className="rounded-md border border-green-700/40 bg-green-50 p-3 text-sm text-green-900 dark:border-green-400/40 dark:bg-green-950/40 dark:text-green-200">
            {label}: credentials received (run {run.id}).
          </p>
        )}
      </div>
      {run.credentials ? <CredentialsInspector run={run} now={now} /> : null}
      <details>
        <summary className="cursor-pointer text-sm font-semibold">Sequence diagram of this run</summary>
        <MermaidDiagram text={runDiagramText(run.steps)} title={`Sequence diagram: ${label}`} />
      </details>
      <div>
        <p className="text-sm font-semibold">Steps (text of the diagram)</p>
        <ol className="list-decimal space-y-1 pl-5 text-sm" aria-label={`Steps: ${label}`}>
          {run.steps.map((s, i) => (
            <li key={i}>
              {s.to === 'sts' ? 'AWS STS' : 'Identity pool'} {s.operation}: {s.ok ? s.result : <span className="text-red-800 dark:text-red-200">{s.result}</span>}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/** AccessKeyId, masked secret, shortened session token, expiry on the simulated clock, identity and role (and why). */
export function CredentialsInspector({ run, now }: { run: FlowRun; now: number }) {
  const c = run.credentials!;
  const { valid, remainingMs } = credentialsValidity(c.expiration, now);
  const name = `Credentials inspector: ${run.flow} flow`;
  return (
    <section aria-label={name} className="rounded-md border border-border bg-background p-3">
      <h5 className="mb-2 text-sm font-semibold">Credentials inspector</h5>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">Identity id</dt>
        <dd>
          <code className="break-all">{run.identityId}</code>
        </dd>
        <dt className="font-medium">Role</dt>
        <dd>
          <code className="break-all">{run.roleArn ?? 'unknown'}</code>
        </dd>
        <dt className="font-medium">Why this role</dt>
        <dd>{run.why}</dd>
        <dt className="font-medium">AccessKeyId</dt>
        <dd>
          <code>{c.accessKeyId}</code>
        </dd>
        <dt className="font-medium">SecretKey</dt>
        <dd>
          <code aria-label="SecretKey, masked">{maskSecret(c.secretKey)}</code>
        </dd>
        <dt className="font-medium">SessionToken</dt>
        <dd>
          <code className="break-all">{truncateToken(c.sessionToken)}</code>
        </dd>
        <dt className="font-medium">Expiration</dt>
        <dd>{formatSimTime(c.expiration)}</dd>
        <dt className="font-medium">Now valid?</dt>
        <dd>
          {valid ? (
            <strong className="text-green-800 dark:text-green-300">Valid for {formatDuration(remainingMs)} on the simulated clock</strong>
          ) : (
            <strong className="text-red-800 dark:text-red-200">Expired on the simulated clock</strong>
          )}
        </dd>
      </dl>
    </section>
  );
}
