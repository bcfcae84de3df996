import type { AccessDecision } from '@/simulator/iam/authorize';
import type { AccessRequest } from '@/simulator/iam/policyRequest';
import { contextRows, decidingViews, decisionHeadline, variableRows } from './playgroundModel';
import { IAM_DATA, IAM_SIMULATE, LICENSES_PATH } from './iamSimulateNotice';

/** One decision of the playground, with what it was decided on. */
export interface PlaygroundDecision {
  decision: AccessDecision;
  request: AccessRequest;
}

function Rows({ label, rows }: { label: string; rows: Array<{ name: string; value: string }> }) {
  return (
    <table className="w-full text-left text-xs" aria-label={label}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name} className="border-t border-border align-top">
            <th scope="row" className="py-1 pr-3 font-mono font-normal text-muted">
              {r.name}
            </th>
            <td className="py-1 font-mono break-all">{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The decision: allowed or denied (explicit or implicit), the deciding statements and the request context used. */
export function DecisionView({ result }: { result: PlaygroundDecision }) {
  const { decision, request } = result;
  const allowed = decision.result === 'Allowed';
  const views = decidingViews(decision.deciding, request.request.policies);
  return (
    <div className={`space-y-3 rounded-md border p-3 text-sm ${allowed ? 'border-emerald-700/50 dark:border-emerald-400/50' : 'border-red-700/50 dark:border-red-400/50'}`}>
      <p>
        <strong className={allowed ? 'text-emerald-800 dark:text-emerald-200' : 'text-red-800 dark:text-red-200'}>{decisionHeadline(decision.result)}</strong>{' '}
        <span className="break-all">
          — <code>{decision.action}</code> on <code>{decision.resourceArn}</code> by <code>{decision.principalArn}</code>
        </span>
      </p>
      {decision.errors?.length ? (
        <ul className="list-disc pl-5 text-red-800 dark:text-red-200" aria-label="Policy errors">
          {decision.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {views.length ? (
        <div className="space-y-2">
          <h4 className="font-semibold">{views.length === 1 ? 'Deciding statement' : 'Deciding statements'}</h4>
          {views.map((v) => (
            <figure key={v.label} className="space-y-1">
              <figcaption>{v.label}</figcaption>
              <pre tabIndex={0} aria-label={`Statement JSON: ${v.label}`} className="max-h-60 overflow-auto rounded-md border border-border bg-background p-2 text-xs">
                {v.json}
              </pre>
            </figure>
          ))}
        </div>
      ) : (
        <p className="text-muted">
          {decision.result === 'ImplicitlyDenied'
            ? `No statement of the role's ${request.request.policies.length === 1 ? 'policy' : `${request.request.policies.length} policies`} allows this request, and nothing else does: IAM denies by default.`
            : null}
        </p>
      )}
      <details>
        <summary className="cursor-pointer font-semibold">Request context used</summary>
        <div className="mt-2 space-y-2">
          <p className="text-muted">
            Role <code className="break-all">{decision.roleArn}</code> (from the credentials). The identity pool&apos;s policy variables took these values:
          </p>
          <Rows label="Policy variables" rows={variableRows(request.keys)} />
          <p className="text-muted">
            Context keys sent to the evaluator (the sandbox passes the identity pool&apos;s keys as <code>aws:PrincipalTag/…</code> entries: the evaluation library accepts{' '}
            <code>cognito-identity.amazonaws.com</code> keys for STS actions only):
          </p>
          <Rows label="Context keys" rows={contextRows(request.request.context)} />
        </div>
      </details>
    </div>
  );
}

/** The licence notice shown where decisions are shown. */
export function IamSimulateNotice() {
  return (
    <p className="text-xs text-muted" id="identity-policy-notice">
      Decisions are made by{' '}
      <a href={IAM_SIMULATE.source} className="underline">
        {IAM_SIMULATE.name}
      </a>{' '}
      {IAM_SIMULATE.version} ({IAM_SIMULATE.license}, with {IAM_SIMULATE.dependencies.join(' and ')}), which runs unmodified in its own Web Worker on this page, separate from the sandbox&apos;s
      code; it reads IAM data from{' '}
      <a href={IAM_DATA.source} className="underline">
        {IAM_DATA.name}
      </a>{' '}
      ({IAM_DATA.license}) served by this site.{' '}
      Licence texts:{' '}
      <a href={LICENSES_PATH + 'iam-simulate.txt'} className="underline">
        AGPL-3.0
      </a>
      ,{' '}
      <a href={LICENSES_PATH + 'iam-data.txt'} className="underline">
        MIT
      </a>
      .
    </p>
  );
}
