/**
 * One step of a sign-in as the engine carries it out: who is signing in, on
 * which client, what the caller sent, and the response being built. The
 * chart's effects (effects.ts) read and fill it.
 */
import type { OperationContext } from '../core/context';
import type { AuthSessionRecord, Json, User, UserPool, UserPoolClient } from '../core/model';
import type { IssuedTokens } from '../tokens/issue';
import type { NewDeviceMetadata } from '../devices/signIn';

/** InitiateAuth / RespondToAuthChallenge output (the Admin variants have the same shape). */
export interface AuthResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AuthenticationResult?: IssuedTokens & { NewDeviceMetadata?: NewDeviceMetadata };
  AvailableChallenges?: string[];
}

/** The SRP identity a PASSWORD_VERIFIER challenge is computed for (set by the SRP flow). */
export interface SrpIdentity {
  userIdForSrp: string;
  saltHex: string;
  verifierHex: string;
  /** An answer to an unknown user (PreventUserExistenceErrors): it can never succeed. */
  simulated: boolean;
}

export interface AuthRun {
  ctx: OperationContext;
  pool: UserPool;
  client: UserPoolClient;
  /** The user signing in; undefined for the simulated SRP answer to an unknown user. */
  user: User | undefined;
  /** The AuthFlow that started this sign-in. */
  flow: string;
  /** AdminInitiateAuth / AdminRespondToAuthChallenge rather than the public operations. */
  admin: boolean;
  /** SRP identity for a USER_SRP_AUTH start. */
  srp?: SrpIdentity;
  /** AuthParameters or ChallengeResponses of this call. */
  params: Record<string, string>;
  /** The call's ClientMetadata, for the Lambda triggers it fires. */
  clientMetadata?: Record<string, string>;
  /** The session being answered, if any. */
  session: AuthSessionRecord | undefined;
  /** Data for the session the next challenge opens. */
  nextData: { [k: string]: Json };
  /** Lifetime of the next session when shorter than AuthSessionValidity. */
  nextLifetimeMs?: number;
  /** Whether the next challenge's response carries its Session string (PASSWORD_VERIFIER does not). */
  sendSession: boolean;
  response: AuthResponse;
}

/** A fresh run. */
export function newRun(init: Omit<AuthRun, 'nextData' | 'sendSession' | 'response'>): AuthRun {
  return { ...init, nextData: {}, sendSession: true, response: {} };
}

/** The internal username a challenge answers with (USER_ID_FOR_SRP). */
export const userIdOf = (run: AuthRun): string => run.user?.username ?? run.srp?.userIdForSrp ?? run.session?.username ?? '';
