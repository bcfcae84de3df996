/**
 * The request the policy evaluator sees for a call made with identity pool
 * credentials: the caller's assumed-role ARN, the role's permission policies
 * with the identity pool's policy variables resolved for this session, and
 * the request context (the session's `cognito-identity.amazonaws.com` keys
 * plus the service's keys). {@link authorize} builds its request here; the
 * policy playground uses it too, to show what was decided and on what.
 */
import type { SimState } from '../core/model';
import type { Clock } from '../core/clock';
import { checkTemporaryCredentials } from '../identity/credentials';
import { SIMULATED_ACCOUNT_ID } from '../facts';
import type { PolicyRequest } from './evaluator';
import type { CallerCredentials } from './authorize';
import { findRole } from './roles';
import { contextFor, resolvePolicy, type CognitoKeys } from './variables';

/** What is asked: credentials, `service:Action`, resource and the service's context keys. */
export interface AccessRequestInput {
  credentials: CallerCredentials;
  action: string;
  resourceArn: string;
  /** Service context keys of the request (`s3:prefix`, `dynamodb:LeadingKeys`). */
  context?: Record<string, string | string[]>;
}

/** The evaluator's request, with the session it was built for. */
export interface AccessRequest {
  request: PolicyRequest;
  /** The identity pool's keys of this session (the values of `${cognito-identity.amazonaws.com:…}`). */
  keys: CognitoKeys;
  roleArn: string;
  identityId: string;
  identityPoolId: string;
}

/** The credentials were refused: an STS-style error code and AWS's message (HTTP 403). */
export interface RefusedCredentials {
  code: 'InvalidClientTokenId' | 'SignatureDoesNotMatch' | 'ExpiredToken';
  message: string;
}

/**
 * Builds the evaluator's request for `input`, or says why the credentials
 * are refused (forged, wrong secret, expired on the simulated clock).
 */
export async function buildAccessRequest(
  engine: { state: Readonly<SimState>; clock: Clock },
  input: AccessRequestInput,
): Promise<{ ok: true; value: AccessRequest } | ({ ok: false } & RefusedCredentials)> {
  const check = await checkTemporaryCredentials(engine, input.credentials);
  if (!check.ok) return { ok: false, code: check.code as RefusedCredentials['code'], message: check.message };
  const { session } = check;
  const keys: CognitoKeys = { sub: session.identityId, aud: session.identityPoolId, amr: session.amr };
  const role = findRole(engine.state, session.roleArn);
  const policies = (role?.permissionPolicies ?? []).map((p) => ({ name: p.name, document: resolvePolicy(p.document, keys) }));
  return {
    ok: true,
    value: {
      request: {
        principalArn: check.assumedRoleArn,
        action: input.action,
        resourceArn: input.resourceArn,
        accountId: SIMULATED_ACCOUNT_ID.value,
        context: { ...contextFor(keys), ...input.context },
        policies,
      },
      keys,
      roleArn: session.roleArn,
      identityId: session.identityId,
      identityPoolId: session.identityPoolId,
    },
  };
}

/** The statement `index` (from 0) of the policy `policyName` in `policies`, as JSON, or undefined. */
export function statementOf(policies: PolicyRequest['policies'], policyName: string, index: number): unknown {
  const doc = policies.find((p) => p.name === policyName)?.document as { Statement?: unknown } | undefined;
  const statements = doc?.Statement;
  if (Array.isArray(statements)) return statements[index];
  return index === 0 ? statements : undefined;
}
