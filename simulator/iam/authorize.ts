/**
 * Authorizing a request made with temporary credentials from an identity
 * pool: check the credentials (genuine, right secret, not expired on the
 * simulated clock), find the session's role and its permission policies,
 * resolve the identity pool's policy variables for this identity, and ask
 * the policy evaluator. The answer says who called, with which role, and
 * which statement decided.
 */
import type { SimState } from '../core/model';
import type { Clock } from '../core/clock';
import { AwsServiceError } from '../aws/errors';
import type { PolicyDecision, PolicyEvaluator } from './evaluator';
import { buildAccessRequest } from './policyRequest';

/** Credentials as GetCredentialsForIdentity (SecretKey) or STS (SecretAccessKey) return them. */
export interface CallerCredentials {
  AccessKeyId: string;
  SecretKey?: string;
  SecretAccessKey?: string;
  SessionToken: string;
}

export interface AuthorizeInput {
  credentials: CallerCredentials;
  action: string;
  resourceArn: string;
  /** Service context keys of the request (`s3:prefix`, `dynamodb:LeadingKeys`). */
  context?: Record<string, string | string[]>;
}

/** A decision with the caller it was made for. */
export type AccessDecision = PolicyDecision & {
  principalArn: string;
  roleArn: string;
  identityId: string;
  identityPoolId: string;
  action: string;
  resourceArn: string;
};

/**
 * Decides a request. Throws {@link AwsServiceError} when the credentials are
 * not accepted (`InvalidClientTokenId`, `SignatureDoesNotMatch`, `ExpiredToken`, 403).
 */
export async function authorize(engine: { state: Readonly<SimState>; clock: Clock }, evaluator: PolicyEvaluator, input: AuthorizeInput): Promise<AccessDecision> {
  const built = await buildAccessRequest(engine, input);
  if (!built.ok) throw new AwsServiceError(built.code, built.message, 403);
  const { request, roleArn, identityId, identityPoolId } = built.value;
  const decision = await evaluator.evaluate(request);
  return {
    ...decision,
    principalArn: request.principalArn,
    roleArn,
    identityId,
    identityPoolId,
    action: input.action,
    resourceArn: input.resourceArn,
  };
}

/**
 * The denial message, in the form of AWS's access denied messages for
 * same-account requests ("User: {arn} is not authorized to perform: {action}
 * on resource: "{resource}" because …", S3 User Guide, "Troubleshoot access
 * denied (403 Forbidden) errors"). The exact reason phrases are unconfirmed.
 */
export function denialMessage(d: AccessDecision): string {
  const reason = d.result === 'ExplicitlyDenied' ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${d.action} action`;
  return `User: ${d.principalArn} is not authorized to perform: ${d.action} on resource: "${d.resourceArn}" ${reason}`;
}
