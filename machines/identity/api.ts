/**
 * What the identity-pool flow machines need from the outside world: a way to
 * call the Cognito Identity API (the sandbox store's `call()`, or the engine
 * directly in tests), the identity pool they use, and the simulated STS
 * `AssumeRoleWithWebIdentity` of the basic flow. The machines stay
 * framework-free; the page hands them the store.
 */
import type { FlowError, FlowOutcome } from '../flows/api';
import { FlowCallError } from '../flows/api';

export type { FlowError, FlowOutcome };

/** The target prefix of the Cognito Identity API (identity pools). */
export const IDENTITY_TARGET = 'AWSCognitoIdentityService';

/** STS AssumeRoleWithWebIdentity as the basic flow calls it. */
export interface AssumeRoleInput {
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
  DurationSeconds?: number;
}

/** What the simulated STS answers (the fields the flows read). */
export interface AssumeRoleOutput {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
  SubjectFromWebIdentityToken: string;
  AssumedRoleUser: { Arn: string; AssumedRoleId: string };
}

export interface IdentityApi {
  identityPoolId: string;
  /** Calls one Cognito Identity operation by name (`GetId`), never throwing. */
  call<T = Record<string, unknown>>(operation: string, input: unknown): Promise<FlowOutcome<T>>;
  /** The simulated STS; throws an error with `code` (or `name`) and `message` when STS refuses. */
  assumeRoleWithWebIdentity(input: AssumeRoleInput): Promise<AssumeRoleOutput>;
}

/** Credentials in one shape for both flows. `expiration` is epoch ms. */
export interface FlowCredentials {
  accessKeyId: string;
  secretKey: string;
  sessionToken: string;
  expiration: number;
}

/** Calls an identity operation and returns its response, or throws {@link FlowCallError}. */
export async function identityCall<T>(api: IdentityApi, operation: string, input: unknown): Promise<T> {
  const out = await api.call<T>(operation, input);
  if (!out.ok) throw new FlowCallError(out.error);
  return out.value;
}

/** The STS call, with STS's refusal turned into a {@link FlowCallError} named after its code. */
export async function stsCall(api: IdentityApi, input: AssumeRoleInput): Promise<AssumeRoleOutput> {
  try {
    return await api.assumeRoleWithWebIdentity(input);
  } catch (e) {
    const err = e as { code?: string; name?: string; message?: string };
    throw new FlowCallError({ name: err.code ?? err.name ?? 'Error', message: err.message ?? String(e) });
  }
}
