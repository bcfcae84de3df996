/**
 * What the client-side flow machines need from the outside world: a way to
 * call the user pool (the sandbox store's `call()`, or the engine directly in
 * tests), the app client and pool they talk to, and the simulated time.
 * The machines stay framework-free; the page hands them the store.
 */

/** An error as the service reports it: the AWS exception type and message. */
export interface FlowError {
  name: string;
  message: string;
}

/** A call's outcome, as the sandbox store's `call()` returns it (never throws). */
export type FlowOutcome<T> = { ok: true; value: T } | { ok: false; error: FlowError };

/** The app the learner is using: which pool and app client, and how to reach them. */
export interface FlowApi {
  userPoolId: string;
  clientId: string;
  /** Calls one Cognito operation by name. */
  call<T = Record<string, unknown>>(operation: string, input: unknown): Promise<FlowOutcome<T>>;
  /** Simulated time in epoch ms (the SRP TIMESTAMP is signed with it). */
  now(): number;
}

/** Thrown by a flow's engine-call actor so the machine's `onError` sees the AWS error. */
export class FlowCallError extends Error {
  constructor(readonly error: FlowError) {
    super(error.message);
    this.name = error.name;
  }
}

/** Calls an operation and returns its response, or throws {@link FlowCallError}. */
export async function callOrThrow<T>(api: FlowApi, operation: string, input: unknown): Promise<T> {
  const out = await api.call<T>(operation, input);
  if (!out.ok) throw new FlowCallError(out.error);
  return out.value;
}

/** The AWS error carried by an actor's error event (anything else becomes a plain Error). */
export function flowErrorOf(error: unknown): FlowError {
  if (error instanceof FlowCallError) return error.error;
  if (error instanceof Error) return { name: error.name || 'Error', message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The tokens a successful sign-in or refresh returns (AuthenticationResultType). */
export interface AuthenticationResult {
  IdToken?: string;
  AccessToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
}

/** InitiateAuth / RespondToAuthChallenge response. */
export interface AuthResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AuthenticationResult?: AuthenticationResult;
}

/** Where a code went (CodeDeliveryDetailsType). */
export interface CodeDelivery {
  Destination?: string;
  DeliveryMedium?: string;
  AttributeName?: string;
}
