'use client';

import { useRef, useState } from 'react';
import { Panel } from '../_components/ui';
import { FederatedSignIn } from './FederatedSignIn';
import { IdentityCharts } from './IdentityCharts';
import { IdentityFlows, type FlowRun } from './IdentityFlows';
import { PolicyPlayground } from './PolicyPlayground';
import { IdentitiesList, PoolRoles, PoolSettings } from './PoolSettings';
import { SyncView } from './SyncView';
import { useIdentity } from './useIdentity';

/**
 * The identity-pool part of the sandbox: settings, roles and role mapping,
 * identities, the credential flows with their diagrams, statecharts and the
 * credentials inspector, sign-ins with simulated social, OIDC and SAML
 * providers, the policy playground (decided in the browser by the IAM
 * policy worker) and the two-device Sync view.
 */
export function IdentityPoolPanel() {
  const { identityPool } = useIdentity();
  const [lastRun, setLastRun] = useState<FlowRun>();
  // Run ids of federated sign-ins, apart from the flows' own (they refresh the identities list).
  const federatedRuns = useRef(0);
  return (
    <div data-area="identity">
      <Panel
        id="identity-pool"
        title="Identity pool"
        description="A user pool authenticates; an identity pool authorizes: it trades a sign-in (or nothing, for a guest) for temporary AWS credentials of an IAM role."
      >
        <div className="space-y-8">
          <div className="grid gap-8 lg:grid-cols-2">
            <PoolSettings />
            <PoolRoles />
          </div>
          {identityPool ? (
            <>
              <IdentitiesList refreshKey={lastRun?.id ?? 0} />
              <IdentityFlows onRun={setLastRun} />
              <IdentityCharts />
              <FederatedSignIn onRun={setLastRun} nextId={() => 1_000_000 + ++federatedRuns.current} />
              <PolicyPlayground run={lastRun?.credentials ? lastRun : undefined} />
              <SyncView identityId={lastRun?.identityId} />
            </>
          ) : (
            <p className="text-sm text-muted">Create the identity pool to run the flows.</p>
          )}
        </div>
      </Panel>
    </div>
  );
}
