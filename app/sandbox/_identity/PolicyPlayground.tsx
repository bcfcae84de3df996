'use client';

import { useState } from 'react';
import { identityPoolTrustPolicy, perIdentityS3Policy } from '@/simulator/iam/templates';
import { resolvePolicy } from '@/simulator/iam/variables';
import type { PolicyDocument } from '@/simulator/iam/model';
import { FormFeedback, secondaryButtonClass } from '../_components/ui';
import type { SandboxError } from '../_lib/sandboxStore';
import type { FlowRun } from './IdentityFlows';
import { useIdentity } from './useIdentity';

export const PLAYGROUND_BUCKET = 'sandbox-photos';
const POLICY_NAME = 'sandbox-access';

type Service = 's3' | 'dynamodb';
const ACTIONS: Record<Service, string[]> = { s3: ['s3:PutObject', 's3:GetObject', 's3:ListBucket'], dynamodb: ['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:Query'] };

/**
 * The role's policy (editable JSON, stored with `sim.aws.iam.putRole`), the
 * same policy with the identity pool's variables resolved for the latest
 * identity, and a request form. Deciding needs the engine's policy evaluator,
 * which runs in Node only (the IAM library reads its data from the file
 * system and is AGPL-licensed, so it is not bundled into the page).
 */
export function PolicyPlayground({ run }: { run?: FlowRun }) {
  const { sim, identityPool } = useIdentity();
  const roles = identityPool?.roles ?? {};
  const [roleKind, setRoleKind] = useState<'authenticated' | 'unauthenticated'>('authenticated');
  const roleArn = roles[roleKind] ?? '';
  const stored = roleArn && sim ? sim.aws.iam.getRole(roleArn) : undefined;
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const text = drafts[roleArn] ?? JSON.stringify(stored?.permissionPolicies[0]?.document ?? perIdentityS3Policy(PLAYGROUND_BUCKET), null, 2);
  const [error, setError] = useState<SandboxError>();
  const [success, setSuccess] = useState<string>();
  const [service, setService] = useState<Service>('s3');
  const [action, setAction] = useState('s3:PutObject');
  const [resource, setResource] = useState('');
  const [decision, setDecision] = useState<{ kind: 'note' | 'error' | 'result'; text: string }>();
  if (!identityPool || !sim) return null;

  let parsed: PolicyDocument | undefined;
  try {
    parsed = JSON.parse(text) as PolicyDocument;
  } catch {
    parsed = undefined;
  }
  const keys = run?.identityId ? { sub: run.identityId, aud: identityPool.id, amr: run.amr ?? [] } : undefined;
  const resolved = parsed && keys ? JSON.stringify(resolvePolicy(parsed, keys), null, 2) : undefined;
  const defaultResource = service === 's3' ? `arn:aws:s3:::${PLAYGROUND_BUCKET}/${run?.identityId ?? '{identity id}'}/photo.jpg` : sim.aws.dynamodb.tableArn('sandbox-notes');

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
    try {
      const c = run.credentials;
      const d = await sim!.aws.iam.simulate({ credentials: { AccessKeyId: c.accessKeyId, SecretKey: c.secretKey, SessionToken: c.sessionToken }, action, resourceArn: resource || defaultResource });
      const by = d.deciding.map((s) => `${s.policyName} statement ${s.index + 1}${s.sid ? ` (${s.sid})` : ''}`).join(', ');
      setDecision({ kind: 'result', text: `${d.result}${by ? `: decided by ${by}` : ''}` });
    } catch (e) {
      if ((e as Error).name === 'NoPolicyEvaluatorError') {
        setDecision({
          kind: 'note',
          text: 'Policy evaluation runs in the Node endpoint and tests; not in the browser yet. The IAM evaluation library the engine uses reads its data from the file system (and its licence keeps it out of this page), so this page can show the policy and the request but not decide it. Run the endpoint (npm run endpoint) or the tests to see decisions.',
        });
      } else setDecision({ kind: 'error', text: `${(e as Error).name}: ${(e as Error).message}` });
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
        <select id="identity-policy-role" value={roleKind} onChange={(e) => setRoleKind(e.target.value as typeof roleKind)} className="rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400">
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
        <div className="flex flex-wrap gap-3">
          <div className="space-y-1">
            <label htmlFor="identity-request-service" className="block text-sm font-medium">
              Service
            </label>
            <select
              id="identity-request-service"
              value={service}
              onChange={(e) => {
                const s = e.target.value as Service;
                setService(s);
                setAction(ACTIONS[s][0]);
                setResource('');
              }}
              className="rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400"
            >
              <option value="s3">Amazon S3</option>
              <option value="dynamodb">Amazon DynamoDB</option>
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="identity-request-action" className="block text-sm font-medium">
              Action
            </label>
            <select id="identity-request-action" value={action} onChange={(e) => setAction(e.target.value)} className="rounded-md border border-slate-500 bg-background px-2 py-1.5 dark:border-slate-400">
              {ACTIONS[service].map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="space-y-1">
          <label htmlFor="identity-request-resource" className="block text-sm font-medium">
            Resource ARN
          </label>
          <input id="identity-request-resource" value={resource} placeholder={defaultResource} onChange={(e) => setResource(e.target.value)} className="block w-full rounded-md border border-slate-500 bg-background px-3 py-2 font-mono text-sm dark:border-slate-400" />
        </div>
        <button type="button" className={secondaryButtonClass} onClick={() => void evaluate()}>
          Decide
        </button>
        <div role="status">
          {decision ? (
            <p className={`rounded-md border p-3 text-sm ${decision.kind === 'error' ? 'border-red-700/40 text-red-800 dark:text-red-200' : 'border-border'}`}>{decision.text}</p>
          ) : null}
        </div>
      </fieldset>
    </section>
  );
}
