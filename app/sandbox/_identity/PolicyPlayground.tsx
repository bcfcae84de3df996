'use client';

import { useState } from 'react';
import { identityPoolTrustPolicy } from '@/simulator/iam/templates';
import { resolvePolicy } from '@/simulator/iam/variables';
import { buildAccessRequest } from '@/simulator/iam/policyRequest';
import type { PolicyDocument } from '@/simulator/iam/model';
import { FormFeedback, secondaryButtonClass } from '../_components/ui';
import { setPolicyEvaluator, type SandboxError } from '../_lib/sandboxStore';
import type { FlowRun } from './IdentityFlows';
import { DecisionView, IamSimulateNotice, type PlaygroundDecision } from './DecisionView';
import { contextKeyFor, defaultPlaygroundPolicy, PLAYGROUND_ACTIONS, requestContext, type PlaygroundService } from './playgroundModel';
import { useIdentity } from './useIdentity';
import { browserPolicyEvaluator } from './workerPolicyEvaluator';

// The page's engine decides IAM requests in the IAM policy worker (started on the first decision).
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') setPolicyEvaluator(browserPolicyEvaluator());

export const PLAYGROUND_BUCKET = 'sandbox-photos';
export const PLAYGROUND_TABLE = 'sandbox-notes';
const POLICY_NAME = 'sandbox-access';
const selectClass = 'rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400';
const inputClass = 'block w-full rounded-md border border-slate-500 bg-background px-3 py-2 font-mono text-sm dark:border-slate-400';

/**
 * The role's policy (editable JSON, stored with `sim.aws.iam.putRole`), the
 * same policy with the identity pool's variables resolved for the latest
 * identity, and a request signed with the latest credentials, decided in the
 * browser by @cloud-copilot/iam-simulate in its own Web Worker: allowed or
 * denied, the deciding statement and the request context used.
 */
export function PolicyPlayground({ run }: { run?: FlowRun }) {
  const { sim, identityPool } = useIdentity();
  const roles = identityPool?.roles ?? {};
  const [roleKind, setRoleKind] = useState<'authenticated' | 'unauthenticated'>('authenticated');
  const roleArn = roles[roleKind] ?? '';
  const stored = roleArn && sim ? sim.aws.iam.getRole(roleArn) : undefined;
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [error, setError] = useState<SandboxError>();
  const [success, setSuccess] = useState<string>();
  const [service, setService] = useState<PlaygroundService>('s3');
  const [action, setAction] = useState('s3:PutObject');
  const [resource, setResource] = useState('');
  const [contextValue, setContextValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [decision, setDecision] = useState<{ kind: 'error'; text: string } | { kind: 'result'; value: PlaygroundDecision; n: number }>();
  const [decisions, setDecisions] = useState(0);
  if (!identityPool || !sim) return null;

  const tableArn = sim.aws.dynamodb.tableArn(PLAYGROUND_TABLE);
  const text = drafts[roleArn] ?? JSON.stringify(stored?.permissionPolicies[0]?.document ?? defaultPlaygroundPolicy(PLAYGROUND_BUCKET, tableArn), null, 2);
  let parsed: PolicyDocument | undefined;
  try {
    parsed = JSON.parse(text) as PolicyDocument;
  } catch {
    parsed = undefined;
  }
  const keys = run?.identityId ? { sub: run.identityId, aud: identityPool.id, amr: run.amr ?? [] } : undefined;
  const resolved = parsed && keys ? JSON.stringify(resolvePolicy(parsed, keys), null, 2) : undefined;
  const defaultResource = service === 's3' ? (action === 's3:ListBucket' ? `arn:aws:s3:::${PLAYGROUND_BUCKET}` : `arn:aws:s3:::${PLAYGROUND_BUCKET}/${run?.identityId ?? '{identity id}'}/photo.jpg`) : tableArn;
  const contextKey = contextKeyFor(action);
  const defaultContext = contextKey === 's3:prefix' ? `${run?.identityId ?? '{identity id}'}/` : (run?.identityId ?? '{identity id}');

  async function save() {
    setSuccess(undefined);
    if (!parsed) return setError({ name: 'MalformedPolicyDocument', message: 'The policy is not valid JSON.' });
    try {
      await sim!.aws.iam.putRole({ roleArn, trustPolicy: identityPoolTrustPolicy(identityPool!.id, roleKind), permissionPolicies: [{ name: POLICY_NAME, document: parsed }] });
      setError(undefined);
      setSuccess(`Saved the policy ${POLICY_NAME} on ${roleArn}.`);
    } catch (e) {
      setError({ name: (e as Error).name, message: (e as Error).message });
    }
  }

  async function evaluate() {
    if (!run?.credentials) return setDecision({ kind: 'error', text: 'Get credentials with a flow first: the request is signed with them.' });
    const c = run.credentials;
    const input = {
      credentials: { AccessKeyId: c.accessKeyId, SecretKey: c.secretKey, SessionToken: c.sessionToken },
      action,
      resourceArn: resource || defaultResource,
      context: requestContext(action, contextValue || defaultContext),
    };
    setBusy(true);
    try {
      const d = await sim!.aws.iam.simulate(input);
      const built = await buildAccessRequest({ state: sim!.state, clock: sim!.clock }, input);
      if (!built.ok) throw Object.assign(new Error(built.message), { name: built.code });
      setDecisions(decisions + 1);
      setDecision({ kind: 'result', value: { decision: d, request: built.value }, n: decisions + 1 });
    } catch (e) {
      setDecision({ kind: 'error', text: `${(e as Error).name}: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="identity-policy-heading" className="space-y-3">
      <h3 id="identity-policy-heading" className="text-lg font-semibold">
        Policy playground
      </h3>
      <div className="space-y-1">
        <label htmlFor="identity-policy-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="identity-policy-role" value={roleKind} onChange={(e) => setRoleKind(e.target.value as typeof roleKind)} className={selectClass}>
          <option value="authenticated">Authenticated role</option>
          <option value="unauthenticated">Unauthenticated role</option>
        </select>
        <p className="text-sm text-muted">
          <code className="break-all">{roleArn || 'no role set'}</code> {stored ? '(policy stored)' : '(no policy stored yet: every request is denied)'}
        </p>
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="identity-policy-json" className="block text-sm font-medium">
            Permission policy (JSON)
          </label>
          <textarea
            id="identity-policy-json"
            value={text}
            onChange={(e) => setDrafts({ ...drafts, [roleArn]: e.target.value })}
            rows={14}
            spellCheck={false}
            aria-invalid={parsed ? undefined : true}
            className="block w-full rounded-md border border-slate-500 bg-background p-2 font-mono text-xs dark:border-slate-400"
          />
          <button type="button" className={secondaryButtonClass} disabled={!roleArn} onClick={() => void save()}>
            Save policy on the role
          </button>
          <FormFeedback error={error} success={success} />
        </div>
        <div className="space-y-1">
          <p className="text-sm font-medium" id="identity-policy-resolved-label">
            The same policy for {run?.identityId ? <code className="break-all">{run.identityId}</code> : 'your identity'} (policy variables resolved)
          </p>
          {resolved ? (
            <pre tabIndex={0} aria-labelledby="identity-policy-resolved-label" className="max-h-80 overflow-auto rounded-md border border-border bg-background p-2 text-xs">
              {resolved}
            </pre>
          ) : (
            <p className="text-sm text-muted">{parsed ? 'Get credentials with a flow to see ${cognito-identity.amazonaws.com:sub} replaced by your identity id.' : 'Fix the JSON to see it resolved.'}</p>
          )}
        </div>
      </div>
      <fieldset className="space-y-2 rounded-md border border-border p-3">
        <legend className="text-sm font-semibold">Request</legend>
        <p className="text-sm text-muted">Signed with the latest credentials{run?.roleArn ? <> (role <code className="break-all">{run.roleArn}</code>)</> : null}; only the decision is made, nothing is stored.</p>
        <div className="flex flex-wrap gap-3">
          <div className="space-y-1">
            <label htmlFor="identity-request-service" className="block text-sm font-medium">
              Service
            </label>
            <select
              id="identity-request-service"
              value={service}
              onChange={(e) => {
                const s = e.target.value as PlaygroundService;
                setService(s);
                setAction(PLAYGROUND_ACTIONS[s][0]);
                setResource('');
                setContextValue('');
              }}
              className={selectClass}
            >
              <option value="s3">Amazon S3</option>
              <option value="dynamodb">Amazon DynamoDB</option>
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="identity-request-action" className="block text-sm font-medium">
              Action
            </label>
            <select id="identity-request-action" value={action} onChange={(e) => setAction(e.target.value)} className={selectClass}>
              {PLAYGROUND_ACTIONS[service].map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="space-y-1">
          <label htmlFor="identity-request-resource" className="block text-sm font-medium">
            Resource ARN
          </label>
          <input id="identity-request-resource" value={resource} placeholder={defaultResource} onChange={(e) => setResource(e.target.value)} className={inputClass} />
        </div>
        {contextKey ? (
          <div className="space-y-1">
            <label htmlFor="identity-request-context" className="block text-sm font-medium">
              {contextKey === 's3:prefix' ? 'Prefix listed (s3:prefix)' : 'Partition key value (dynamodb:LeadingKeys)'}
            </label>
            <input id="identity-request-context" value={contextValue} placeholder={defaultContext} onChange={(e) => setContextValue(e.target.value)} className={inputClass} />
          </div>
        ) : null}
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void evaluate()}>
          {busy ? 'Deciding…' : 'Decide'}
        </button>
        <div role="status" aria-label="Decision">
          {decision?.kind === 'error' ? <p className="rounded-md border border-red-700/40 p-3 text-sm text-red-800 dark:text-red-200">{decision.text}</p> : null}
          {decision?.kind === 'result' ? <DecisionView key={decision.n} result={decision.value} /> : null}
        </div>
        <IamSimulateNotice />
      </fieldset>
    </section>
  );
}
