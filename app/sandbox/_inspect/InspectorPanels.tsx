/**
 * The inspection area of the sandbox: the learner's devices (email inbox,
 * phone, authenticator app), the tokens, every API call, the audit log and
 * the metrics. (Owned by the inspector feature; the page layout only places it.)
 */
import { CallLog } from '../_components/CallLog';
import { TokenView } from '../_components/TokenView';
import { Panel } from '../_components/ui';
import { AuditLog } from './AuditLog';
import { MetricsView } from './MetricsView';

/** The device panels live in their own module (so the page's first script stays small); re-exported for existing importers. */
export { DevicePanels } from './DevicePanels';

/** The token, API-call, metrics and audit-log panels below the work area. */
export function InspectorPanels() {
  return (
    <>
      <Panel id="tokens" title="Tokens" description="The tokens from the last sign-in, decoded, explained, and verified against the pool's keys on the simulated clock.">
        <TokenView />
      </Panel>
      <Panel
        id="calls"
        title="API calls"
        description={
          <>
            Every call this page made to the simulated Cognito, newest first, as it would travel over HTTP (AWS JSON 1.1:{' '}
            <code className="font-mono">POST /</code> with an <code className="font-mono">X-Amz-Target</code> header).
          </>
        }
      >
        <CallLog />
      </Panel>
      <Panel id="metrics" title="Metrics" description="Counters like the CloudWatch metrics a user pool publishes (namespace AWS/Cognito).">
        <MetricsView />
      </Panel>
      <Panel id="audit" title="Audit log" description="The calls as CloudTrail's event history would list them: when, what, who and the result.">
        <AuditLog />
      </Panel>
    </>
  );
}
